import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganizationBySlug } from "../../db/queries/accounts";
import { syncSurveyAnswerInputs } from "../../db/queries/survey-answer-inputs";
import { putSurveyAnswer, putSurveyResponse } from "../../db/queries/survey-results";
import {
  auditEvents,
  inputObjectives,
  inputs,
  inputTexts,
  inputVersions,
  objectives,
  surveyAnswers,
} from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import {
  getQueuePage,
  getTriageItem,
  QueueFiltersSchema,
} from "../../app/features/triage/queue.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { buildSurvey } from "./survey-fixtures";

let database: TestDatabase;
let provincial: SignedIn;
let colleague: SignedIn;
let survey: Awaited<ReturnType<typeof buildSurvey>>;
let ontarioId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  provincial = await signedInPerson(database.db, "sync-on@example.org", "ontario", ["contributor"]);
  colleague = await signedInPerson(database.db, "sync-on2@example.org", "ontario", ["contributor"]);
  survey = await buildSurvey(database.db, null, "Sync");
  ontarioId = (await findOrganizationBySlug(database.db, "ontario"))!.id;
});
afterAll(() => database.destroy());

async function answerInput(responseId: number, questionId: number, objectiveId: number | null) {
  const [answer] = await database.db
    .select({ inputId: surveyAnswers.inputId })
    .from(surveyAnswers)
    .where(
      and(
        eq(surveyAnswers.responseId, responseId),
        eq(surveyAnswers.questionId, questionId),
        objectiveId === null ? undefined : eq(surveyAnswers.objectiveId, objectiveId),
      ),
    );
  if (!answer?.inputId) return null;
  const [input] = await database.db.select().from(inputs).where(eq(inputs.id, answer.inputId));
  const texts = await database.db
    .select()
    .from(inputTexts)
    .where(eq(inputTexts.inputId, answer.inputId));
  const tags = await database.db
    .select({ number: objectives.number, source: inputObjectives.source })
    .from(inputObjectives)
    .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
    .where(eq(inputObjectives.inputId, answer.inputId));
  const versions = await database.db
    .select({ version: inputVersions.version })
    .from(inputVersions)
    .where(eq(inputVersions.inputId, answer.inputId));
  return { input: input!, texts, tags, versions: versions.map((v) => v.version).sort() };
}

describe("survey answers become inputs on submit", () => {
  let responseId: number;

  it("makes each free text, 'other' text and matrix comment an input in the triage queue", async () => {
    const db = database.db;
    responseId = await putSurveyResponse(db, {
      surveyId: survey.surveyId,
      organizationId: ontarioId,
      language: "fr",
      status: "submitted",
      userId: colleague.user.id,
    });
    const by = provincial.user.id;
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.shortText,
      textValue: "Ministère du Travail",
      answeredBy: by,
    });
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.longText,
      textValue: "   ",
      answeredBy: by,
    });
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.multiple,
      optionKeys: ["ngo"],
      otherText: "Conseils scolaires francophones",
      answeredBy: by,
    });
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.single,
      optionKeys: ["integration"],
      answeredBy: by,
    });
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.matrix,
      objectiveId: survey.objectiveId(16),
      optionKeys: ["partly"],
      comment: "Programme d'aide à l'établissement des familles vénézuéliennes.",
      answeredBy: by,
    });
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.matrix,
      objectiveId: survey.objectiveId(7),
      optionKeys: ["fully"],
      answeredBy: by,
    });

    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, colleague.user.id));

    const short = await answerInput(responseId, survey.q.shortText, null);
    expect(short?.input).toMatchObject({
      kind: "survey-answer",
      status: "submitted",
      language: "fr",
      organizationId: ontarioId,
      authorUserId: colleague.user.id,
      publicationConsent: "private",
      consultationId: survey.consultationId,
    });
    expect(short?.texts).toEqual([
      expect.objectContaining({
        language: "fr",
        title: "Ministère responsable",
        body: "Ministère du Travail",
      }),
    ]);
    expect(short?.versions).toEqual([1]);

    const other = await answerInput(responseId, survey.q.multiple, null);
    expect(other?.texts[0]).toMatchObject({
      title: "Partenaires associés (autre, veuillez préciser)",
      body: "Conseils scolaires francophones",
    });

    const comment = await answerInput(responseId, survey.q.matrix, survey.objectiveId(16));
    expect(comment?.texts[0]?.title).toMatch(/^Alignement sur le Pacte — Objectif 16 : /);
    expect(comment?.texts[0]?.body).toBe(
      "Programme d'aide à l'établissement des familles vénézuéliennes.",
    );
    expect(comment?.tags).toEqual([{ number: 16, source: "contributor" }]);

    // blank text, a choice, and a matrix row without comment make no input
    expect(await answerInput(responseId, survey.q.longText, null)).toBeNull();
    expect(await answerInput(responseId, survey.q.single, null)).toBeNull();
    expect(await answerInput(responseId, survey.q.matrix, survey.objectiveId(7))).toBeNull();

    const audited = await db
      .select({ subjectId: auditEvents.subjectId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "input.submitted"), eq(auditEvents.subjectType, "input")));
    expect(audited.map((a) => a.subjectId)).toEqual(
      expect.arrayContaining([short, other, comment].map((x) => String(x!.input.id))),
    );

    // the triage queue lists them with the question as title, filterable by kind and objective
    const queue = await getQueuePage(db, "en", QueueFiltersSchema.parse({ kind: "survey-answer" }));
    const references = queue.inputs.map((i) => i.reference);
    expect(references).toEqual(
      expect.arrayContaining([short, other, comment].map((x) => x!.input.reference)),
    );
    const listed = queue.inputs.find((i) => i.reference === comment!.input.reference)!;
    expect(listed.title).toMatch(/Objectif 16/);
    expect(listed.kind).toBe("survey-answer");
    const byObjective = await getQueuePage(db, "en", QueueFiltersSchema.parse({ objective: "16" }));
    expect(byObjective.inputs.map((i) => i.reference)).toContain(comment!.input.reference);

    const item = await getTriageItem(db, "en", comment!.input.reference);
    expect(item?.text?.body).toBe(
      "Programme d'aide à l'établissement des familles vénézuéliennes.",
    );
    expect(item?.objectives.map((o) => o.number)).toEqual([16]);
    expect(item?.survey).toEqual({ title: "Sync survey", question: "Alignment with the Compact" });
  });

  it("updates the same input on resubmission (new version) and leaves unchanged ones alone", async () => {
    const db = database.db;
    const before = await answerInput(responseId, survey.q.shortText, null);
    const otherBefore = await answerInput(responseId, survey.q.multiple, null);
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.shortText,
      textValue: "Ministère des Affaires civiques et du Multiculturalisme",
      answeredBy: provincial.user.id,
    });
    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, provincial.user.id));
    const after = await answerInput(responseId, survey.q.shortText, null);
    expect(after!.input.id).toBe(before!.input.id);
    expect(after!.input.reference).toBe(before!.input.reference);
    expect(after!.input.version).toBe(2);
    expect(after!.input.lastEditorUserId).toBe(provincial.user.id);
    expect(after!.texts).toHaveLength(1);
    expect(after!.texts[0]!.body).toBe("Ministère des Affaires civiques et du Multiculturalisme");
    expect(after!.versions).toEqual([1, 2]);
    const otherAfter = await answerInput(responseId, survey.q.multiple, null);
    expect(otherAfter!.input.version).toBe(otherBefore!.input.version);
    const [edited] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "input.edited"),
          eq(auditEvents.subjectId, String(after!.input.id)),
        ),
      );
    expect(edited).toBeDefined();
  });

  it("withdraws the input of an answer that became empty, and brings it back if filled again", async () => {
    const db = database.db;
    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.matrix,
      objectiveId: survey.objectiveId(16),
      optionKeys: ["partly"],
      comment: "",
      answeredBy: provincial.user.id,
    });
    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, provincial.user.id));
    const withdrawn = await answerInput(responseId, survey.q.matrix, survey.objectiveId(16));
    expect(withdrawn!.input.status).toBe("withdrawn");
    expect(withdrawn!.input.withdrawnAt).not.toBeNull();
    const queue = await getQueuePage(db, "en", QueueFiltersSchema.parse({ kind: "survey-answer" }));
    expect(queue.inputs.map((i) => i.reference)).not.toContain(withdrawn!.input.reference);

    // a second sync does not withdraw it again
    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, provincial.user.id));
    expect(
      (await answerInput(responseId, survey.q.matrix, survey.objectiveId(16)))!.input.version,
    ).toBe(withdrawn!.input.version);

    await putSurveyAnswer(db, {
      responseId,
      questionId: survey.q.matrix,
      objectiveId: survey.objectiveId(16),
      optionKeys: ["partly"],
      comment: "Nouveau programme de parrainage communautaire.",
      answeredBy: provincial.user.id,
    });
    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, provincial.user.id));
    const back = await answerInput(responseId, survey.q.matrix, survey.objectiveId(16));
    expect(back!.input.id).toBe(withdrawn!.input.id);
    expect(back!.input.status).toBe("submitted");
    expect(back!.texts[0]!.body).toBe("Nouveau programme de parrainage communautaire.");
    expect(back!.tags).toEqual([{ number: 16, source: "contributor" }]);
  });

  it("withdraws the input of an answer that was removed altogether", async () => {
    const db = database.db;
    const other = await answerInput(responseId, survey.q.multiple, null);
    expect(other!.input.status).toBe("submitted");
    await db
      .delete(surveyAnswers)
      .where(
        and(
          eq(surveyAnswers.responseId, responseId),
          eq(surveyAnswers.questionId, survey.q.multiple),
        ),
      );
    await db.transaction((tx) => syncSurveyAnswerInputs(tx, responseId, provincial.user.id));
    const [after] = await db.select().from(inputs).where(eq(inputs.id, other!.input.id));
    expect(after!.status).toBe("withdrawn");
    expect(after!.version).toBe(other!.input.version + 1);
    // the other inputs of the response stay as they were
    expect((await answerInput(responseId, survey.q.shortText, null))!.input.status).toBe(
      "submitted",
    );
  });
});
