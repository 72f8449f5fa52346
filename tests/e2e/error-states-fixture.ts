import { eq } from "drizzle-orm";
import { insertInput } from "../../db/queries/contributions";
import { insertInvitee } from "../../db/queries/consultations-admin";
import { insertReviewComment } from "../../db/queries/review-publication";
import {
  insertQuestion,
  insertSection,
  insertSurvey,
  markSurveyOpened,
  updateQuestion,
} from "../../db/queries/surveys";
import { consultations, inputTexts, reviewSections } from "../../db/schema";
import type { Database } from "../../db/client";
import { insertPendingInvitation, prepareAccessibilityData } from "./accessibility-fixture";
import { DEMO } from "./auth-helpers";
import { ownConsultation, prepareDraftReview, prepareDraftSurvey } from "./keyboard-fixture";
import { person, withE2eDatabase } from "./review-publication-fixture";
import { prepareDrafterData } from "./success-states-fixture";

// What the error-state sweep (tests/e2e/error-states-are-accessible.spec.ts) needs beyond the
// demo: each persona's run makes its own. Every submit of the sweep is refused; the one refusal
// that still saves (a survey response's answered questions, as a draft) saves into a survey of
// the run's own, so the demo data other specs read is left as it was.

/** A practice submitted to the demo's open consultation (2021-update): still editable. */
async function submittedPractice(db: Database, email: string, organization: string, tag: string) {
  const [open] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2021-update"));
  const who = await person(db, email, organization);
  const created = await insertInput(db, {
    consultationId: open!.id,
    organizationId: who.organizationId,
    kind: "practice",
    language: "en",
    consent: "attributed",
    userId: who.userId,
    submitKey: null,
    submitted: true,
  });
  await db.insert(inputTexts).values({
    inputId: created!.id,
    language: "en",
    title: `Error sweep ${tag}`,
    summary: "Submitted for the error-state sweep.",
  });
  return created!.reference;
}

/** A pending invitation whose token the sweep knows. */
export async function prepareInvitation(tag: string) {
  return withE2eDatabase(async (db) => {
    const inviter = await person(db, DEMO.coordinator, "gac");
    return insertPendingInvitation(db, {
      email: `errors-${tag}@example.org`,
      name: "Error Sweep",
      invitedBy: inviter.userId,
    });
  });
}

/** contributorA's published review open to comments, accepted input and editable practice. */
export async function prepareContributorErrors(tag: string) {
  const published = await prepareAccessibilityData(tag);
  const editable = await withE2eDatabase((db) =>
    submittedPractice(db, DEMO.contributorA, "maple-settlement-network", tag),
  );
  return { ...published, editable };
}

/** A practice in the moderator's queue. */
export async function prepareModeratorErrors(tag: string) {
  return withE2eDatabase((db) => submittedPractice(db, DEMO.contributorB, "ontario", tag));
}

/** The drafter's draft review and a published one with a comment to resolve. */
export async function prepareDrafterErrors(tag: string) {
  const drafter = await prepareDrafterData(tag);
  await withE2eDatabase(async (db) => {
    const contributor = await person(db, DEMO.contributorA, "maple-settlement-network");
    const [section] = await db
      .select({ id: reviewSections.id })
      .from(reviewSections)
      .where(eq(reviewSections.consultationId, drafter.published.consultationId));
    await insertReviewComment(db, {
      consultationId: drafter.published.consultationId,
      organizationId: contributor.organizationId,
      userId: contributor.userId,
      language: "en",
      title: "A comment to resolve",
      body: "Please say which provinces the welcome desks are in.",
      sectionId: section!.id,
      paragraph: null,
      submitKey: null,
    });
  });
  return drafter;
}

/** The coordinator's draft survey and draft review, each in a consultation of its own. */
export async function prepareCoordinatorErrors(tag: string) {
  const [survey, review] = await Promise.all([
    prepareDraftSurvey(`${tag}s`),
    prepareDraftReview(`${tag}r`),
  ]);
  return { surveyId: survey.surveyId, reviewConsultationId: review.consultationId };
}

/**
 * An open survey of its own that contributorB's organization is invited to answer, with two
 * required questions: submitting with one unanswered saves the other as a draft and refuses.
 */
export async function prepareRespondentErrors(tag: string) {
  return withE2eDatabase(async (db) => {
    const consultation = await ownConsultation(db, tag);
    const respondent = await person(db, DEMO.contributorB, "ontario");
    const coordinator = await person(db, DEMO.coordinator, "gac");
    await insertInvitee(db, {
      consultationId: consultation.id,
      userId: respondent.userId,
      organizationId: respondent.organizationId,
      invitedBy: coordinator.userId,
    });
    const surveyId = await insertSurvey(db, {
      consultationId: consultation.id,
      titleEn: `Error sweep survey ${tag}`,
      titleFr: `Sondage du balayage des erreurs ${tag}`,
      introEn: "",
      introFr: "",
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      createdBy: coordinator.userId,
    });
    const sectionId = await insertSection(db, {
      surveyId,
      titleEn: "Your government",
      titleFr: "Votre gouvernement",
      descriptionEn: "",
      descriptionFr: "",
    });
    const questions: number[] = [];
    for (const [promptEn, promptFr] of [
      ["Ministry or office answering", "Ministère ou bureau qui répond"],
      ["Person to contact", "Personne à joindre"],
    ] as const) {
      const question = { kind: "short-text" as const, promptEn, promptFr, settings: {} };
      const id = await insertQuestion(db, { surveyId, sectionId, ...question });
      await updateQuestion(db, id, {
        ...question,
        helpEn: "",
        helpFr: "",
        required: true,
        conditionQuestionId: null,
        conditionValue: null,
      });
      questions.push(id);
    }
    await markSurveyOpened(db, surveyId);
    return { surveyId, answered: questions[0]!, unanswered: questions[1]! };
  });
}
