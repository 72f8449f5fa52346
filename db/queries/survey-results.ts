import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultations,
  organizations,
  stakeholderCategories,
  surveyAnswers,
  surveyOptions,
  surveyQuestions,
  surveyResponses,
  surveys,
  surveySections,
  users,
  type SurveyQuestionSettings,
} from "../schema";

// Reading a survey's results for staff (counts, heatmap, exports), and the few writes that
// tests and fixtures use to put a survey with responses in place.

/** A survey with its consultation, or null. */
export async function findSurveyForResults(db: Database, surveyId: number) {
  const [row] = await db
    .select({
      id: surveys.id,
      titleEn: surveys.titleEn,
      titleFr: surveys.titleFr,
      openedAt: surveys.openedAt,
      closesAt: surveys.closesAt,
      consultationId: consultations.id,
      consultationSlug: consultations.slug,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      consultationStatus: consultations.status,
      consultationClosesAt: consultations.closesAt,
      frameworkId: consultations.frameworkId,
    })
    .from(surveys)
    .innerJoin(consultations, eq(consultations.id, surveys.consultationId))
    .where(eq(surveys.id, surveyId));
  return row ?? null;
}

/** Every response of a survey (drafts too) with its organization's category and jurisdiction. */
export async function listSurveyResponsesWithOrganizations(db: Database, surveyId: number) {
  return db
    .select({
      id: surveyResponses.id,
      status: surveyResponses.status,
      language: surveyResponses.language,
      submittedAt: surveyResponses.submittedAt,
      updatedAt: surveyResponses.updatedAt,
      submittedByName: users.name,
      organizationId: organizations.id,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      jurisdiction: organizations.jurisdiction,
      categoryId: stakeholderCategories.id,
      categoryNameEn: stakeholderCategories.nameEn,
      categoryNameFr: stakeholderCategories.nameFr,
    })
    .from(surveyResponses)
    .innerJoin(organizations, eq(organizations.id, surveyResponses.organizationId))
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .leftJoin(users, eq(users.id, surveyResponses.submittedBy))
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(organizations.nameEn), asc(surveyResponses.id));
}

/** The answers of a survey's submitted responses, with who answered. */
export async function listSubmittedSurveyAnswers(db: Database, surveyId: number) {
  return db
    .select({
      id: surveyAnswers.id,
      responseId: surveyAnswers.responseId,
      questionId: surveyAnswers.questionId,
      objectiveId: surveyAnswers.objectiveId,
      textValue: surveyAnswers.textValue,
      optionKeys: surveyAnswers.optionKeys,
      numberValue: surveyAnswers.numberValue,
      dateValue: surveyAnswers.dateValue,
      otherText: surveyAnswers.otherText,
      comment: surveyAnswers.comment,
      answeredAt: surveyAnswers.answeredAt,
      answeredByName: users.name,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .leftJoin(users, eq(users.id, surveyAnswers.answeredBy))
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, "submitted")))
    .orderBy(asc(surveyAnswers.responseId), asc(surveyAnswers.id));
}

/** Organizations by id, with category and jurisdiction (e.g. those that have not answered). */
export async function listOrganizationsForResults(db: Database, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: organizations.id,
      nameEn: organizations.nameEn,
      nameFr: organizations.nameFr,
      jurisdiction: organizations.jurisdiction,
      categoryId: stakeholderCategories.id,
      categoryNameEn: stakeholderCategories.nameEn,
      categoryNameFr: stakeholderCategories.nameFr,
    })
    .from(organizations)
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .where(inArray(organizations.id, [...ids]))
    .orderBy(asc(organizations.nameEn));
}

// ---- writes used by tests and fixtures (the builder and response pages have their own) ----

export async function insertSurvey(
  db: Database,
  values: {
    consultationId: number;
    titleEn: string;
    titleFr: string;
    openedAt?: Date | null;
    closesAt: Date;
    createdBy?: number | null;
  },
) {
  const [row] = await db
    .insert(surveys)
    .values({
      consultationId: values.consultationId,
      titleEn: values.titleEn,
      titleFr: values.titleFr,
      openedAt: values.openedAt ?? null,
      closesAt: values.closesAt,
      createdBy: values.createdBy ?? null,
    })
    .returning({ id: surveys.id });
  return row!.id;
}

export async function insertSurveySection(
  db: Database,
  values: { surveyId: number; position: number; titleEn: string; titleFr: string },
) {
  const [row] = await db.insert(surveySections).values(values).returning({ id: surveySections.id });
  return row!.id;
}

export async function insertSurveyQuestion(
  db: Database,
  values: {
    surveyId: number;
    sectionId: number;
    position: number;
    kind: (typeof surveyQuestions.$inferInsert)["kind"];
    promptEn: string;
    promptFr: string;
    required?: boolean;
    settings?: SurveyQuestionSettings;
    options?: Array<{ key: string; labelEn: string; labelFr: string }>;
  },
) {
  const { options, ...question } = values;
  const [row] = await db
    .insert(surveyQuestions)
    .values({ ...question, settings: question.settings ?? {} })
    .returning({ id: surveyQuestions.id });
  if (options?.length) {
    await db
      .insert(surveyOptions)
      .values(
        options.map((option, index) => ({ ...option, questionId: row!.id, position: index })),
      );
  }
  return row!.id;
}

/** Creates (or finds) an organization's response and sets its status. */
export async function putSurveyResponse(
  db: Database,
  values: {
    surveyId: number;
    organizationId: number;
    language: "en" | "fr";
    status: "draft" | "submitted";
    userId: number | null;
  },
) {
  const submitted = values.status === "submitted";
  const [row] = await db
    .insert(surveyResponses)
    .values({
      surveyId: values.surveyId,
      organizationId: values.organizationId,
      language: values.language,
      status: values.status,
      createdBy: values.userId,
      updatedBy: values.userId,
      submittedBy: submitted ? values.userId : null,
      submittedAt: submitted ? new Date() : null,
    })
    .onConflictDoUpdate({
      target: [surveyResponses.surveyId, surveyResponses.organizationId],
      set: {
        status: values.status,
        language: values.language,
        updatedBy: values.userId,
        updatedAt: new Date(),
        ...(submitted ? { submittedBy: values.userId, submittedAt: new Date() } : {}),
      },
    })
    .returning({ id: surveyResponses.id });
  return row!.id;
}

/** Writes one answer (to a question, or to one objective row of a matrix), replacing it. */
export async function putSurveyAnswer(
  db: Database,
  values: {
    responseId: number;
    questionId: number;
    objectiveId?: number | null;
    textValue?: string | null;
    optionKeys?: string[] | null;
    numberValue?: string | null;
    dateValue?: string | null;
    otherText?: string | null;
    comment?: string | null;
    answeredBy: number | null;
  },
) {
  const content = {
    textValue: values.textValue ?? null,
    optionKeys: values.optionKeys ?? null,
    numberValue: values.numberValue ?? null,
    dateValue: values.dateValue ?? null,
    otherText: values.otherText ?? null,
    comment: values.comment ?? null,
    answeredBy: values.answeredBy,
    answeredAt: new Date(),
  };
  const [row] = await db
    .insert(surveyAnswers)
    .values({
      responseId: values.responseId,
      questionId: values.questionId,
      objectiveId: values.objectiveId ?? null,
      ...content,
    })
    .onConflictDoUpdate({
      target: [surveyAnswers.responseId, surveyAnswers.questionId, surveyAnswers.objectiveId],
      set: content,
    })
    .returning({ id: surveyAnswers.id });
  return row!.id;
}
