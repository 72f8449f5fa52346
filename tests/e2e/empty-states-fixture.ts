import { eq } from "drizzle-orm";
import { addMembership, findUserIdByEmail, insertUser, setRoles } from "../../db/queries/accounts";
import {
  insertInvitee,
  insertOrganization,
  listStakeholderCategories,
} from "../../db/queries/consultations-admin";
import { insertInput } from "../../db/queries/contributions";
import { ensureReview, ensureSectionsFromTemplate } from "../../db/queries/review";
import { markReviewPublished, writeReviewFixture } from "../../db/queries/review-publication";
import {
  insertSurvey,
  insertSurveyQuestion,
  insertSurveySection,
} from "../../db/queries/survey-results";
import { listFrameworkObjectives } from "../../db/queries/framework";
import { inputTexts, reviewSections, users } from "../../db/schema";
import type { Database } from "../../db/client";
import { DEMO } from "./auth-helpers";
import { ownConsultation } from "./keyboard-fixture";
import { withE2eDatabase } from "./review-publication-fixture";

// What the empty states of the list pages need (tests/e2e/list-pages-show-empty-states.spec.ts):
// consultations, people and an organization of their own with nothing in them, so a page is
// empty because of what this file made, never because the shared demo data happens to be.

export interface EmptyStatesData {
  /** a word no row of the database contains: a search for it matches nothing */
  nothing: string;
  /** how many objectives the framework has: with nothing cited, each is a gap */
  objectives: number;
  /** a closed consultation with its review's sections and nothing else */
  bare: { slug: string; consultationId: number; sectionId: number };
  /** a published review citing no input, open to comments with none, its section 2 unwritten */
  published: { slug: string; consultationId: number };
  /** a survey not opened whose one section has no question; an opened one nobody answered */
  surveys: { unbuilt: number; unanswered: number };
  /** an input just submitted: no note, no duplicate, no translation */
  submitted: string;
  /** a contributor of a new organization invited only to the published review */
  newcomer: string;
  /** a moderator with no saved view, enrolled in two-factor with the demo key */
  moderator: string;
  /** a person in no organization who has done nothing */
  loner: number;
}

/** A new person who signs in with the demo password (and the demo second factor when staff). */
async function newPerson(
  db: Database,
  email: string,
  roles: ("contributor" | "moderator")[],
  organizationId: number | null,
) {
  const [demo] = await db
    .select({ passwordHash: users.passwordHash, totpKey: users.totpKey })
    .from(users)
    .where(eq(users.email, DEMO.moderator));
  const id = await insertUser(db, {
    email,
    name: email.split("@")[0]!,
    preferredLanguage: null,
    passwordHash: roles.length ? demo!.passwordHash : null,
  });
  if (roles.includes("moderator"))
    await db
      .update(users)
      .set({ totpKey: demo!.totpKey, totpEnrolledAt: new Date() })
      .where(eq(users.id, id));
  if (roles.length) await setRoles(db, id, roles, null);
  if (organizationId) await addMembership(db, id, organizationId);
  return id;
}

export async function prepareEmptyStates(tag: string): Promise<EmptyStatesData> {
  return withE2eDatabase(async (db) => {
    const coordinator = (await findUserIdByEmail(db, DEMO.coordinator))!;
    const drafter = (await findUserIdByEmail(db, DEMO.drafter))!;
    const category = (await listStakeholderCategories(db))[0]!.id;
    const organization = (slug: string) =>
      insertOrganization(db, {
        slug: `${slug}-${tag}`,
        name: `Empty states ${slug} ${tag}`,
        stakeholderCategoryId: category,
        jurisdiction: "ON",
      });

    const bare = await ownConsultation(db, `${tag}-bare`);
    await ensureSectionsFromTemplate(db, bare.id, bare.frameworkId);
    await ensureReview(db, bare.id);
    const [firstSection] = await db
      .select({ id: reviewSections.id })
      .from(reviewSections)
      .where(eq(reviewSections.consultationId, bare.id))
      .orderBy(reviewSections.position)
      .limit(1);

    const newcomerOrganization = await organization("newcomers");
    const newcomer = `newcomer-${tag}@example.org`;
    const newcomerId = await newPerson(db, newcomer, ["contributor"], newcomerOrganization);

    const published = await ownConsultation(db, `${tag}-published`);
    await ensureSectionsFromTemplate(db, published.id, published.frameworkId);
    const { reviewId } = await writeReviewFixture(db, {
      consultationId: published.id,
      userId: drafter,
      approved: true,
      commentsOpen: true,
      sections: [
        {
          titleEn: "Methodology",
          titleFr: "Méthodologie",
          bodyEn: "The review was written before any input came in.",
          bodyFr: "L’examen a été rédigé avant toute contribution.",
        },
        { titleEn: "Findings", titleFr: "Constats", bodyEn: "", bodyFr: "" },
      ],
    });
    await markReviewPublished(db, reviewId, (await findUserIdByEmail(db, DEMO.approver))!);
    await insertInvitee(db, {
      consultationId: published.id,
      userId: newcomerId,
      organizationId: newcomerOrganization,
      invitedBy: drafter,
    });

    const surveyed = await ownConsultation(db, `${tag}-surveyed`);
    const unbuilt = await insertSurvey(db, {
      consultationId: surveyed.id,
      titleEn: `Unbuilt survey ${tag}`,
      titleFr: `Sondage à construire ${tag}`,
      closesAt: new Date("2030-02-26T17:00:00Z"),
      createdBy: coordinator,
    });
    await insertSurveySection(db, {
      surveyId: unbuilt,
      position: 1,
      titleEn: "Section 1",
      titleFr: "Section 1",
    });
    const unanswered = await insertSurvey(db, {
      consultationId: surveyed.id,
      titleEn: `Unanswered survey ${tag}`,
      titleFr: `Sondage sans réponse ${tag}`,
      openedAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date("2030-02-26T17:00:00Z"),
      createdBy: coordinator,
    });
    const sectionId = await insertSurveySection(db, {
      surveyId: unanswered,
      position: 1,
      titleEn: "Practices",
      titleFr: "Pratiques",
    });
    await insertSurveyQuestion(db, {
      surveyId: unanswered,
      sectionId,
      position: 1,
      kind: "long-text",
      promptEn: "Describe your main practice",
      promptFr: "Décrivez votre pratique principale",
    });
    await insertSurveyQuestion(db, {
      surveyId: unanswered,
      sectionId,
      position: 2,
      kind: "objective-matrix",
      promptEn: "Alignment with the Compact",
      promptFr: "Alignement sur le Pacte",
      options: [
        { key: "not", labelEn: "Not aligned", labelFr: "Non aligné" },
        { key: "fully", labelEn: "Fully aligned", labelFr: "Entièrement aligné" },
      ],
    });

    // submitted by someone of an organization of its own, so no demo person's list grows
    const authorOrganization = await organization("authors");
    const author = await newPerson(db, `author-${tag}@example.org`, [], authorOrganization);
    const input = await insertInput(db, {
      consultationId: surveyed.id,
      organizationId: authorOrganization,
      kind: "practice",
      language: "en",
      consent: "attributed",
      userId: author,
      submitKey: null,
      submitted: true,
    });
    await db.insert(inputTexts).values({
      inputId: input!.id,
      language: "en",
      title: "Untouched welcome desk",
      summary: "Submitted and not yet read by anyone.",
    });

    const moderator = `moderator-${tag}@example.org`;
    await newPerson(db, moderator, ["moderator"], null);
    const loner = await newPerson(db, `loner-${tag}@example.org`, [], null);

    return {
      objectives: (await listFrameworkObjectives(db, bare.frameworkId)).length,
      nothing: `zq${tag.replace(/[^a-z0-9]/g, "")}x`,
      bare: { slug: `keyboard-${tag}-bare`, consultationId: bare.id, sectionId: firstSection!.id },
      published: { slug: `keyboard-${tag}-published`, consultationId: published.id },
      surveys: { unbuilt, unanswered },
      submitted: input!.reference,
      newcomer,
      moderator,
      loner,
    };
  });
}
