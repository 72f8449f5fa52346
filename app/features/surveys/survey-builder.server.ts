// The coordinator's use-cases: create a survey, change its structure, open it.
import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import { findConsultationForStaff } from "../../../db/queries/consultations-admin";
import { listFrameworkObjectives } from "../../../db/queries/framework";
import * as q from "../../../db/queries/surveys";
import type { SignedIn } from "~/features/accounts/auth.server";
import { can } from "~/features/accounts/permissions";
import { notify } from "~/features/notifications/notify.server";
import type { BuilderIntent } from "./survey-builder.schema";
import {
  CONDITION_KINDS,
  MATRIX_COLUMNS,
  OPTION_KINDS,
  allQuestions,
  optionKey,
  type QuestionKind,
  type QuestionSettings,
  type SectionView,
} from "./survey-logic";

type Result<T> = { ok: true; value: T } | { ok: false; errors: BuilderError[]; stale?: Stale };
export type BuilderError =
  | "forbidden"
  | "notFound"
  | "stale"
  | "answered.deleteQuestion"
  | "answered.deleteSection"
  | "answered.deleteOption"
  | "answered.changeKind"
  | "optionInCondition"
  | "badCondition"
  | "alreadyOpen"
  | "empty"
  | "closesInPast";
export interface Stale {
  name: string | null;
  at: string | null;
}

interface Context {
  ip: string | null;
  publicUrl: string;
}

export async function loadSurvey(db: Database, surveyId: number) {
  const survey = await q.findSurvey(db, surveyId);
  if (!survey) return null;
  const [{ sections, questions, options }, objectives] = await Promise.all([
    q.loadSurveyStructure(db, surveyId),
    listFrameworkObjectives(db, survey.frameworkId),
  ]);
  const views: SectionView[] = sections.map((section) => ({
    id: section.id,
    titleEn: section.titleEn,
    titleFr: section.titleFr,
    descriptionEn: section.descriptionEn,
    descriptionFr: section.descriptionFr,
    questions: questions
      .filter((question) => question.sectionId === section.id)
      .map((question) => ({
        id: question.id,
        sectionId: question.sectionId,
        kind: question.kind,
        promptEn: question.promptEn,
        promptFr: question.promptFr,
        helpEn: question.helpEn,
        helpFr: question.helpFr,
        required: question.required,
        settings: question.settings,
        conditionQuestionId: question.conditionQuestionId,
        conditionValue: question.conditionValue,
        options: options
          .filter((option) => option.questionId === question.id)
          .map(({ id, key, labelEn, labelFr }) => ({ id, key, labelEn, labelFr })),
      })),
  }));
  return { survey, sections: views, objectives };
}

export async function createSurvey(
  db: Database,
  staff: SignedIn,
  consultationId: number,
  values: { titleEn: string; titleFr: string; introEn: string; introFr: string; closesAt: Date },
  context: Pick<Context, "ip">,
): Promise<Result<{ surveyId: number }>> {
  if (!can(staff.actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  return db.transaction(async (tx) => {
    const consultation = await findConsultationForStaff(tx, consultationId);
    if (!consultation) return { ok: false, errors: ["notFound"] };
    const surveyId = await q.insertSurvey(tx, {
      ...values,
      consultationId,
      createdBy: staff.user.id,
    });
    await q.insertSection(tx, {
      surveyId,
      titleEn: "Section 1",
      titleFr: "Section 1",
      descriptionEn: "",
      descriptionFr: "",
    });
    await recordAudit(tx, {
      actorUserId: staff.user.id,
      action: "survey.created",
      subjectType: "survey",
      subjectId: surveyId,
      ip: context.ip,
      details: { consultationId },
    });
    return { ok: true, value: { surveyId } };
  });
}

function neighbour<T extends { id: number }>(list: T[], id: number, direction: "up" | "down") {
  const index = list.findIndex((item) => item.id === id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index === -1 || other < 0 || other >= list.length) return null;
  const ids = list.map((item) => item.id);
  [ids[index], ids[other]] = [ids[other]!, ids[index]!];
  return ids;
}

function settingsFor(
  kind: QuestionKind,
  change: Extract<BuilderIntent, { intent: "updateQuestion" }>,
) {
  const settings: QuestionSettings = {};
  if (kind === "number") {
    if (change.min !== undefined) settings.min = change.min;
    if (change.max !== undefined) settings.max = change.max;
  }
  if (kind === "scale") {
    settings.lowLabelEn = change.lowLabelEn;
    settings.lowLabelFr = change.lowLabelFr;
    settings.highLabelEn = change.highLabelEn;
    settings.highLabelFr = change.highLabelFr;
  }
  if (kind === "multiple-choice") settings.allowOther = change.allowOther;
  if (kind === "objective-matrix") settings.rowComments = change.rowComments;
  return settings;
}

/**
 * Applies one change of the builder. The survey's version makes two coordinators' saves
 * safe; once an organization has a response, changes that would orphan its answers are
 * refused with the reason, while wording can still be fixed.
 */
export async function changeSurvey(
  db: Database,
  staff: SignedIn,
  surveyId: number,
  change: BuilderIntent,
  optionLabels: Map<number, { labelEn: string; labelFr: string }>,
  context: Context,
): Promise<Result<{ version: number }>> {
  if (!can(staff.actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  return db
    .transaction(async (tx) => {
      const loaded = await loadSurvey(tx, surveyId);
      if (!loaded) return { ok: false as const, errors: ["notFound" as const] };
      const { survey, sections } = loaded;
      const version = await q.bumpSurveyVersion(tx, surveyId, change.version);
      if (version === null) {
        const editor = await q.findLastSurveyEditor(tx, surveyId);
        return {
          ok: false as const,
          errors: ["stale" as const],
          stale: { name: editor?.name ?? null, at: editor?.at?.toISOString() ?? null },
        };
      }
      const questions = allQuestions(sections);
      const answered = survey.hasResponses;
      const refuse = (error: BuilderError) => {
        throw new Refusal(error);
      };
      const question =
        "questionId" in change ? questions.find((x) => x.id === change.questionId) : undefined;
      if ("questionId" in change && !question) refuse("notFound");
      const section =
        "sectionId" in change ? sections.find((x) => x.id === change.sectionId) : undefined;
      if ("sectionId" in change && !section) refuse("notFound");
      const usedByCondition = (questionId: number, value?: string) =>
        questions.some(
          (x) =>
            x.conditionQuestionId === questionId &&
            (value === undefined || x.conditionValue === value),
        );

      switch (change.intent) {
        case "updateSurvey":
          await q.updateSurveyFields(tx, surveyId, change);
          break;
        case "addSection":
          await q.insertSection(tx, { surveyId, ...change });
          break;
        case "updateSection":
          await q.updateSection(tx, surveyId, change.sectionId, change);
          break;
        case "moveSection": {
          const ids = neighbour(sections, change.sectionId, change.direction);
          if (ids) await q.setSectionPositions(tx, ids);
          break;
        }
        case "deleteSection":
          if (answered && section!.questions.length > 0) refuse("answered.deleteSection");
          if (section!.questions.some((x) => usedByCondition(x.id))) refuse("optionInCondition");
          await q.deleteSection(tx, surveyId, change.sectionId);
          break;
        case "addQuestion": {
          const questionId = await q.insertQuestion(tx, {
            surveyId,
            sectionId: change.sectionId,
            kind: change.kind as QuestionKind,
            promptEn: change.promptEn,
            promptFr: change.promptFr,
            settings:
              change.kind === "objective-matrix"
                ? { rowComments: true }
                : change.kind === "multiple-choice"
                  ? { allowOther: false }
                  : {},
          });
          if (change.kind === "objective-matrix")
            await q.insertOptions(tx, questionId, MATRIX_COLUMNS);
          break;
        }
        case "updateQuestion": {
          const current = question!;
          const kind = change.kind as QuestionKind;
          if (answered && kind !== current.kind) refuse("answered.changeKind");
          if (
            kind !== current.kind &&
            usedByCondition(current.id) &&
            !CONDITION_KINDS.includes(kind)
          )
            refuse("optionInCondition");
          let conditionQuestionId: number | null = null;
          let conditionValue: string | null = null;
          if (change.condition) {
            const [sourceId, value] = change.condition.split(":") as [string, string];
            const order = questions.map((x) => x.id);
            const source = questions.find((x) => x.id === Number(sourceId));
            const valid =
              source !== undefined &&
              CONDITION_KINDS.includes(source.kind) &&
              order.indexOf(source.id) < order.indexOf(current.id) &&
              (source.kind === "yes-no"
                ? value === "yes" || value === "no"
                : source.options.some((o) => o.key === value));
            if (!valid) refuse("badCondition");
            conditionQuestionId = source!.id;
            conditionValue = value;
          }
          await q.updateQuestion(tx, current.id, {
            kind,
            promptEn: change.promptEn,
            promptFr: change.promptFr,
            helpEn: change.helpEn,
            helpFr: change.helpFr,
            required: change.required,
            settings: settingsFor(kind, change),
            conditionQuestionId,
            conditionValue,
          });
          for (const option of current.options) {
            const labels = optionLabels.get(option.id);
            if (labels && labels.labelEn && labels.labelFr)
              await q.updateOptionLabels(tx, option.id, labels);
          }
          if (OPTION_KINDS.includes(kind) && (change.newOptionEn || change.newOptionFr)) {
            if (!change.newOptionEn || !change.newOptionFr) refuse("empty");
            const key = optionKey(change.newOptionEn, new Set(current.options.map((o) => o.key)));
            await q.insertOptions(tx, current.id, [
              { key, labelEn: change.newOptionEn, labelFr: change.newOptionFr },
            ]);
          }
          break;
        }
        case "moveQuestion": {
          const siblings = sections.find((x) => x.id === question!.sectionId)!.questions;
          const ids = neighbour(siblings, change.questionId, change.direction);
          if (ids) await q.setQuestionPositions(tx, ids);
          break;
        }
        case "deleteQuestion":
          if (answered) refuse("answered.deleteQuestion");
          if (usedByCondition(change.questionId)) refuse("optionInCondition");
          await q.deleteQuestion(tx, change.questionId);
          break;
        case "deleteOption": {
          const option = question!.options.find((o) => o.id === change.optionId);
          if (!option) refuse("notFound");
          if (usedByCondition(question!.id, option!.key)) refuse("optionInCondition");
          if (answered) refuse("answered.deleteOption");
          await q.deleteOption(tx, change.optionId);
          break;
        }
        case "open": {
          if (survey.openedAt) refuse("alreadyOpen");
          if (questions.length === 0) refuse("empty");
          if (survey.closesAt.getTime() <= Date.now()) refuse("closesInPast");
          await q.markSurveyOpened(tx, surveyId);
          await inviteAudience(tx, survey, context.publicUrl);
          break;
        }
      }
      await recordAudit(tx, {
        actorUserId: staff.user.id,
        action: change.intent === "open" ? "survey.opened" : "survey.changed",
        subjectType: "survey",
        subjectId: surveyId,
        ip: context.ip,
        details: {
          intent: change.intent,
          ...("questionId" in change ? { questionId: change.questionId } : {}),
          ...("sectionId" in change ? { sectionId: change.sectionId } : {}),
        },
      });
      return { ok: true as const, value: { version } };
    })
    .catch((error: unknown) => {
      // A refusal rolls the version bump back with everything else.
      if (error instanceof Refusal) return { ok: false as const, errors: [error.reason] };
      throw error;
    });
}

class Refusal extends Error {
  constructor(readonly reason: BuilderError) {
    super(reason);
  }
}

/** Tells every member of the invited organizations, in their language, that the survey is open. */
async function inviteAudience(
  tx: Database,
  survey: NonNullable<Awaited<ReturnType<typeof q.findSurvey>>>,
  publicUrl: string,
) {
  const members = await q.listAudienceMembers(tx, survey.consultationId);
  for (const member of members) {
    await notify(
      tx,
      "survey.invited",
      {
        userId: member.userId,
        email: member.email,
        name: member.name,
        language: member.language,
      },
      {
        recipientName: member.name ?? member.email,
        surveyTitle: { en: survey.titleEn, fr: survey.titleFr },
        consultationTitle: { en: survey.consultationTitleEn, fr: survey.consultationTitleFr },
        closesAt: survey.closesAt.toISOString(),
        surveyUrl: {
          en: `${publicUrl}/en/surveys/${survey.id}`,
          fr: `${publicUrl}/fr/surveys/${survey.id}`,
        },
      },
      { dedupeKey: `survey.invited:${survey.id}:${member.userId}` },
    );
  }
}

/** The surveys of a consultation, for its page and the "new survey" page. */
export async function listSurveysOfConsultation(db: Database, consultationId: number) {
  return q.listConsultationSurveys(db, consultationId);
}
