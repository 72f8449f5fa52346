// The organizations' side: one shared response per organization, saved and submitted by any
// of its members, with who answered what and when.
import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import { isInAudience } from "../../../db/queries/contributions";
import { syncSurveyAnswerInputs } from "../../../db/queries/survey-answer-inputs";
import * as q from "../../../db/queries/surveys";
import type { SignedIn } from "~/features/accounts/auth.server";
import type { Locale } from "~/i18n/locale";
import { recordNearDuplicates } from "../triage/duplicates.server";
import { loadSurvey } from "./survey-builder.server";
import {
  readAnswers,
  valuesFromAnswers,
  type AnswerProblem,
  type FormValues,
  type ParsedAnswer,
} from "./survey-logic";

/**
 * The survey as a member of an invited organization may see it, with the organization they
 * answer for; null (a 404) for anyone else or a survey not yet opened.
 */
export async function findRespondentAccess(db: Database, signedIn: SignedIn, surveyId: number) {
  const loaded = await loadSurvey(db, surveyId);
  if (!loaded || !loaded.survey.openedAt) return null;
  const organizationId = await answeringOrganization(
    db,
    signedIn,
    loaded.survey.consultationId,
    loaded.survey.audiencePublic,
  );
  if (organizationId === null) return null;
  return { ...loaded, organizationId };
}

/**
 * The organization a person answers for: the first of theirs in the consultation's audience
 * (the same rule as contributions, plus the contact lists uptake counts), or any of theirs
 * when the consultation is public.
 */
async function answeringOrganization(
  db: Database,
  signedIn: SignedIn,
  consultationId: number,
  audiencePublic: boolean,
) {
  const memberOf = signedIn.organizations.map((o) => o.organizationId);
  for (const organizationId of memberOf) {
    if (
      (await isInAudience(db, consultationId, organizationId, signedIn.user.id)) ||
      (await q.isInvitedOrganization(db, consultationId, organizationId))
    )
      return organizationId;
  }
  return audiencePublic && memberOf.length > 0 ? memberOf[0]! : null;
}

export type RespondentAccess = NonNullable<Awaited<ReturnType<typeof findRespondentAccess>>>;

/** The organization's response, its answers as form values, and who answered each question last. */
export async function getResponse(db: Database, access: RespondentAccess) {
  const response = await q.findResponse(db, access.survey.id, access.organizationId);
  const answers = response ? await q.listAnswers(db, response.id) : [];
  const answeredBy = new Map<number, { name: string | null; at: string }>();
  for (const answer of answers) {
    const previous = answeredBy.get(answer.questionId);
    if (!previous || previous.at < answer.answeredAt.toISOString())
      answeredBy.set(answer.questionId, {
        name: answer.answeredByName,
        at: answer.answeredAt.toISOString(),
      });
  }
  return {
    response,
    answers,
    values: valuesFromAnswers(answers as ParsedAnswer[], access.sections),
    answeredBy: Object.fromEntries(answeredBy),
  };
}

export type SaveError = "closed" | "invalid" | "missing" | "stale";
export type SaveResult =
  | { ok: true; value: { version: number; submitted: boolean } }
  | {
      ok: false;
      error: SaveError;
      problems: AnswerProblem[];
      /** the version the page must send next (a refused submit of a draft still saves it) */
      version: number;
      stale?: { name: string | null; at: string };
    };

const same = (a: ParsedAnswer, b: ParsedAnswer) =>
  a.textValue === b.textValue &&
  JSON.stringify(a.optionKeys ?? null) === JSON.stringify(b.optionKeys ?? null) &&
  (a.numberValue === null ? null : Number(a.numberValue)) ===
    (b.numberValue === null ? null : Number(b.numberValue)) &&
  a.dateValue === b.dateValue &&
  a.otherText === b.otherText &&
  a.comment === b.comment;

class Rollback extends Error {
  constructor(readonly result: SaveResult) {
    super("rollback");
  }
}

/**
 * Saves the organization's answers, or submits them. A save from a page older than the last
 * save is refused with who saved and when; a submit with required answers missing is refused
 * with the list (a draft is still saved, so nothing typed is lost).
 */
export async function saveResponse(
  db: Database,
  signedIn: SignedIn,
  access: RespondentAccess,
  values: FormValues,
  options: { version: number; submit: boolean; locale: Locale; ip: string | null },
): Promise<SaveResult> {
  const { answers, invalid, missing } = readAnswers(access.sections, access.objectives, values);
  const userId = signedIn.user.id;
  try {
    return await db.transaction(async (tx) => {
      const survey = await q.findSurvey(tx, access.survey.id);
      if (!survey?.acceptingNow)
        return { ok: false, error: "closed", problems: [], version: options.version };
      if (invalid.length > 0)
        return { ok: false, error: "invalid", problems: invalid, version: options.version };
      let response = await q.findResponse(tx, survey.id, access.organizationId);
      if (!response && options.version === 0) {
        await q.insertResponse(tx, {
          surveyId: survey.id,
          organizationId: access.organizationId,
          language: options.locale,
          userId,
        });
        response = await q.findResponse(tx, survey.id, access.organizationId);
      }
      const expected = options.version === 0 ? 1 : options.version;
      const alreadySubmitted = response?.status === "submitted";
      const refuseSubmit = options.submit && missing.length > 0;
      if (refuseSubmit && alreadySubmitted) {
        return { ok: false, error: "missing", problems: missing, version: response!.version };
      }
      const version = response
        ? await q.bumpResponse(tx, response.id, expected, {
            userId,
            language: options.locale,
            submit: options.submit && !refuseSubmit,
          })
        : null;
      if (!response || version === null) {
        const current = await q.findResponse(tx, survey.id, access.organizationId);
        // The next save from this page is deliberate: the person has been told who saved.
        return {
          ok: false,
          error: "stale",
          problems: [],
          version: current?.version ?? options.version,
          stale: {
            name: current?.updatedByName ?? null,
            at: (current?.updatedAt ?? new Date()).toISOString(),
          },
        };
      }
      const stored = await q.listAnswers(tx, response.id);
      const key = (a: { questionId: number; objectiveId: number | null }) =>
        `${a.questionId}:${a.objectiveId ?? ""}`;
      const storedByKey = new Map(stored.map((a) => [key(a), a]));
      const wanted = new Set(answers.map(key));
      const changed: number[] = [];
      for (const answer of answers) {
        const previous = storedByKey.get(key(answer));
        if (previous && same(previous as ParsedAnswer, answer)) continue;
        await q.upsertAnswer(tx, response.id, userId, answer);
        changed.push(answer.questionId);
      }
      const removed = stored.filter((a) => !wanted.has(key(a)));
      await q.deleteAnswers(
        tx,
        removed.map((a) => a.id),
      );
      const submitted = options.submit && !refuseSubmit;
      if (submitted) {
        // Written answers are inputs: near-identical ones from other organizations (a
        // coordinated campaign, a shared template) are grouped for triage as contributions are.
        for (const inputId of await syncSurveyAnswerInputs(tx, response.id, userId))
          await recordNearDuplicates(tx, inputId);
      }
      await recordAudit(tx, {
        actorUserId: userId,
        action: submitted ? "survey-response.submitted" : "survey-response.saved",
        subjectType: "survey-response",
        subjectId: response.id,
        ip: options.ip,
        details: {
          surveyId: survey.id,
          organizationId: access.organizationId,
          changedQuestions: [...new Set(changed)],
          clearedQuestions: [...new Set(removed.map((a) => a.questionId))],
        },
      });
      if (refuseSubmit) return { ok: false, error: "missing", problems: missing, version };
      return { ok: true, value: { version, submitted } };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** The surveys a person's organizations are asked to answer, with where their response stands. */
export async function listMySurveys(db: Database, signedIn: SignedIn) {
  const surveys = await q.listOpenedSurveys(db);
  const byConsultation = new Map<number, number | null>();
  const mine = [];
  for (const survey of surveys) {
    if (!byConsultation.has(survey.consultationId))
      byConsultation.set(
        survey.consultationId,
        await answeringOrganization(db, signedIn, survey.consultationId, survey.audiencePublic),
      );
    const organizationId = byConsultation.get(survey.consultationId);
    if (organizationId === null || organizationId === undefined) continue;
    const response = await q.findResponse(db, survey.id, organizationId);
    mine.push({
      id: survey.id,
      titleEn: survey.titleEn,
      titleFr: survey.titleFr,
      closesAt: survey.closesAt,
      status: response?.status ?? null,
    });
  }
  return mine;
}
