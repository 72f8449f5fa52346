import { randomBytes } from "node:crypto";
import { openDatabase } from "../../db/client";
import { addMembership, findUserIdByEmail, insertUser } from "../../db/queries/accounts";
import {
  insertOrganization,
  listStakeholderCategories,
} from "../../db/queries/consultations-admin";
import { syncSurveyAnswerInputs } from "../../db/queries/survey-answer-inputs";
import { putSurveyAnswer, putSurveyResponse } from "../../db/queries/survey-results";
import { findOrganizationBySlug } from "../../db/queries/accounts";
import { buildSurvey } from "../db/survey-fixtures";
import { POSTGRES_URL } from "../setup/test-database";

/**
 * The e2e server's own database (tests/setup/e2e-server.ts names it after the port). The
 * survey builder and response pages are another piece of work, so this spec writes its survey
 * and responses straight into that database through the app's query functions.
 */
function e2eDatabaseUrl() {
  const base = POSTGRES_URL;
  const port = Number(process.env.E2E_PORT ?? 3100);
  const url = new URL(base);
  url.pathname = `/${port === 3100 ? "roundtable_e2e" : `roundtable_e2e_${port}`}`;
  return url.toString();
}

/**
 * A survey of the demo's open consultation, every question kind, with two submitted responses
 * (Yukon in English, Nova Scotia in French: organizations of its own, so no other spec's counts
 * move) and Ontario's draft; the submitted written answers made into inputs.
 */
export async function prepareSurveyResults() {
  const handle = await openDatabase({ url: e2eDatabaseUrl(), max: 2 });
  try {
    const db = handle.db;
    const tag = randomBytes(3).toString("hex");
    const province = (await listStakeholderCategories(db)).find(
      (c) => c.key === "province-territory",
    )!.id;
    const person = async (email: string, organizationId: number, language: "en" | "fr") => {
      const id = await insertUser(db, {
        email,
        name: email.split("@")[0]!,
        preferredLanguage: language,
        passwordHash: null,
      });
      await addMembership(db, id, organizationId);
      return id;
    };
    const yukon = await insertOrganization(db, {
      slug: `e2e-yukon-${tag}`,
      name: `Government of Yukon ${tag}`,
      stakeholderCategoryId: province,
      jurisdiction: "YT",
    });
    const novaScotia = await insertOrganization(db, {
      slug: `e2e-nova-scotia-${tag}`,
      name: `Nouvelle-Écosse ${tag}`,
      stakeholderCategoryId: province,
      jurisdiction: "NS",
    });
    const yukonUser = await person(`yukon-${tag}@example.org`, yukon, "en");
    const nsUser = await person(`ns-${tag}@example.org`, novaScotia, "fr");
    const title = `Consistency ${tag}`;
    const survey = await buildSurvey(db, null, title);
    const q = survey.q;

    const yt = await putSurveyResponse(db, {
      surveyId: survey.surveyId,
      organizationId: yukon,
      language: "en",
      status: "submitted",
      userId: yukonUser,
    });
    const answer = (values: Parameters<typeof putSurveyAnswer>[1]) => putSurveyAnswer(db, values);
    const by = yukonUser;
    await answer({ responseId: yt, questionId: q.shortText, textValue: "=1+2", answeredBy: by });
    await answer({
      responseId: yt,
      questionId: q.longText,
      textValue: "Whitehorse settlement hub for newcomers working in mining communities.",
      answeredBy: by,
    });
    await answer({
      responseId: yt,
      questionId: q.single,
      optionKeys: ["integration"],
      answeredBy: by,
    });
    await answer({
      responseId: yt,
      questionId: q.multiple,
      optionKeys: ["municipal"],
      otherText: "First Nations governments",
      answeredBy: by,
    });
    await answer({ responseId: yt, questionId: q.yesNo, optionKeys: ["yes"], answeredBy: by });
    await answer({ responseId: yt, questionId: q.scale, numberValue: "4", answeredBy: by });
    await answer({ responseId: yt, questionId: q.number, numberValue: "320", answeredBy: by });
    await answer({ responseId: yt, questionId: q.date, dateValue: "2020-04-01", answeredBy: by });
    await answer({
      responseId: yt,
      questionId: q.matrix,
      objectiveId: survey.objectiveId(16),
      optionKeys: ["fully"],
      comment: "Territorial settlement services are open to every newcomer.",
      answeredBy: by,
    });
    await answer({
      responseId: yt,
      questionId: q.matrix,
      objectiveId: survey.objectiveId(7),
      optionKeys: ["partly"],
      answeredBy: by,
    });

    const ns = await putSurveyResponse(db, {
      surveyId: survey.surveyId,
      organizationId: novaScotia,
      language: "fr",
      status: "submitted",
      userId: nsUser,
    });
    await answer({
      responseId: ns,
      questionId: q.single,
      optionKeys: ["protection"],
      answeredBy: nsUser,
    });
    await answer({ responseId: ns, questionId: q.yesNo, optionKeys: ["no"], answeredBy: nsUser });
    await answer({
      responseId: ns,
      questionId: q.longText,
      textValue: "Programme d'accueil francophone à Halifax.",
      answeredBy: nsUser,
    });
    await answer({
      responseId: ns,
      questionId: q.matrix,
      objectiveId: survey.objectiveId(16),
      optionKeys: ["partly"],
      answeredBy: nsUser,
    });

    const ontario = (await findOrganizationBySlug(db, "ontario"))!.id;
    const provinceUser = await findUserIdByEmail(db, "province@demo.roundtable.localhost");
    await putSurveyResponse(db, {
      surveyId: survey.surveyId,
      organizationId: ontario,
      language: "en",
      status: "draft",
      userId: provinceUser,
    });

    await db.transaction(async (tx) => {
      await syncSurveyAnswerInputs(tx, yt, yukonUser);
      await syncSurveyAnswerInputs(tx, ns, nsUser);
    });
    return { surveyId: survey.surveyId, title, tag };
  } finally {
    await handle.close();
  }
}
