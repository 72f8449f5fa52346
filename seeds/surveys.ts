import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { consultations, organizations, users } from "../db/schema";
import * as q from "../db/queries/surveys";
import { MATRIX_COLUMNS } from "../app/features/surveys/survey-logic";

/**
 * The demo surveys of the 2021 update. Survey 1 asks provinces and territories how far their
 * existing practices are consistent with the Compact (seed document 000 describes that
 * engagement); it is open and unanswered, so the province's contacts can answer it. Survey 2
 * is a short check-in that has closed, with the Maple Settlement Network's submitted response.
 */
export async function seedDemoSurveys(db: Database) {
  await db.transaction(async (tx) => {
    const [consultation] = await tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.slug, "2021-update"));
    const [coordinator] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "coordinator@demo.roundtable.localhost"));
    if (!consultation || !coordinator) return;
    if ((await q.listConsultationSurveys(tx, consultation.id)).length > 0) return;

    const surveyId = await q.insertSurvey(tx, {
      consultationId: consultation.id,
      titleEn: "Consistency of provincial and territorial practices with the Compact",
      titleFr: "Cohérence des pratiques provinciales et territoriales avec le Pacte",
      introEn:
        "Responsibilities for migration policy and programming are shared between levels of government. This survey asks each province and territory how far its existing practices are consistent with the objectives of the Global Compact for Migration, to prepare Canada's update.",
      introFr:
        "Les responsabilités en matière de politiques et de programmes migratoires sont partagées entre les ordres de gouvernement. Ce sondage demande à chaque province et territoire dans quelle mesure ses pratiques actuelles sont cohérentes avec les objectifs du Pacte mondial sur les migrations, afin de préparer la mise à jour du Canada.",
      closesAt: new Date("2027-03-31T21:00:00Z"),
      createdBy: coordinator.id,
    });
    const about = await q.insertSection(tx, {
      surveyId,
      titleEn: "Your government's engagement",
      titleFr: "L'engagement de votre gouvernement",
      descriptionEn: "",
      descriptionFr: "",
    });
    const alignment = await q.insertSection(tx, {
      surveyId,
      titleEn: "Alignment with the 23 objectives",
      titleFr: "Cohérence avec les 23 objectifs",
      descriptionEn: "",
      descriptionFr: "",
    });
    const ministry = await q.insertQuestion(tx, {
      surveyId,
      sectionId: about,
      kind: "short-text",
      promptEn: "Ministry or office answering",
      promptFr: "Ministère ou bureau qui répond",
      settings: {},
    });
    await q.updateQuestion(tx, ministry, {
      kind: "short-text",
      promptEn: "Ministry or office answering",
      promptFr: "Ministère ou bureau qui répond",
      helpEn: "",
      helpFr: "",
      required: true,
      settings: {},
      conditionQuestionId: null,
      conditionValue: null,
    });
    const engaged = await q.insertQuestion(tx, {
      surveyId,
      sectionId: about,
      kind: "yes-no",
      promptEn: "Was your government consulted during the negotiation of the Compact?",
      promptFr: "Votre gouvernement a-t-il été consulté pendant la négociation du Pacte?",
      settings: {},
    });
    const how = await q.insertQuestion(tx, {
      surveyId,
      sectionId: about,
      kind: "long-text",
      promptEn: "How was your government consulted?",
      promptFr: "Comment votre gouvernement a-t-il été consulté?",
      settings: {},
    });
    await q.updateQuestion(tx, how, {
      kind: "long-text",
      promptEn: "How was your government consulted?",
      promptFr: "Comment votre gouvernement a-t-il été consulté?",
      helpEn: "For example: meetings, written submissions, federal-provincial-territorial tables.",
      helpFr: "Par exemple : réunions, mémoires, tables fédérales-provinciales-territoriales.",
      required: true,
      settings: {},
      conditionQuestionId: engaged,
      conditionValue: "yes",
    });
    const matrix = await q.insertQuestion(tx, {
      surveyId,
      sectionId: alignment,
      kind: "objective-matrix",
      promptEn: "To what extent are your existing practices consistent with each objective?",
      promptFr:
        "Dans quelle mesure vos pratiques actuelles sont-elles cohérentes avec chaque objectif?",
      settings: { rowComments: true },
    });
    await q.insertOptions(tx, matrix, MATRIX_COLUMNS);
    await q.markSurveyOpened(tx, surveyId);

    // A closed check-in that Maple answered: its Word copy and read-only page can be seen.
    const closedId = await q.insertSurvey(tx, {
      consultationId: consultation.id,
      titleEn: "Check-in on pandemic measures for newcomers",
      titleFr: "Point sur les mesures liées à la pandémie pour les nouveaux arrivants",
      introEn: "",
      introFr: "",
      closesAt: new Date("2021-10-15T21:00:00Z"),
      createdBy: coordinator.id,
    });
    const section = await q.insertSection(tx, {
      surveyId: closedId,
      titleEn: "Measures",
      titleFr: "Mesures",
      descriptionEn: "",
      descriptionFr: "",
    });
    const question = await q.insertQuestion(tx, {
      surveyId: closedId,
      sectionId: section,
      kind: "long-text",
      promptEn: "Which temporary measures helped the newcomers you serve?",
      promptFr: "Quelles mesures temporaires ont aidé les nouveaux arrivants que vous servez?",
      settings: {},
    });
    await q.markSurveyOpened(tx, closedId);
    const [maple] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, "maple-settlement-network"));
    const [contributor] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "contributor@demo.roundtable.localhost"));
    if (!maple || !contributor) return;
    const response = await q.insertResponse(tx, {
      surveyId: closedId,
      organizationId: maple.id,
      language: "en",
      userId: contributor.id,
    });
    await q.upsertAnswer(tx, response!.id, contributor.id, {
      questionId: question,
      objectiveId: null,
      textValue:
        "Testing and treatment offered regardless of immigration status, and emergency income support open to temporary foreign workers and international students.",
      optionKeys: null,
      numberValue: null,
      dateValue: null,
      otherText: null,
      comment: null,
    });
    await q.bumpResponse(tx, response!.id, 1, {
      userId: contributor.id,
      language: "en",
      submit: true,
    });
  });
}
