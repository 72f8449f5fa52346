import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { APIRequestContext } from "@playwright/test";
import { addMembership, findOrganizationBySlug, insertUser } from "../../../db/queries/accounts";
import { ensureReview, ensureSectionsFromTemplate } from "../../../db/queries/review";
import * as surveys from "../../../db/queries/surveys";
import {
  consultationAudienceCategories,
  consultationComponents,
  consultations,
  emailMessages,
  frameworks,
  reviewSections,
  stakeholderCategories,
  users,
} from "../../../db/schema";
import { withE2eDatabase } from "../review-publication-fixture";

// The objects the object-level rows of the authorization matrix name. The demo seed makes no
// input of the demo contributors' organizations and no consultation that only one of them may
// answer, so each worker makes its own: a consultation whose audience is civil society only
// (contributorA's Maple Settlement Network is in it, contributorB's Ontario is not), with its
// review, an open survey, and an input of Maple with an attachment; and an input of Ontario in
// the demo's open 2021 update. Inputs are made through the pages, as a contributor would; the
// rest straight in the e2e database. Nothing else touches them, so a denied request that
// changed one would show.

export interface MatrixObjects {
  consultation: { id: number; slug: string };
  /** the review's first section in that consultation */
  sectionId: number;
  survey: number;
  /** Maple's submitted practice in that consultation, with one attachment */
  inputA: { reference: string; attachmentId: number };
  /** Ontario's submitted practice in the 2021 update */
  inputB: { reference: string };
  /** a contributor of Maple made for this run: the admin person page names them */
  person: { id: number; email: string };
  /** a failed e-mail to that person, which an administrator may retry */
  failedEmail: number;
}

async function submitPractice(
  client: APIRequestContext,
  slug: string,
  title: string,
  file?: { name: string; mimeType: string; buffer: Buffer },
) {
  const response = await client.post(`/en/consultations/${slug}/practices/new`, {
    multipart: {
      intent: "submit",
      language: "en",
      title,
      summary: "A practice made for the authorization matrix.",
      description: "It names an object that belongs to one organization.",
      objectives: "7",
      scope: "provincial",
      consent: "attributed",
      ...(file ? { attachments: file } : {}),
    },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  const reference = /\/my\/inputs\/(RT-\d{4}-\d{6,})\/receipt$/.exec(location)?.[1];
  if (response.status() !== 302 || !reference)
    throw new Error(`practice in ${slug}: ${response.status()} ${await response.text()}`);
  return reference;
}

export async function prepareMatrixObjects(clients: {
  contributorA: APIRequestContext;
  contributorB: APIRequestContext;
}): Promise<MatrixObjects> {
  const tag = randomBytes(4).toString("hex");
  const slug = `matrix-objects-${tag}`;
  const made = await withE2eDatabase(async (db) => {
    const [framework] = await db.select({ id: frameworks.id }).from(frameworks).limit(1);
    const [civilSociety] = await db
      .select({ id: stakeholderCategories.id })
      .from(stakeholderCategories)
      .where(eq(stakeholderCategories.key, "civil-society-organization"));
    const [coordinator] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "coordinator@demo.roundtable.localhost"));
    const [consultation] = await db
      .insert(consultations)
      .values({
        slug,
        frameworkId: framework!.id,
        type: "annual-update",
        status: "open",
        titleEn: `Matrix objects ${tag}`,
        titleFr: `Objets de la matrice ${tag}`,
        descriptionEn: "A consultation of the authorization matrix.",
        descriptionFr: "Une consultation de la matrice des autorisations.",
        coversFrom: "2025-01-01",
        coversTo: "2025-12-31",
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 365 * 86_400_000),
      })
      .returning({ id: consultations.id });
    const consultationId = consultation!.id;
    await db.insert(consultationComponents).values([
      { consultationId, kind: "call-for-practices" },
      { consultationId, kind: "objective-comments" },
    ]);
    await db
      .insert(consultationAudienceCategories)
      .values({ consultationId, stakeholderCategoryId: civilSociety!.id });
    await ensureSectionsFromTemplate(db, consultationId, framework!.id);
    await ensureReview(db, consultationId);
    const [section] = await db
      .select({ id: reviewSections.id })
      .from(reviewSections)
      .where(eq(reviewSections.consultationId, consultationId))
      .orderBy(reviewSections.position)
      .limit(1);

    const survey = await surveys.insertSurvey(db, {
      consultationId,
      titleEn: `Matrix survey ${tag}`,
      titleFr: `Sondage de la matrice ${tag}`,
      introEn: "",
      introFr: "",
      closesAt: new Date(Date.now() + 365 * 86_400_000),
      createdBy: coordinator!.id,
    });
    const surveySection = await surveys.insertSection(db, {
      surveyId: survey,
      titleEn: "Questions",
      titleFr: "Questions",
      descriptionEn: "",
      descriptionFr: "",
    });
    await surveys.insertQuestion(db, {
      surveyId: survey,
      sectionId: surveySection,
      kind: "long-text",
      promptEn: "What changed?",
      promptFr: "Qu'est-ce qui a changé?",
      settings: {},
    });
    await surveys.markSurveyOpened(db, survey);

    const email = `matrix-person-${tag}@example.org`;
    const personId = await insertUser(db, {
      email,
      name: `Matrix Person ${tag}`,
      preferredLanguage: "en",
      passwordHash: null,
    });
    await addMembership(
      db,
      personId,
      (await findOrganizationBySlug(db, "maple-settlement-network"))!.id,
    );
    const [failed] = await db
      .insert(emailMessages)
      .values({
        event: "account.password-changed",
        recipientUserId: personId,
        recipientEmail: email,
        language: "en",
        data: {},
        messageId: `<matrix-${tag}@roundtable.localhost>`,
        status: "failed",
        attempts: 5,
        lastError: "made for the authorization matrix",
      })
      .returning({ id: emailMessages.id });
    return {
      consultationId,
      sectionId: section!.id,
      survey,
      person: { id: personId, email },
      failedEmail: failed!.id,
    };
  });

  const referenceA = await submitPractice(clients.contributorA, slug, `Maple practice ${tag}`, {
    name: "evidence.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% matrix\n%%EOF\n"),
  });
  const referenceB = await submitPractice(clients.contributorB, "2021-update", `Ontario ${tag}`);
  const page = await clients.contributorA.get(`/en/my/inputs/${referenceA}`);
  const attachmentId = Number(
    new RegExp(`/my/inputs/${referenceA}/attachments/(\\d+)`).exec(await page.text())?.[1],
  );
  if (!attachmentId) throw new Error(`no attachment link on ${referenceA}`);
  return {
    consultation: { id: made.consultationId, slug },
    sectionId: made.sectionId,
    survey: made.survey,
    inputA: { reference: referenceA, attachmentId },
    inputB: { reference: referenceB },
    person: made.person,
    failedEmail: made.failedEmail,
  };
}
