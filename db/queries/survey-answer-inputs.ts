import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  inputObjectives,
  inputs,
  inputTexts,
  inputVersions,
  objectives,
  surveyAnswers,
  surveyQuestions,
  surveyResponses,
  surveys,
} from "../schema";
import { recordAudit } from "./audit";
import { rowsOf } from "./framework";

type Language = "en" | "fr";

const OBJECTIVE_WORD: Record<Language, string> = { en: "Objective", fr: "Objectif" };
const OTHER_WORDS: Record<Language, string> = {
  en: "other, please specify",
  fr: "autre, veuillez préciser",
};

interface AnswerRow {
  answerId: number;
  inputId: number | null;
  kind: (typeof surveyQuestions.$inferSelect)["kind"];
  promptEn: string;
  promptFr: string;
  textValue: string | null;
  otherText: string | null;
  comment: string | null;
  objectiveId: number | null;
  objectiveNumber: number | null;
  objectiveTitleEn: string | null;
  objectiveTitleFr: string | null;
}

/** The words an answer contributes as an input, or null when it carries none. */
export function answerInputText(row: AnswerRow, language: Language) {
  const prompt = language === "fr" ? row.promptFr : row.promptEn;
  const clean = (value: string | null) => (value ?? "").trim();
  switch (row.kind) {
    case "short-text":
    case "long-text": {
      const body = clean(row.textValue);
      return body ? { title: prompt, body } : null;
    }
    case "multiple-choice": {
      const body = clean(row.otherText);
      return body ? { title: `${prompt} (${OTHER_WORDS[language]})`, body } : null;
    }
    case "objective-matrix": {
      const body = clean(row.comment);
      if (!body || row.objectiveNumber === null) return null;
      const objectiveTitle = language === "fr" ? row.objectiveTitleFr : row.objectiveTitleEn;
      return {
        title: `${prompt} — ${OBJECTIVE_WORD[language]} ${row.objectiveNumber}${language === "fr" ? " : " : ": "}${objectiveTitle}`,
        body,
      };
    }
    default:
      return null;
  }
}

/**
 * Makes a submitted response's free-text answers and objective-matrix comments into inputs
 * (kind survey-answer), so that they reach the triage queue and can be cited in the review;
 * answers already made into inputs get their text updated instead (new version, kept in
 * input_versions), and inputs whose answer became empty are withdrawn. Called by the submit
 * action inside its transaction, with the submitter as the author. Audited per input.
 * Returns the inputs whose text is new (created, edited or reopened): the caller runs the
 * near-duplicate check on those, as contributions do at submit.
 */
export async function syncSurveyAnswerInputs(
  tx: Database,
  responseId: number,
  actorUserId: number,
): Promise<number[]> {
  const [response] = await tx
    .select({
      id: surveyResponses.id,
      surveyId: surveyResponses.surveyId,
      organizationId: surveyResponses.organizationId,
      language: surveyResponses.language,
      consultationId: surveys.consultationId,
    })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(eq(surveyResponses.id, responseId));
  if (!response) return [];
  const newText: number[] = [];

  const answers: AnswerRow[] = await tx
    .select({
      answerId: surveyAnswers.id,
      inputId: surveyAnswers.inputId,
      kind: surveyQuestions.kind,
      promptEn: surveyQuestions.promptEn,
      promptFr: surveyQuestions.promptFr,
      textValue: surveyAnswers.textValue,
      otherText: surveyAnswers.otherText,
      comment: surveyAnswers.comment,
      objectiveId: surveyAnswers.objectiveId,
      objectiveNumber: objectives.number,
      objectiveTitleEn: objectives.titleEn,
      objectiveTitleFr: objectives.titleFr,
    })
    .from(surveyAnswers)
    .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
    .leftJoin(objectives, eq(objectives.id, surveyAnswers.objectiveId))
    .where(eq(surveyAnswers.responseId, responseId))
    .orderBy(surveyAnswers.id);

  for (const answer of answers) {
    const text = answerInputText(answer, response.language);
    const existing = answer.inputId
      ? (
          await tx
            .select({
              id: inputs.id,
              status: inputs.status,
              title: inputTexts.title,
              body: inputTexts.body,
              textLanguage: inputTexts.language,
            })
            .from(inputs)
            .leftJoin(
              inputTexts,
              and(eq(inputTexts.inputId, inputs.id), eq(inputTexts.language, inputs.language)),
            )
            .where(eq(inputs.id, answer.inputId))
        )[0]
      : undefined;
    const snapshot = (content: { title: string; body: string } | null) => ({
      surveyId: response.surveyId,
      responseId,
      answerId: answer.answerId,
      objectiveNumber: answer.objectiveNumber,
      language: response.language,
      title: content?.title ?? null,
      body: content?.body ?? null,
    });

    if (text && !existing) {
      const [created] = await tx
        .insert(inputs)
        .values({
          consultationId: response.consultationId,
          organizationId: response.organizationId,
          kind: "survey-answer",
          status: "submitted",
          language: response.language,
          publicationConsent: "private",
          submittedAt: sql`now()`,
          authorUserId: actorUserId,
          lastEditorUserId: actorUserId,
        })
        .returning({ id: inputs.id, version: inputs.version });
      await tx.insert(inputTexts).values({
        inputId: created!.id,
        language: response.language,
        title: text.title,
        body: text.body,
      });
      if (answer.objectiveId !== null) {
        await tx
          .insert(inputObjectives)
          .values({ inputId: created!.id, objectiveId: answer.objectiveId, source: "contributor" })
          .onConflictDoNothing();
      }
      await tx
        .insert(inputVersions)
        .values({
          inputId: created!.id,
          version: created!.version,
          snapshot: snapshot(text),
          createdBy: actorUserId,
        })
        .onConflictDoNothing();
      await tx
        .update(surveyAnswers)
        .set({ inputId: created!.id })
        .where(eq(surveyAnswers.id, answer.answerId));
      await recordAudit(tx, {
        actorUserId,
        action: "input.submitted",
        subjectType: "input",
        subjectId: created!.id,
        details: { surveyId: response.surveyId, answerId: answer.answerId },
      });
      newText.push(created!.id);
      continue;
    }
    if (!existing) continue;

    if (text) {
      const unchanged =
        existing.status !== "withdrawn" &&
        existing.textLanguage === response.language &&
        existing.title === text.title &&
        existing.body === text.body;
      if (unchanged) continue;
      const reopened = existing.status === "withdrawn";
      const [bumped] = await tx
        .update(inputs)
        .set({
          version: sql`${inputs.version} + 1`,
          language: response.language,
          lastEditorUserId: actorUserId,
          updatedAt: sql`now()`,
          ...(reopened
            ? { status: "submitted" as const, withdrawnAt: null, submittedAt: sql`now()` }
            : {}),
        })
        .where(eq(inputs.id, existing.id))
        .returning({ version: inputs.version });
      await tx.delete(inputTexts).where(eq(inputTexts.inputId, existing.id));
      await tx.insert(inputTexts).values({
        inputId: existing.id,
        language: response.language,
        title: text.title,
        body: text.body,
      });
      await tx
        .insert(inputVersions)
        .values({
          inputId: existing.id,
          version: bumped!.version,
          snapshot: snapshot(text),
          createdBy: actorUserId,
        })
        .onConflictDoNothing();
      await recordAudit(tx, {
        actorUserId,
        action: reopened ? "input.submitted" : "input.edited",
        subjectType: "input",
        subjectId: existing.id,
        details: { version: bumped!.version, surveyId: response.surveyId },
      });
      newText.push(existing.id);
    } else if (existing.status !== "withdrawn") {
      await withdrawSurveyInput(tx, existing.id, actorUserId, snapshot(null), {
        surveyId: response.surveyId,
        emptied: true,
      });
    }
  }

  // An answer removed altogether (e.g. its question is now hidden by a condition) leaves its
  // input behind: inputs made from this response that no answer links any more are withdrawn.
  const orphans = rowsOf<{ id: number }>(
    await tx.execute(sql`
      select i.id from ${inputs} i
      where i.kind = 'survey-answer' and i.status <> 'withdrawn'
        and i.organization_id = ${response.organizationId}
        and exists (select 1 from ${inputVersions} v
                    where v.input_id = i.id and (v.snapshot->>'responseId')::int = ${responseId})
        and not exists (select 1 from ${surveyAnswers} a where a.input_id = i.id)`),
  );
  for (const orphan of orphans) {
    await withdrawSurveyInput(
      tx,
      orphan.id,
      actorUserId,
      { surveyId: response.surveyId, responseId, title: null, body: null },
      { surveyId: response.surveyId, answerRemoved: true },
    );
  }
  return newText;
}

/** Withdraws a survey-answer input: a new version with `snapshot`, audited with `details`. */
async function withdrawSurveyInput(
  tx: Database,
  inputId: number,
  actorUserId: number,
  snapshot: Record<string, unknown>,
  details: Record<string, unknown>,
) {
  const [bumped] = await tx
    .update(inputs)
    .set({
      version: sql`${inputs.version} + 1`,
      status: "withdrawn",
      withdrawnAt: sql`now()`,
      lastEditorUserId: actorUserId,
      updatedAt: sql`now()`,
    })
    .where(eq(inputs.id, inputId))
    .returning({ version: inputs.version });
  await tx
    .insert(inputVersions)
    .values({ inputId, version: bumped!.version, snapshot, createdBy: actorUserId })
    .onConflictDoNothing();
  await recordAudit(tx, {
    actorUserId,
    action: "input.withdrawn",
    subjectType: "input",
    subjectId: inputId,
    details: { version: bumped!.version, ...details },
  });
}

/** For a survey-answer input: the survey and question it came from (the triage page shows them). */
export async function findSurveyAnswerOrigin(db: Database, inputId: number) {
  const [row] = await db
    .select({
      surveyId: surveys.id,
      surveyTitleEn: surveys.titleEn,
      surveyTitleFr: surveys.titleFr,
      promptEn: surveyQuestions.promptEn,
      promptFr: surveyQuestions.promptFr,
      objectiveNumber: objectives.number,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
    .leftJoin(objectives, eq(objectives.id, surveyAnswers.objectiveId))
    .where(eq(surveyAnswers.inputId, inputId));
  return row ?? null;
}
