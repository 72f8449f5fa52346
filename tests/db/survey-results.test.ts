import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrganizationBySlug } from "../../db/queries/accounts";
import {
  insertInvitee,
  insertOrganization,
  listStakeholderCategories,
} from "../../db/queries/consultations-admin";
import { insertSurvey, putSurveyAnswer, putSurveyResponse } from "../../db/queries/survey-results";
import { auditEvents, emailMessages } from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import {
  getSurveyResults,
  remindSurveyNonAnswerers,
} from "../../app/features/surveys/results.server";
import {
  exportSurveyLongCsv,
  exportSurveyWideCsv,
} from "../../app/features/surveys/survey-export.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { buildSurvey, parseCsv, records } from "./survey-fixtures";

let database: TestDatabase;
let coordinator: SignedIn;
let ontarioPerson: SignedIn;
let quebecPerson: SignedIn;
let bcPerson: SignedIn;
let mapleInvitee: SignedIn;
let survey: Awaited<ReturnType<typeof buildSurvey>>;
const orgs: Record<string, number> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await seedDemoScenario(db, demoScenario);
  const categories = await listStakeholderCategories(db);
  const province = categories.find((c) => c.key === "province-territory")!.id;
  orgs.ontario = (await findOrganizationBySlug(db, "ontario"))!.id;
  orgs.quebec = await insertOrganization(db, {
    slug: "results-quebec",
    name: "Gouvernement du Québec",
    stakeholderCategoryId: province,
    jurisdiction: "QC",
  });
  orgs.bc = await insertOrganization(db, {
    slug: "results-bc",
    name: "Province of British Columbia",
    stakeholderCategoryId: province,
    jurisdiction: "BC",
  });
  orgs.maple = (await findOrganizationBySlug(db, "maple-settlement-network"))!.id;
  coordinator = await signedInPerson(db, "results-coord@example.org", "ircc", ["coordinator"]);
  ontarioPerson = await signedInPerson(db, "results-on@example.org", "ontario", ["contributor"]);
  quebecPerson = await signedInPerson(db, "results-qc@example.org", "results-quebec", [
    "contributor",
  ]);
  bcPerson = await signedInPerson(db, "results-bc@example.org", "results-bc", ["contributor"]);
  mapleInvitee = await signedInPerson(db, "results-maple@example.org", "maple-settlement-network", [
    "contributor",
  ]);
  survey = await buildSurvey(db, coordinator.user.id, "Results");
  for (const [person, org] of [
    [ontarioPerson, orgs.ontario],
    [quebecPerson, orgs.quebec],
    [bcPerson, orgs.bc],
    [mapleInvitee, orgs.maple],
  ] as const)
    await insertInvitee(db, {
      consultationId: survey.consultationId,
      userId: person.user.id,
      organizationId: org!,
      invitedBy: coordinator.user.id,
    });

  // Ontario and Québec submitted; British Columbia has a draft; Maple has not started.
  const on = await putSurveyResponse(db, {
    surveyId: survey.surveyId,
    organizationId: orgs.ontario!,
    language: "en",
    status: "submitted",
    userId: ontarioPerson.user.id,
  });
  const qc = await putSurveyResponse(db, {
    surveyId: survey.surveyId,
    organizationId: orgs.quebec!,
    language: "fr",
    status: "submitted",
    userId: quebecPerson.user.id,
  });
  const bc = await putSurveyResponse(db, {
    surveyId: survey.surveyId,
    organizationId: orgs.bc!,
    language: "en",
    status: "draft",
    userId: bcPerson.user.id,
  });
  const q = survey.q;
  const a = (values: Parameters<typeof putSurveyAnswer>[1]) => putSurveyAnswer(db, values);
  const onBy = ontarioPerson.user.id;
  await a({
    responseId: on,
    questionId: q.shortText,
    textValue: '=HYPERLINK("http://evil")',
    answeredBy: onBy,
  });
  await a({
    responseId: on,
    questionId: q.longText,
    textValue: "Ontario Immigrant Nominee Program, with a stream for francophone workers.",
    answeredBy: onBy,
  });
  await a({ responseId: on, questionId: q.single, optionKeys: ["integration"], answeredBy: onBy });
  await a({
    responseId: on,
    questionId: q.multiple,
    optionKeys: ["municipal", "ngo"],
    otherText: "School boards",
    answeredBy: onBy,
  });
  await a({ responseId: on, questionId: q.yesNo, optionKeys: ["yes"], answeredBy: onBy });
  await a({ responseId: on, questionId: q.scale, numberValue: "4", answeredBy: onBy });
  await a({ responseId: on, questionId: q.number, numberValue: "12500.5000", answeredBy: onBy });
  await a({ responseId: on, questionId: q.date, dateValue: "2019-06-01", answeredBy: onBy });
  await a({
    responseId: on,
    questionId: q.matrix,
    objectiveId: survey.objectiveId(16),
    optionKeys: ["fully"],
    comment: "Settlement services open to all newcomers.",
    answeredBy: onBy,
  });
  await a({
    responseId: on,
    questionId: q.matrix,
    objectiveId: survey.objectiveId(7),
    optionKeys: ["partly"],
    answeredBy: onBy,
  });
  const qcBy = quebecPerson.user.id;
  await a({ responseId: qc, questionId: q.single, optionKeys: ["protection"], answeredBy: qcBy });
  await a({ responseId: qc, questionId: q.multiple, optionKeys: ["ngo"], answeredBy: qcBy });
  await a({ responseId: qc, questionId: q.yesNo, optionKeys: ["no"], answeredBy: qcBy });
  await a({ responseId: qc, questionId: q.number, numberValue: "7500", answeredBy: qcBy });
  await a({
    responseId: qc,
    questionId: q.longText,
    textValue: "Programme régional d'intégration en Estrie.",
    answeredBy: qcBy,
  });
  await a({
    responseId: qc,
    questionId: q.matrix,
    objectiveId: survey.objectiveId(16),
    optionKeys: ["partly"],
    comment: "Francisation offerte gratuitement.",
    answeredBy: qcBy,
  });
  // a draft's answers never count
  await a({
    responseId: bc,
    questionId: q.single,
    optionKeys: ["protection"],
    answeredBy: bcPerson.user.id,
  });
});
afterAll(() => database.destroy());

describe("survey results", () => {
  it("counts response rates overall, by stakeholder category and by province/territory", async () => {
    const results = (await getSurveyResults(database.db, "en", survey.surveyId, { q: "" }))!;
    expect(results.rates.totals).toEqual({ invited: 4, started: 3, submitted: 2, rate: 50 });
    const provinces = results.rates.byCategory.find((g) => g.label === "Province or territory");
    expect(provinces).toMatchObject({ invited: 3, started: 3, submitted: 2, rate: 66.7 });
    expect(results.rates.byProvince.map((g) => [g.key, g.invited, g.submitted])).toEqual([
      ["BC", 1, 0],
      ["MB", 1, 0],
      ["ON", 1, 1],
      ["QC", 1, 1],
    ]);
    expect(results.rates.byProvince.find((g) => g.key === "QC")?.label).toBe("Quebec");
    expect(results.counts).toEqual({ submitted: 2, drafts: 1 });
    expect(results.notAnswered.map((o) => [o.name, o.state])).toEqual([
      ["Maple Settlement Network", "none"],
      ["Province of British Columbia", "started"],
    ]);
  });

  it("gives counts and percentages per question from submitted responses only", async () => {
    const results = (await getSurveyResults(database.db, "fr", survey.surveyId, { q: "" }))!;
    const byId = new Map(results.questions.map((q) => [q.id, q]));
    const single = byId.get(survey.q.single)!;
    expect(single.type === "choice" && single.bars).toEqual([
      { key: "integration", label: "Intégration", count: 1, percent: 50 },
      { key: "protection", label: "Protection", count: 1, percent: 50 },
    ]);
    const multiple = byId.get(survey.q.multiple)!;
    expect(
      multiple.type === "choice" && multiple.bars.map((b) => [b.label, b.count, b.percent]),
    ).toEqual([
      ["Municipalités", 1, 50],
      ["Société civile", 2, 100],
      ["Autre", 1, 50],
    ]);
    const yesNo = byId.get(survey.q.yesNo)!;
    expect(yesNo.type === "choice" && yesNo.bars.map((b) => [b.label, b.count])).toEqual([
      ["Oui", 1],
      ["Non", 1],
    ]);
    const scale = byId.get(survey.q.scale)!;
    expect(scale.type === "choice" && scale.bars.map((b) => b.count)).toEqual([0, 0, 0, 1, 0]);
    expect(scale.type === "choice" && scale.bars[0]!.label).toBe("1 — Pas cohérent");
    expect(byId.get(survey.q.number)).toMatchObject({
      type: "number",
      respondents: 2,
      min: 7500,
      max: 12500.5,
      median: 10000.25,
    });
    expect(byId.get(survey.q.date)).toMatchObject({
      type: "date",
      respondents: 1,
      earliest: "2019-06-01",
    });
  });

  it("builds the objective matrix heatmap and totals per objective per column", async () => {
    const results = (await getSurveyResults(database.db, "en", survey.surveyId, { q: "" }))!;
    const matrix = results.questions.find((q) => q.id === survey.q.matrix)!;
    if (matrix.type !== "matrix") throw new Error("not a matrix");
    expect(matrix.columns.map((c) => c.key)).toEqual(["na", "not", "partly", "fully"]);
    expect(matrix.objectives).toHaveLength(23);
    const o16 = matrix.objectives.findIndex((o) => o.number === 16);
    const o7 = matrix.objectives.findIndex((o) => o.number === 7);
    const row = (name: string) => matrix.rows.find((r) => r.organization === name)!;
    expect(row("Government of Ontario").cells[o16]?.label).toBe("Fully aligned");
    expect(row("Government of Ontario").cells[o7]?.label).toBe("Partly aligned");
    expect(row("Gouvernement du Québec").cells[o16]?.label).toBe("Partly aligned");
    expect(row("Gouvernement du Québec").cells[o7]).toBeNull();
    expect(matrix.totals[o16]).toEqual({
      objectiveId: survey.objectiveId(16),
      answered: 2,
      counts: [0, 0, 1, 1],
    });
    expect(matrix.totals[o7]!.counts).toEqual([0, 0, 1, 0]);
    expect(matrix.comments.map((c) => [c.objectiveNumber, c.text])).toEqual([
      [16, "Settlement services open to all newcomers."],
      [16, "Francisation offerte gratuitement."],
    ]);
  });

  it("searches the written answers (accent- and case-insensitive)", async () => {
    const results = (await getSurveyResults(database.db, "en", survey.surveyId, { q: "ESTRIE" }))!;
    const long = results.questions.find((q) => q.id === survey.q.longText)!;
    expect(long.type === "text" && long.texts.map((t) => t.text)).toEqual([
      "Programme régional d'intégration en Estrie.",
    ]);
    expect(long.respondents).toBe(2);
    const accents = (await getSurveyResults(database.db, "en", survey.surveyId, {
      q: "regional",
    }))!;
    const again = accents.questions.find((q) => q.id === survey.q.longText)!;
    expect(again.type === "text" && again.texts).toHaveLength(1);
    const matrix = accents.questions.find((q) => q.id === survey.q.matrix)!;
    expect(matrix.type === "matrix" && matrix.comments).toEqual([]);
  });

  it("reminds the invitees of organizations that have not submitted, once a day, audited", async () => {
    const first = await remindSurveyNonAnswerers(database.db, coordinator.actor, survey.surveyId, {
      publicUrl: "http://localhost:3000",
      ip: null,
    });
    expect(first).toEqual({ ok: true, value: { queued: 2 } });
    const mails = await database.db
      .select({ to: emailMessages.recipientEmail, event: emailMessages.event })
      .from(emailMessages)
      .where(eq(emailMessages.event, "reminder.due"));
    expect(mails.map((m) => m.to).sort()).toEqual([
      "results-bc@example.org",
      "results-maple@example.org",
    ]);
    const again = await remindSurveyNonAnswerers(database.db, coordinator.actor, survey.surveyId, {
      publicUrl: "http://localhost:3000",
      ip: null,
    });
    expect(again).toEqual({ ok: true, value: { queued: 0 } });
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "survey.reminders-sent"),
          eq(auditEvents.subjectId, String(survey.surveyId)),
        ),
      );
    expect(audit).toHaveLength(2);
    expect(
      await remindSurveyNonAnswerers(database.db, ontarioPerson.actor, survey.surveyId, {
        publicUrl: "http://localhost:3000",
        ip: null,
      }),
    ).toEqual({ ok: false, errors: ["forbidden"] });
  });
});

describe("reminders outside the answering period", () => {
  it("are refused while the survey is not opened yet", async () => {
    const draftSurvey = await insertSurvey(database.db, {
      consultationId: survey.consultationId,
      titleEn: "Not opened",
      titleFr: "Pas ouvert",
      openedAt: null,
      closesAt: new Date(Date.now() + 86_400_000),
    });
    expect(
      await remindSurveyNonAnswerers(database.db, coordinator.actor, draftSurvey, {
        publicUrl: "http://localhost:3000",
        ip: null,
      }),
    ).toEqual({ ok: false, errors: ["notOpen"] });
    const results = (await getSurveyResults(database.db, "en", draftSurvey, { q: "" }))!;
    expect(results.survey.opened).toBe(false);
    expect(results.questions).toEqual([]);
    expect(results.rates.totals.submitted).toBe(0);
  });
});

describe("survey CSV exports", () => {
  it("wide: one row per submitted response, one column per question, EN headers, formula-safe", async () => {
    const file = (await exportSurveyWideCsv(database.db, survey.surveyId, "en"))!;
    const rows = parseCsv(file.csv);
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual([
      "Organization",
      "Stakeholder category",
      "Province or territory",
      "Language",
      "Submitted by",
      "Submitted at (UTC)",
    ]);
    expect(header).toContain("Partners involved — other (please specify)");
    expect(header).toContain("Alignment with the Compact — Objective 16");
    expect(header).toContain("Alignment with the Compact — Objective 16 — comment");
    expect(
      header.filter((h) => h.startsWith("Alignment with the Compact — Objective")),
    ).toHaveLength(46);
    expect(rows).toHaveLength(3); // header + 2 submitted responses; the draft is left out
    const data = records(rows);
    const ontario = data.find((r) => r.Organization === "Government of Ontario")!;
    expect(ontario["Lead ministry"]).toBe('\'=HYPERLINK("http://evil")');
    expect(ontario["Partners involved"]).toBe("Municipalities; Civil society");
    expect(ontario["Partners involved — other (please specify)"]).toBe("School boards");
    expect(ontario["Is there a provincial strategy?"]).toBe("Yes");
    expect(ontario["Overall consistency"]).toBe("4");
    expect(ontario["Newcomers served in 2021"]).toBe("12500.5");
    expect(ontario["Strategy adopted on"]).toBe("2019-06-01");
    expect(ontario["Alignment with the Compact — Objective 16"]).toBe("Fully aligned");
    expect(ontario["Alignment with the Compact — Objective 16 — comment"]).toBe(
      "Settlement services open to all newcomers.",
    );
    expect(ontario["Alignment with the Compact — Objective 7"]).toBe("Partly aligned");
    expect(ontario["Province or territory"]).toBe("Ontario");
    expect(ontario["Stakeholder category"]).toBe("Province or territory");
    const quebec = data.find((r) => r.Organization === "Gouvernement du Québec")!;
    expect(quebec["Is there a provincial strategy?"]).toBe("No");
    expect(quebec["Alignment with the Compact — Objective 7"]).toBe("");
  });

  it("wide with French headers and labels", async () => {
    const file = (await exportSurveyWideCsv(database.db, survey.surveyId, "fr"))!;
    const data = records(parseCsv(file.csv));
    const ontario = data.find((r) => r.Organisation === "Gouvernement de l'Ontario")!;
    expect(Object.keys(ontario).slice(0, 3)).toEqual([
      "Organisation",
      "Catégorie d'intervenants",
      "Province ou territoire",
    ]);
    expect(ontario["Ministère responsable"]).toBe('\'=HYPERLINK("http://evil")');
    expect(ontario["Partenaires associés"]).toBe("Municipalités; Société civile");
    expect(ontario["Partenaires associés — autre (veuillez préciser)"]).toBe("School boards");
    expect(ontario["Existe-t-il une stratégie provinciale?"]).toBe("Oui");
    expect(ontario["Alignement sur le Pacte — Objectif 16"]).toBe("Entièrement aligné");
    expect(ontario["Alignement sur le Pacte — Objectif 16 — commentaire"]).toBe(
      "Settlement services open to all newcomers.",
    );
  });

  it("long: one row per answer with organization, question, objective, value, comment, who and when", async () => {
    const en = records(
      parseCsv((await exportSurveyLongCsv(database.db, survey.surveyId, "en"))!.csv),
    );
    // Ontario 10 answers, Québec 6; the draft's answer is left out
    expect(en).toHaveLength(16);
    expect(Object.keys(en[0]!)).toEqual([
      "Organization",
      "Stakeholder category",
      "Province or territory",
      "Question",
      "Objective",
      "Answer",
      "Other (please specify)",
      "Comment",
      "Answered by",
      "Answered at (UTC)",
    ]);
    const comment = en.find(
      (r) => r.Organization === "Gouvernement du Québec" && r.Objective?.startsWith("16. "),
    )!;
    expect(comment).toMatchObject({
      Question: "Alignment with the Compact",
      Answer: "Partly aligned",
      Comment: "Francisation offerte gratuitement.",
      "Answered by": "results-qc",
    });
    expect(comment["Answered at (UTC)"]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const formula = en.find((r) => r.Question === "Lead ministry")!;
    expect(formula.Answer).toBe('\'=HYPERLINK("http://evil")');
    const other = en.find(
      (r) => r.Question === "Partners involved" && r.Organization === "Government of Ontario",
    )!;
    expect(other["Other (please specify)"]).toBe("School boards");

    const fr = records(
      parseCsv((await exportSurveyLongCsv(database.db, survey.surveyId, "fr"))!.csv),
    );
    expect(Object.keys(fr[0]!)).toEqual([
      "Organisation",
      "Catégorie d'intervenants",
      "Province ou territoire",
      "Question",
      "Objectif",
      "Réponse",
      "Autre (veuillez préciser)",
      "Commentaire",
      "Répondu par",
      "Répondu le (UTC)",
    ]);
    expect(
      fr.find(
        (r) =>
          r.Question === "Existe-t-il une stratégie provinciale?" &&
          r.Organisation === "Gouvernement du Québec",
      )?.Réponse,
    ).toBe("Non");
  });

  it("is null for a survey that does not exist", async () => {
    expect(await exportSurveyWideCsv(database.db, 999_999, "en")).toBeNull();
    expect(await exportSurveyLongCsv(database.db, 999_999, "en")).toBeNull();
    expect(await getSurveyResults(database.db, "en", 999_999, { q: "" })).toBeNull();
  });
});
