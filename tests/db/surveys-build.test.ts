import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import { changeSurvey, loadSurvey } from "../../app/features/surveys/survey-builder.server";
import { BuilderIntentSchema } from "../../app/features/surveys/survey-builder.schema";
import { fieldName } from "../../app/features/surveys/survey-logic";
import {
  findRespondentAccess,
  saveResponse,
} from "../../app/features/surveys/survey-responses.server";
import { consultations, emailMessages, surveyQuestions } from "../../db/schema";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { buildSurvey, change, context } from "./surveys-helpers";

let database: TestDatabase;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let moderator: SignedIn;
let province: SignedIn;
let consultationId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  const [row] = await database.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2021-update"));
  consultationId = row!.id;
  coordinator = await signedInPerson(database.db, "camille@example.org", "ircc", ["coordinator"]);
  otherCoordinator = await signedInPerson(database.db, "robin@example.org", "ircc", [
    "coordinator",
  ]);
  moderator = await signedInPerson(database.db, "sam@example.org", "ircc", ["moderator"]);
  province = await signedInPerson(database.db, "analyst@example.org", "ontario", ["contributor"]);
});
afterAll(() => database.destroy());

async function question(surveyId: number, id: number) {
  const loaded = await loadSurvey(database.db, surveyId);
  return loaded!.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
}

describe("building a survey", () => {
  it("keeps every kind, its settings, options and condition, and tells the audience when it opens", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const how = await question(built.surveyId, built.how.id);
    expect(how).toMatchObject({
      required: true,
      conditionQuestionId: built.consulted.id,
      conditionValue: "yes",
    });
    const areas = await question(built.surveyId, built.areas.id);
    expect(areas.settings).toEqual({ allowOther: true });
    expect(areas.options.map((o) => [o.key, o.labelFr])).toEqual([
      ["health-care", "Santé"],
      ["labour-market", "Marché du travail"],
    ]);
    expect((await question(built.surveyId, built.budget.id)).settings).toEqual({
      min: 0,
      max: 100,
    });
    const matrix = await question(built.surveyId, built.matrix.id);
    expect(matrix.options.map((o) => o.key)).toEqual([
      "not-applicable",
      "not-aligned",
      "partly-aligned",
      "fully-aligned",
    ]);
    const loaded = await loadSurvey(database.db, built.surveyId);
    expect(loaded!.objectives).toHaveLength(23);
    expect(loaded!.survey.openedAt).not.toBeNull();
    // Members of invited organizations are told, in their language, through the outbox.
    const invited = await database.db
      .select({ to: emailMessages.recipientEmail })
      .from(emailMessages)
      .where(eq(emailMessages.event, "survey.invited"));
    expect(invited.map((m) => m.to)).toContain("analyst@example.org");
    expect(invited.map((m) => m.to)).not.toContain("sam@example.org");
  });

  it("moves a question up and refuses a condition on a later question", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    expect(
      (
        await change(database.db, coordinator, built.surveyId, {
          intent: "moveQuestion",
          questionId: String(built.budget.id),
          direction: "up",
        })
      ).ok,
    ).toBe(true);
    const order = (await loadSurvey(database.db, built.surveyId))!.sections[0]!.questions.map(
      (q) => q.id,
    );
    expect(order.indexOf(built.budget.id)).toBe(order.indexOf(built.areas.id) - 1);
    const refused = await change(database.db, coordinator, built.surveyId, {
      intent: "updateQuestion",
      questionId: String(built.name.id),
      kind: "short-text",
      promptEn: "Ministry answering",
      promptFr: "Ministère qui répond",
      condition: `${built.consulted.id}:yes`,
    });
    expect(refused).toEqual({ ok: false, errors: ["badCondition"] });
  });

  it("once answered, refuses deletions and kind changes with a reason but allows wording fixes", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const access = await findRespondentAccess(database.db, province, built.surveyId);
    const saved = await saveResponse(
      database.db,
      province,
      access!,
      { [fieldName.value(built.areas.id)]: ["health-care"] },
      { version: 0, submit: false, locale: "en", ip: null },
    );
    expect(saved.ok).toBe(true);

    const areas = await question(built.surveyId, built.areas.id);
    const health = areas.options.find((o) => o.key === "health-care")!;
    const attempts = {
      deleteQuestion: { intent: "deleteQuestion", questionId: String(built.budget.id) },
      deleteOption: {
        intent: "deleteOption",
        questionId: String(built.areas.id),
        optionId: String(health.id),
      },
      changeKind: {
        intent: "updateQuestion",
        questionId: String(built.name.id),
        kind: "long-text",
        promptEn: "Ministry answering",
        promptFr: "Ministère qui répond",
        required: "on",
      },
      deleteSection: { intent: "deleteSection", sectionId: String(built.sectionId) },
    };
    for (const [reason, form] of Object.entries(attempts)) {
      const result = await change(database.db, coordinator, built.surveyId, form);
      expect(result).toEqual({ ok: false, errors: [`answered.${reason}`] });
    }
    expect((await question(built.surveyId, built.budget.id)).id).toBe(built.budget.id);

    // Fixing the wording of a question and of an option goes through.
    const fixed = await change(
      database.db,
      coordinator,
      built.surveyId,
      {
        intent: "updateQuestion",
        questionId: String(built.areas.id),
        kind: "multiple-choice",
        promptEn: "Areas of work of your government",
        promptFr: "Domaines de travail de votre gouvernement",
        allowOther: "on",
      },
      new Map([[health.id, { labelEn: "Health", labelFr: "Santé publique" }]]),
    );
    expect(fixed.ok).toBe(true);
    const after = await question(built.surveyId, built.areas.id);
    expect(after.promptEn).toBe("Areas of work of your government");
    expect(after.options.find((o) => o.key === "health-care")?.labelFr).toBe("Santé publique");
  });

  it("refuses removing the option a condition depends on", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const [choice] = await database.db
      .update(surveyQuestions)
      .set({ kind: "single-choice" })
      .where(eq(surveyQuestions.id, built.areas.id))
      .returning({ id: surveyQuestions.id });
    await change(database.db, coordinator, built.surveyId, {
      intent: "updateQuestion",
      questionId: String(built.budget.id),
      kind: "number",
      promptEn: "Budget in millions",
      promptFr: "Budget en millions",
      condition: `${choice!.id}:labour-market`,
    });
    const option = (await question(built.surveyId, built.areas.id)).options.find(
      (o) => o.key === "labour-market",
    )!;
    const result = await change(database.db, coordinator, built.surveyId, {
      intent: "deleteOption",
      questionId: String(built.areas.id),
      optionId: String(option.id),
    });
    expect(result).toEqual({ ok: false, errors: ["optionInCondition"] });
  });

  it("refuses a change made from an outdated page, naming who changed the survey", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const loaded = await loadSurvey(database.db, built.surveyId);
    const version = String(loaded!.survey.version);
    const form = (promptEn: string) =>
      BuilderIntentSchema.parse({
        intent: "updateQuestion",
        version,
        questionId: String(built.name.id),
        kind: "short-text",
        promptEn,
        promptFr: "Ministère",
        required: "on",
      });
    const first = await changeSurvey(
      database.db,
      otherCoordinator,
      built.surveyId,
      form("Ministry"),
      new Map(),
      context,
    );
    expect(first.ok).toBe(true);
    const second = await changeSurvey(
      database.db,
      coordinator,
      built.surveyId,
      form("Department"),
      new Map(),
      context,
    );
    expect(second).toMatchObject({ ok: false, errors: ["stale"], stale: { name: "robin" } });
    expect((await question(built.surveyId, built.name.id)).promptEn).toBe("Ministry");
  });

  it("refuses every change from someone without manage:consultation", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const result = await change(database.db, moderator, built.surveyId, {
      intent: "deleteQuestion",
      questionId: String(built.budget.id),
    });
    expect(result).toEqual({ ok: false, errors: ["forbidden"] });
    const still = await database.db
      .select({ id: surveyQuestions.id })
      .from(surveyQuestions)
      .where(
        and(eq(surveyQuestions.id, built.budget.id), eq(surveyQuestions.surveyId, built.surveyId)),
      );
    expect(still).toHaveLength(1);
  });
});
