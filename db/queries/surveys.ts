// Surveys: the coordinator's builder and the organizations' shared responses.
import { and, asc, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  auditEvents,
  consultationAudienceCategories,
  consultationAudienceGroups,
  consultationAudienceOrganizations,
  closedGroupMembers,
  consultationInvitees,
  consultations,
  memberships,
  organizations,
  surveyAnswers,
  surveyOptions,
  surveyQuestions,
  surveyResponses,
  surveySections,
  surveys,
  users,
} from "../schema";
import type { SurveyQuestionSettings } from "../schema/surveys";

export type SurveyQuestionKind = (typeof surveyQuestions.$inferSelect)["kind"];

// ---- the survey and its structure ----

export async function insertSurvey(
  db: Database,
  values: {
    consultationId: number;
    titleEn: string;
    titleFr: string;
    introEn: string;
    introFr: string;
    closesAt: Date;
    createdBy: number;
  },
) {
  const [row] = await db.insert(surveys).values(values).returning({ id: surveys.id });
  return row!.id;
}

/** The survey with its consultation, and whether it takes answers now by the database clock. */
export async function findSurvey(db: Database, surveyId: number) {
  const [row] = await db
    .select({
      id: surveys.id,
      consultationId: surveys.consultationId,
      titleEn: surveys.titleEn,
      titleFr: surveys.titleFr,
      introEn: surveys.introEn,
      introFr: surveys.introFr,
      openedAt: surveys.openedAt,
      closesAt: surveys.closesAt,
      version: surveys.version,
      updatedAt: surveys.updatedAt,
      frameworkId: consultations.frameworkId,
      audiencePublic: consultations.audiencePublic,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      acceptingNow: sql<boolean>`(${surveys.openedAt} is not null and now() < ${surveys.closesAt})`,
      hasResponses: sql<boolean>`exists (select 1 from ${surveyResponses} r where r.survey_id = ${surveys.id})`,
    })
    .from(surveys)
    .innerJoin(consultations, eq(consultations.id, surveys.consultationId))
    .where(eq(surveys.id, surveyId));
  return row ?? null;
}

export async function listConsultationSurveys(db: Database, consultationId: number) {
  return db
    .select({
      id: surveys.id,
      titleEn: surveys.titleEn,
      titleFr: surveys.titleFr,
      openedAt: surveys.openedAt,
      closesAt: surveys.closesAt,
    })
    .from(surveys)
    .where(eq(surveys.consultationId, consultationId))
    .orderBy(asc(surveys.id));
}

/**
 * Sections, questions and options of a survey, in order: questions by their section's position,
 * then their own. The builder, the respondent's form, the results and the exports all read it.
 */
export async function loadSurveyStructure(db: Database, surveyId: number) {
  const [sections, questions, options] = await Promise.all([
    db
      .select()
      .from(surveySections)
      .where(eq(surveySections.surveyId, surveyId))
      .orderBy(asc(surveySections.position), asc(surveySections.id)),
    db
      .select(getTableColumns(surveyQuestions))
      .from(surveyQuestions)
      .innerJoin(surveySections, eq(surveySections.id, surveyQuestions.sectionId))
      .where(eq(surveyQuestions.surveyId, surveyId))
      .orderBy(
        asc(surveySections.position),
        asc(surveySections.id),
        asc(surveyQuestions.position),
        asc(surveyQuestions.id),
      ),
    db
      .select({
        id: surveyOptions.id,
        questionId: surveyOptions.questionId,
        position: surveyOptions.position,
        key: surveyOptions.key,
        labelEn: surveyOptions.labelEn,
        labelFr: surveyOptions.labelFr,
      })
      .from(surveyOptions)
      .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyOptions.questionId))
      .where(eq(surveyQuestions.surveyId, surveyId))
      .orderBy(asc(surveyOptions.position), asc(surveyOptions.id)),
  ]);
  return { sections, questions, options };
}

/**
 * Bumps the survey's version only if it is still `version`: two coordinators editing at once
 * cannot overwrite each other. False when someone else saved first.
 */
export async function bumpSurveyVersion(db: Database, surveyId: number, version: number) {
  const rows = await db
    .update(surveys)
    .set({ version: sql`${surveys.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(surveys.id, surveyId), eq(surveys.version, version)))
    .returning({ version: surveys.version });
  return rows[0]?.version ?? null;
}

export async function updateSurveyFields(
  db: Database,
  surveyId: number,
  values: { titleEn: string; titleFr: string; introEn: string; introFr: string; closesAt: Date },
) {
  await db.update(surveys).set(values).where(eq(surveys.id, surveyId));
}

export async function markSurveyOpened(db: Database, surveyId: number) {
  const rows = await db
    .update(surveys)
    .set({ openedAt: sql`now()` })
    .where(and(eq(surveys.id, surveyId), sql`${surveys.openedAt} is null`))
    .returning({ openedAt: surveys.openedAt });
  return rows[0]?.openedAt ?? null;
}

/** Who last changed a survey's structure, from the audit trail (for the stale-save message). */
export async function findLastSurveyEditor(db: Database, surveyId: number) {
  const [row] = await db
    .select({ name: users.name, email: users.email, at: auditEvents.at })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.subjectType, "survey"), eq(auditEvents.subjectId, String(surveyId))))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row ?? null;
}

export async function insertSection(
  db: Database,
  values: {
    surveyId: number;
    titleEn: string;
    titleFr: string;
    descriptionEn: string;
    descriptionFr: string;
  },
) {
  const [row] = await db
    .insert(surveySections)
    .values({
      ...values,
      position: sql`coalesce((select max(position) from survey_sections where survey_id = ${values.surveyId}), 0) + 1`,
    })
    .returning({ id: surveySections.id });
  return row!.id;
}

export async function updateSection(
  db: Database,
  surveyId: number,
  sectionId: number,
  values: { titleEn: string; titleFr: string; descriptionEn: string; descriptionFr: string },
) {
  await db
    .update(surveySections)
    .set(values)
    .where(and(eq(surveySections.id, sectionId), eq(surveySections.surveyId, surveyId)));
}

export async function deleteSection(db: Database, surveyId: number, sectionId: number) {
  await db
    .delete(surveySections)
    .where(and(eq(surveySections.id, sectionId), eq(surveySections.surveyId, surveyId)));
}

export async function setSectionPositions(db: Database, orderedIds: number[]) {
  for (const [index, id] of orderedIds.entries()) {
    await db
      .update(surveySections)
      .set({ position: index + 1 })
      .where(eq(surveySections.id, id));
  }
}

export async function insertQuestion(
  db: Database,
  values: {
    surveyId: number;
    sectionId: number;
    kind: SurveyQuestionKind;
    promptEn: string;
    promptFr: string;
    settings: SurveyQuestionSettings;
  },
) {
  const [row] = await db
    .insert(surveyQuestions)
    .values({
      ...values,
      position: sql`coalesce((select max(position) from survey_questions where section_id = ${values.sectionId}), 0) + 1`,
    })
    .returning({ id: surveyQuestions.id });
  return row!.id;
}

export async function updateQuestion(
  db: Database,
  questionId: number,
  values: {
    kind: SurveyQuestionKind;
    promptEn: string;
    promptFr: string;
    helpEn: string;
    helpFr: string;
    required: boolean;
    settings: SurveyQuestionSettings;
    conditionQuestionId: number | null;
    conditionValue: string | null;
  },
) {
  await db.update(surveyQuestions).set(values).where(eq(surveyQuestions.id, questionId));
}

export async function deleteQuestion(db: Database, questionId: number) {
  await db.delete(surveyQuestions).where(eq(surveyQuestions.id, questionId));
}

export async function setQuestionPositions(db: Database, orderedIds: number[]) {
  for (const [index, id] of orderedIds.entries()) {
    await db
      .update(surveyQuestions)
      .set({ position: index + 1 })
      .where(eq(surveyQuestions.id, id));
  }
}

export async function insertOptions(
  db: Database,
  questionId: number,
  options: { key: string; labelEn: string; labelFr: string }[],
) {
  if (options.length === 0) return;
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${surveyOptions.position}), 0)::int` })
    .from(surveyOptions)
    .where(eq(surveyOptions.questionId, questionId));
  await db
    .insert(surveyOptions)
    .values(
      options.map((o, index) => ({ ...o, questionId, position: (row?.max ?? 0) + index + 1 })),
    );
}

export async function updateOptionLabels(
  db: Database,
  optionId: number,
  values: { labelEn: string; labelFr: string },
) {
  await db.update(surveyOptions).set(values).where(eq(surveyOptions.id, optionId));
}

export async function deleteOption(db: Database, optionId: number) {
  await db.delete(surveyOptions).where(eq(surveyOptions.id, optionId));
}

// ---- who may answer ----

/** Whether the organization was invited to the consultation as a contact list entry. */
export async function isInvitedOrganization(
  db: Database,
  consultationId: number,
  organizationId: number,
) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(consultationInvitees)
    .where(
      and(
        eq(consultationInvitees.consultationId, consultationId),
        eq(consultationInvitees.organizationId, organizationId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Active members of the organizations in a consultation's audience, to tell them a survey is open. */
export async function listAudienceMembers(db: Database, consultationId: number) {
  return db
    .selectDistinct({
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.preferredLanguage,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(users.status, "active"),
        sql`(
          exists (select 1 from ${consultationAudienceOrganizations} a where a.consultation_id = ${consultationId} and a.organization_id = ${organizations.id})
          or exists (select 1 from ${consultationAudienceCategories} c where c.consultation_id = ${consultationId} and c.stakeholder_category_id = ${organizations.stakeholderCategoryId})
          or exists (select 1 from ${consultationAudienceGroups} g join ${closedGroupMembers} m on m.group_id = g.group_id where g.consultation_id = ${consultationId} and m.user_id = ${users.id})
          or exists (select 1 from ${consultationInvitees} i where i.consultation_id = ${consultationId} and i.organization_id = ${organizations.id})
        )`,
      ),
    )
    .orderBy(asc(users.id));
}

/** Every survey that has been opened, with its consultation's public flag. */
export async function listOpenedSurveys(db: Database) {
  return db
    .select({
      id: surveys.id,
      consultationId: surveys.consultationId,
      audiencePublic: consultations.audiencePublic,
      titleEn: surveys.titleEn,
      titleFr: surveys.titleFr,
      closesAt: surveys.closesAt,
    })
    .from(surveys)
    .innerJoin(consultations, eq(consultations.id, surveys.consultationId))
    .where(sql`${surveys.openedAt} is not null`)
    .orderBy(asc(surveys.closesAt), asc(surveys.id));
}

// ---- responses ----

export async function findResponse(db: Database, surveyId: number, organizationId: number) {
  const [row] = await db
    .select({
      id: surveyResponses.id,
      status: surveyResponses.status,
      language: surveyResponses.language,
      version: surveyResponses.version,
      updatedAt: surveyResponses.updatedAt,
      updatedByName: users.name,
      submittedAt: surveyResponses.submittedAt,
      submittedBy: surveyResponses.submittedBy,
    })
    .from(surveyResponses)
    .leftJoin(users, eq(users.id, surveyResponses.updatedBy))
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        eq(surveyResponses.organizationId, organizationId),
      ),
    );
  return row ?? null;
}

export async function countResponses(db: Database, surveyId: number) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId));
  return row?.count ?? 0;
}

/** Creates the organization's response on first save; the unique key makes it one per organization. */
export async function insertResponse(
  db: Database,
  values: { surveyId: number; organizationId: number; language: "en" | "fr"; userId: number },
) {
  const [row] = await db
    .insert(surveyResponses)
    .values({
      surveyId: values.surveyId,
      organizationId: values.organizationId,
      language: values.language,
      createdBy: values.userId,
      updatedBy: values.userId,
    })
    .onConflictDoNothing()
    .returning({ id: surveyResponses.id, version: surveyResponses.version });
  return row ?? null;
}

/** Moves the response to its next version only if nobody saved since `version`. */
export async function bumpResponse(
  db: Database,
  responseId: number,
  version: number,
  values: { userId: number; language: "en" | "fr"; submit: boolean },
) {
  const rows = await db
    .update(surveyResponses)
    .set({
      version: sql`${surveyResponses.version} + 1`,
      updatedBy: values.userId,
      updatedAt: sql`now()`,
      language: values.language,
      ...(values.submit
        ? { status: "submitted" as const, submittedBy: values.userId, submittedAt: sql`now()` }
        : {}),
    })
    .where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.version, version)))
    .returning({ version: surveyResponses.version });
  return rows[0]?.version ?? null;
}

export async function listAnswers(db: Database, responseId: number) {
  return db
    .select({
      id: surveyAnswers.id,
      questionId: surveyAnswers.questionId,
      objectiveId: surveyAnswers.objectiveId,
      textValue: surveyAnswers.textValue,
      optionKeys: surveyAnswers.optionKeys,
      numberValue: surveyAnswers.numberValue,
      dateValue: surveyAnswers.dateValue,
      otherText: surveyAnswers.otherText,
      comment: surveyAnswers.comment,
      answeredBy: surveyAnswers.answeredBy,
      answeredByName: users.name,
      answeredAt: surveyAnswers.answeredAt,
    })
    .from(surveyAnswers)
    .leftJoin(users, eq(users.id, surveyAnswers.answeredBy))
    .where(eq(surveyAnswers.responseId, responseId))
    .orderBy(asc(surveyAnswers.id));
}

export interface AnswerValues {
  questionId: number;
  objectiveId: number | null;
  textValue: string | null;
  optionKeys: string[] | null;
  numberValue: string | null;
  dateValue: string | null;
  otherText: string | null;
  comment: string | null;
}

/** Writes one answer; who and when change only when its value did. */
export async function upsertAnswer(
  db: Database,
  responseId: number,
  userId: number,
  answer: AnswerValues,
) {
  await db
    .insert(surveyAnswers)
    .values({ ...answer, responseId, answeredBy: userId })
    .onConflictDoUpdate({
      target: [surveyAnswers.responseId, surveyAnswers.questionId, surveyAnswers.objectiveId],
      set: {
        textValue: answer.textValue,
        optionKeys: answer.optionKeys,
        numberValue: answer.numberValue,
        dateValue: answer.dateValue,
        otherText: answer.otherText,
        comment: answer.comment,
        answeredBy: userId,
        answeredAt: sql`now()`,
      },
    });
}

export async function deleteAnswers(db: Database, answerIds: number[]) {
  if (answerIds.length === 0) return;
  await db.delete(surveyAnswers).where(inArray(surveyAnswers.id, answerIds));
}

/** Whether any stored answer uses an option key of a question (for refusing its removal). */
export async function isOptionKeyAnswered(db: Database, questionId: number, key: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(surveyAnswers)
    .where(
      and(eq(surveyAnswers.questionId, questionId), sql`${key} = any(${surveyAnswers.optionKeys})`),
    )
    .limit(1);
  return Boolean(row);
}
