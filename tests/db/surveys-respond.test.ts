import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import {
  fieldName,
  valuesFromFormData,
  type FormValues,
} from "../../app/features/surveys/survey-logic";
import {
  findRespondentAccess,
  getResponse,
  listMySurveys,
  saveResponse,
} from "../../app/features/surveys/survey-responses.server";
import { describeAnswers } from "../../app/features/surveys/survey-answer-text";
import { responsePdf } from "../../app/features/surveys/survey-pdf.server";
import {
  auditEvents,
  consultations,
  duplicateGroupMembers,
  surveyAnswers,
  surveys,
} from "../../db/schema";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { buildSurvey } from "./surveys-helpers";

let database: TestDatabase;
let coordinator: SignedIn;
let provinceA: SignedIn;
let provinceB: SignedIn;
let maple: SignedIn;
let outsider: SignedIn;
let consultationId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  const [row] = await database.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2021-update"));
  consultationId = row!.id;
  coordinator = await signedInPerson(database.db, "coord@example.org", "ircc", ["coordinator"]);
  provinceA = await signedInPerson(database.db, "analyst@example.org", "ontario", ["contributor"]);
  provinceB = await signedInPerson(database.db, "director@example.org", "ontario", ["contributor"]);
  maple = await signedInPerson(database.db, "officer@example.org", "maple-settlement-network", [
    "contributor",
  ]);
  // International organizations are not in the 2021 update's audience.
  outsider = await signedInPerson(database.db, "staff@example.org", "iom", ["contributor"]);
});
afterAll(() => database.destroy());

async function respond(
  person: SignedIn,
  surveyId: number,
  values: FormValues,
  options: { submit?: boolean; version?: number } = {},
) {
  const access = await findRespondentAccess(database.db, person, surveyId);
  if (!access) throw new Error("no access");
  const version =
    options.version ?? (await getResponse(database.db, access)).response?.version ?? 0;
  return saveResponse(database.db, person, access, values, {
    version,
    submit: options.submit ?? false,
    locale: "en",
    ip: null,
  });
}

async function storedValues(person: SignedIn, surveyId: number) {
  const access = await findRespondentAccess(database.db, person, surveyId);
  return getResponse(database.db, access!);
}

describe("one response per organization", () => {
  it("is shared by members of the organization and hidden from every other organization", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const saved = await respond(provinceA, built.surveyId, {
      [fieldName.value(built.name.id)]: "Ministry of Labour, Immigration, Training",
    });
    expect(saved.ok).toBe(true);

    // The colleague sees what the analyst saved, and who saved it.
    const shared = await storedValues(provinceB, built.surveyId);
    expect(shared.values[fieldName.value(built.name.id)]).toBe(
      "Ministry of Labour, Immigration, Training",
    );
    expect(shared.answeredBy[String(built.name.id)]?.name).toBe("analyst");

    // Another invited organization starts from its own empty response…
    const other = await storedValues(maple, built.surveyId);
    expect(other.response).toBeNull();
    expect(other.values).toEqual({});
    // …and its save never touches the province's answers.
    expect(
      (await respond(maple, built.surveyId, { [fieldName.value(built.name.id)]: "Maple" })).ok,
    ).toBe(true);
    const after = await storedValues(provinceA, built.surveyId);
    expect(after.values[fieldName.value(built.name.id)]).toBe(
      "Ministry of Labour, Immigration, Training",
    );

    // An organization outside the audience does not see the survey at all (404).
    expect(await findRespondentAccess(database.db, outsider, built.surveyId)).toBeNull();
    const listed = await listMySurveys(database.db, outsider);
    expect(listed.map((s) => s.id)).not.toContain(built.surveyId);
    expect((await listMySurveys(database.db, provinceB)).map((s) => s.id)).toContain(
      built.surveyId,
    );
  });

  it("refuses a submit with a required answer missing, keeps the other answers and names the missing one", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const result = await respond(
      provinceA,
      built.surveyId,
      {
        [fieldName.value(built.consulted.id)]: "no",
        [fieldName.value(built.budget.id)]: "12,5",
        [fieldName.value(built.areas.id)]: ["health-care", "__other"],
        [fieldName.other(built.areas.id)]: "Housing",
      },
      { submit: true },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("missing");
    expect(result.problems.map((p) => p.questionId)).toEqual([built.name.id]);
    expect(result.problems[0]!.fieldId).toBe(fieldName.value(built.name.id));
    const stored = await storedValues(provinceA, built.surveyId);
    expect(stored.response?.status).toBe("draft");
    expect(stored.values[fieldName.value(built.budget.id)]).toBe("12.5");
    expect(stored.values[fieldName.value(built.areas.id)]).toEqual(["health-care", "__other"]);
    expect(stored.values[fieldName.other(built.areas.id)]).toBe("Housing");
  });

  it("does not store an answer that cannot be read (out of range) and says which", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const result = await respond(provinceA, built.surveyId, {
      [fieldName.value(built.name.id)]: "Ministry",
      [fieldName.value(built.budget.id)]: "250",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe("invalid");
      expect(result.problems).toEqual([
        {
          questionId: built.budget.id,
          fieldId: fieldName.value(built.budget.id),
          code: "surveys.answer.outOfRange",
        },
      ]);
    }
    expect((await storedValues(provinceA, built.surveyId)).response).toBeNull();
  });

  it("does not require, nor keep, the answer to a question its condition hides", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const base = { [fieldName.value(built.name.id)]: "Ministry" };
    // "Yes" shows the follow-up question, which is required.
    const shown = await respond(
      provinceA,
      built.surveyId,
      { ...base, [fieldName.value(built.consulted.id)]: "yes" },
      { submit: true },
    );
    expect(!shown.ok && shown.problems.map((p) => p.questionId)).toEqual([built.how.id]);
    // "No" hides it: the submit goes through and a stray answer to it is not stored.
    const hidden = await respond(
      provinceA,
      built.surveyId,
      {
        ...base,
        [fieldName.value(built.consulted.id)]: "no",
        [fieldName.value(built.how.id)]: "typed before changing to no",
      },
      { submit: true },
    );
    expect(hidden).toMatchObject({ ok: true, value: { submitted: true } });
    const stored = await storedValues(provinceA, built.surveyId);
    expect(stored.response?.status).toBe("submitted");
    expect(stored.values[fieldName.value(built.how.id)]).toBeUndefined();
  });

  it("refuses a stale save with who saved and when, and records who answered what", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const first = await respond(provinceA, built.surveyId, {
      [fieldName.value(built.name.id)]: "Ministry",
    });
    expect(first.ok).toBe(true);
    const version = first.ok ? first.value.version : 0;
    // Both colleagues open the page at this version; the director saves first.
    const director = await respond(
      provinceB,
      built.surveyId,
      {
        [fieldName.value(built.name.id)]: "Ministry",
        [fieldName.value(built.budget.id)]: "40",
      },
      { version },
    );
    expect(director.ok).toBe(true);
    const analyst = await respond(
      provinceA,
      built.surveyId,
      { [fieldName.value(built.name.id)]: "Another ministry" },
      { version },
    );
    expect(analyst).toMatchObject({ ok: false, error: "stale", stale: { name: "director" } });
    const stored = await storedValues(provinceA, built.surveyId);
    expect(stored.values[fieldName.value(built.name.id)]).toBe("Ministry");
    // The unchanged answer keeps its first author; the new one is the director's.
    expect(stored.answeredBy[String(built.name.id)]?.name).toBe("analyst");
    expect(stored.answeredBy[String(built.budget.id)]?.name).toBe("director");
    // Told who saved, the analyst may save again deliberately from the same page.
    const retry = await respond(
      provinceA,
      built.surveyId,
      { [fieldName.value(built.name.id)]: "Another ministry" },
      { version: analyst.ok ? 0 : analyst.version },
    );
    expect(retry.ok).toBe(true);

    const matrixRow = fieldName.row(built.matrix.id, (await firstObjective())!);
    const submitted = await respond(
      provinceB,
      built.surveyId,
      {
        [fieldName.value(built.name.id)]: "Ministry",
        [fieldName.value(built.consulted.id)]: "no",
        [matrixRow]: "partly-aligned",
      },
      { submit: true },
    );
    expect(submitted.ok).toBe(true);
    const audit = await database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.subjectType, "survey-response"));
    expect(audit).toContainEqual({
      action: "survey-response.submitted",
      actor: provinceB.user.id,
    });
    const rows = await database.db
      .select({ objectiveId: surveyAnswers.objectiveId, keys: surveyAnswers.optionKeys })
      .from(surveyAnswers)
      .where(eq(surveyAnswers.questionId, built.matrix.id));
    expect(rows).toEqual([{ objectiveId: await firstObjective(), keys: ["partly-aligned"] }]);
  });

  it("stores hostile text safely and refuses oversized answers without an error", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const access = await findRespondentAccess(database.db, provinceA, built.surveyId);
    const form = new FormData();
    form.append(fieldName.value(built.name.id), "a\u0000b \ud800 <script>alert(1)</script>");
    form.append(fieldName.value(built.name.id), "duplicated");
    form.append("__proto__", "x");
    const values = valuesFromFormData(form, access!.sections, access!.objectives);
    expect(Object.keys(values)).toEqual([fieldName.value(built.name.id)]);
    expect((await respond(provinceA, built.surveyId, values)).ok).toBe(true);
    expect(
      (await storedValues(provinceA, built.surveyId)).values[fieldName.value(built.name.id)],
    ).toBe("ab \ufffd <script>alert(1)</script>");
    const tooLong = await respond(provinceA, built.surveyId, {
      [fieldName.value(built.name.id)]: "x".repeat(20_000),
    });
    expect(tooLong).toMatchObject({ ok: false, error: "invalid" });
  });

  it("lets a member edit the submitted response until the survey closes, and it stays submitted", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const answers = {
      [fieldName.value(built.name.id)]: "Treasury Board",
      [fieldName.value(built.consulted.id)]: "no",
    };
    expect(await respond(provinceA, built.surveyId, answers, { submit: true })).toMatchObject({
      ok: true,
      value: { submitted: true },
    });
    const edited = await respond(provinceB, built.surveyId, {
      ...answers,
      [fieldName.value(built.name.id)]: "Treasury Board Secretariat of Ontario",
    });
    expect(edited.ok).toBe(true);
    const stored = await storedValues(provinceA, built.surveyId);
    expect(stored.response?.status).toBe("submitted");
    expect(stored.values[fieldName.value(built.name.id)]).toBe(
      "Treasury Board Secretariat of Ontario",
    );
  });

  it("refuses any save once the survey has closed", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    await database.db
      .update(surveys)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(surveys.id, built.surveyId));
    const result = await respond(provinceA, built.surveyId, {
      [fieldName.value(built.name.id)]: "Late",
    });
    expect(result).toMatchObject({ ok: false, error: "closed" });
  });
});

describe("written answers and triage duplicates", () => {
  it("puts near-identical written answers and matrix comments of two organizations in one duplicate group", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const objective = (await findRespondentAccess(database.db, provinceA, built.surveyId))!
      .objectives[0]!.id;
    const campaign =
      "Our settlement agencies ask the federal government to fund language training for every newcomer family in rural communities across the province";
    const comment =
      "Regional partnership tables bring employers, settlement agencies and municipalities together every quarter to review newcomer labour market outcomes";
    const answersOf = (ministry: string, how: string, matrixComment: string) => ({
      [fieldName.value(built.name.id)]: ministry,
      [fieldName.value(built.consulted.id)]: "yes",
      [fieldName.value(built.how.id)]: how,
      [fieldName.row(built.matrix.id, objective)]: "partly-aligned",
      [fieldName.comment(built.matrix.id, objective)]: matrixComment,
    });
    const ontario = await respond(
      provinceA,
      built.surveyId,
      answersOf("Ministry of Labour", campaign, comment),
      { submit: true },
    );
    expect(ontario).toMatchObject({ ok: true });
    const mapleSubmit = await respond(
      maple,
      built.surveyId,
      // Same words, one changed and different punctuation: near, not exact, duplicates.
      answersOf("Maple network", `${campaign.replace("rural", "small")}!`, `${comment}.`),
      { submit: true },
    );
    expect(mapleSubmit.ok).toBe(true);

    const inputsOf = async (questionId: number) => {
      const rows = await database.db
        .select({ inputId: surveyAnswers.inputId })
        .from(surveyAnswers)
        .where(eq(surveyAnswers.questionId, questionId));
      return rows.filter((r) => r.inputId !== null).map((r) => r.inputId!);
    };
    const groupOf = async (inputId: number) =>
      (
        await database.db
          .select({ groupId: duplicateGroupMembers.groupId })
          .from(duplicateGroupMembers)
          .where(eq(duplicateGroupMembers.inputId, inputId))
      )[0]?.groupId ?? null;

    const howInputs = await inputsOf(built.how.id);
    expect(howInputs).toHaveLength(2);
    const howGroup = await groupOf(howInputs[0]!);
    expect(howGroup).not.toBeNull();
    expect(await groupOf(howInputs[1]!)).toBe(howGroup);

    const commentInputs = await inputsOf(built.matrix.id);
    expect(commentInputs).toHaveLength(2);
    const commentGroup = await groupOf(commentInputs[0]!);
    expect(commentGroup).not.toBeNull();
    expect(commentGroup).not.toBe(howGroup);
    expect(await groupOf(commentInputs[1]!)).toBe(commentGroup);

    // The two ministries' names are different answers: no group.
    for (const inputId of await inputsOf(built.name.id)) expect(await groupOf(inputId)).toBeNull();
  });
});

describe("the PDF copy of a submitted response", () => {
  it("reads back, in English and in French, with the organization's answers", async () => {
    const built = await buildSurvey(database.db, coordinator, consultationId);
    const access = (await findRespondentAccess(database.db, provinceA, built.surveyId))!;
    const objective = access.objectives[0]!;
    const submitted = await respond(
      provinceA,
      built.surveyId,
      {
        [fieldName.value(built.name.id)]: "Ministère du Travail, de l’Immigration",
        [fieldName.value(built.consulted.id)]: "yes",
        [fieldName.value(built.how.id)]: "Tables fédérales-provinciales « œuvre commune »",
        [fieldName.row(built.matrix.id, objective.id)]: "partly-aligned",
        [fieldName.comment(built.matrix.id, objective.id)]: "Bridging programs for nurses",
      },
      { submit: true },
    );
    expect(submitted).toMatchObject({ ok: true });
    const { response, values } = await getResponse(database.db, access);
    const copy = (locale: "en" | "fr") => ({
      locale,
      surveyId: built.surveyId,
      title: locale === "en" ? "Practices survey" : "Sondage sur les pratiques",
      organization: locale === "en" ? "Government of Ontario" : "Gouvernement de l'Ontario",
      submittedAt: response!.submittedAt,
      sections: describeAnswers(access.sections, access.objectives, values, locale),
    });

    const en = await pdfText(await responsePdf(copy("en")));
    expect(en).toContain("Practices survey");
    expect(en).toContain("Organization: Government of Ontario");
    expect(en).toMatch(/Submitted on \w+ \d{1,2}, \d{4}/);
    expect(en).toContain("Were you consulted?");
    expect(en).toContain("Yes");
    expect(en).toContain("Ministère du Travail, de l’Immigration");
    expect(en).toContain("Tables fédérales-provinciales « œuvre commune »");
    expect(en).toContain(
      `${objective.number}. ${objective.titleEn}: Partly aligned — Bridging programs for nurses`,
    );
    expect(en).toContain("Budget in millions Not answered");
    expect(en).toContain("Page 1 of");

    const fr = await pdfText(await responsePdf(copy("fr")));
    expect(fr).toContain("Sondage sur les pratiques");
    expect(fr).toContain("Organisation: Gouvernement de l'Ontario");
    expect(fr).toMatch(/Soumise le \d{1,2} \S+ \d{4}/);
    expect(fr).toContain("Avez-vous été consulté?");
    expect(fr).toContain("Oui");
    expect(fr).toContain("Partiellement conforme — Bridging programs for nurses");
    expect(fr).toContain("Budget en millions Sans réponse");
    expect(fr).toContain("Page 1 de");
  });
});

async function pdfText(pdf: Buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = "";
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    text += content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
      .join("");
  }
  return text.replace(/\s+/g, " ");
}

async function firstObjective() {
  const access = await findRespondentAccess(
    database.db,
    provinceA,
    (await database.db.select({ id: surveys.id }).from(surveys).limit(1))[0]!.id,
  );
  return access?.objectives[0]?.id;
}
