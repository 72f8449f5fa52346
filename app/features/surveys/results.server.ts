import type { Database } from "../../../db/client";
import { listInviteeProgress } from "../../../db/queries/consultations-admin";
import {
  findSurveyForResults,
  listOrganizationsForResults,
  listSubmittedSurveyAnswers,
  listSurveyResponsesWithOrganizations,
} from "../../../db/queries/survey-results";
import { listFrameworkObjectives } from "../../../db/queries/framework";
import { loadSurveyStructure } from "../../../db/queries/surveys";
import type { Locale } from "~/i18n/locale";
import { catalogs, translator, type MessageKey } from "~/i18n/translate";
import { can, type Actor } from "../accounts/permissions";
import { JURISDICTIONS } from "../consultations/invitee-csv";
import { remindSurveyNonRespondents } from "../consultations/reminders.server";
import { bilingual } from "../practices/localized-text";
import {
  choiceBars,
  dateSummary,
  matrixTotals,
  numberSummary,
  responseRates,
  textMatches,
  type Bar,
  type RateOrganization,
  type StatsAnswer,
} from "./results-stats";
import type { QuestionKind } from "./survey-logic";

export function provinceLabel(locale: Locale) {
  const t = translator(locale);
  return (code: string) => {
    const key = `consultations.province.${code}`;
    return key in catalogs[locale] ? t(key as MessageKey) : code;
  };
}

export function provinceOrder(code: string) {
  const index = (JURISDICTIONS as readonly string[]).indexOf(code);
  return index === -1 ? JURISDICTIONS.length : index;
}

interface FreeText {
  organization: string;
  text: string;
  lang: Locale;
}

export type QuestionResult = {
  id: number;
  prompt: string;
  section: string;
  kind: QuestionKind;
} & (
  | { type: "choice"; respondents: number; bars: Bar[]; others: FreeText[]; otherTotal: number }
  | {
      type: "number";
      respondents: number;
      min: number | null;
      max: number | null;
      mean: number | null;
      median: number | null;
    }
  | { type: "date"; respondents: number; earliest: string | null; latest: string | null }
  | { type: "text"; respondents: number; texts: FreeText[] }
  | {
      type: "matrix";
      respondents: number;
      columns: Array<{ key: string; label: string; position: number }>;
      objectives: Array<{ id: number; number: number; title: string }>;
      /** one row per submitted response: its organization, then one cell per objective */
      rows: Array<{
        organization: string;
        cells: Array<{ key: string; label: string; position: number } | null>;
      }>;
      totals: Array<{ objectiveId: number; answered: number; counts: number[] }>;
      comments: Array<FreeText & { objectiveNumber: number }>;
      commentTotal: number;
    }
);

/** Everything the results page shows; null when the survey does not exist. */
export async function getSurveyResults(
  db: Database,
  locale: Locale,
  surveyId: number,
  options: { q: string },
) {
  const survey = await findSurveyForResults(db, surveyId);
  if (!survey) return null;
  const t = translator(locale);
  const [structure, responses, answers, invitees, objectives] = await Promise.all([
    loadSurveyStructure(db, surveyId),
    listSurveyResponsesWithOrganizations(db, surveyId),
    listSubmittedSurveyAnswers(db, surveyId),
    listInviteeProgress(db, survey.consultationId),
    listFrameworkObjectives(db, survey.frameworkId),
  ]);

  // The audience: organizations invited to the consultation (as its uptake counts them), and
  // any other organization that has a response.
  const responseByOrg = new Map(responses.map((r) => [r.organizationId, r]));
  const invitedIds = [...new Set(invitees.map((i) => i.organizationId))];
  const organizations = await listOrganizationsForResults(db, [
    ...new Set([...invitedIds, ...responses.map((r) => r.organizationId)]),
  ]);
  const name = (row: { nameEn: string; nameFr: string }) => bilingual(row, "name", locale);
  const province = provinceLabel(locale);
  const rateOrganizations: Array<RateOrganization & { name: string }> = organizations.map((o) => {
    const response = responseByOrg.get(o.id);
    return {
      id: o.id,
      name: name(o),
      categoryKey: String(o.categoryId),
      categoryLabel: bilingual(o, "categoryName", locale),
      jurisdiction: o.jurisdiction,
      state: !response ? "none" : response.status === "submitted" ? "submitted" : "started",
    };
  });
  const rates = responseRates(rateOrganizations, province, provinceOrder);
  const notAnswered = rateOrganizations
    .filter((o) => o.state !== "submitted")
    .map((o) => ({
      id: o.id,
      name: o.name,
      category: o.categoryLabel,
      jurisdiction: province(o.jurisdiction),
      state: o.state === "started" ? ("started" as const) : ("none" as const),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  const submitted = responses.filter((r) => r.status === "submitted");
  const orgOfResponse = new Map(
    submitted.map((r) => [
      r.id,
      {
        name: bilingual(
          { nameEn: r.organizationNameEn, nameFr: r.organizationNameFr },
          "name",
          locale,
        ),
        lang: r.language as Locale,
      },
    ]),
  );
  const q = options.q.trim();
  const matches = (text: string) => !q || textMatches(text, q);
  const sectionTitle = new Map(
    structure.sections.map((s) => [s.id, bilingual(s, "title", locale)]),
  );

  const questions: QuestionResult[] = structure.questions.map((question) => {
    const own = answers.filter((a) => a.questionId === question.id) as Array<
      StatsAnswer & (typeof answers)[number]
    >;
    const options = structure.options
      .filter((o) => o.questionId === question.id)
      .map((o) => ({ key: o.key, label: bilingual(o, "label", locale), position: o.position }));
    const base = {
      id: question.id,
      prompt: bilingual(question, "prompt", locale),
      section: sectionTitle.get(question.sectionId) ?? "",
      kind: question.kind as QuestionKind,
    };
    const freeText = (pick: (a: (typeof own)[number]) => string | null) => {
      const all = own
        .map((a) => ({ a, text: pick(a)?.trim() ?? "" }))
        .filter(({ text }) => text !== "");
      return {
        total: all.length,
        shown: all
          .filter(({ text }) => matches(text))
          .map(({ a, text }) => ({
            organization: orgOfResponse.get(a.responseId)?.name ?? "",
            lang: orgOfResponse.get(a.responseId)?.lang ?? locale,
            text,
          })),
      };
    };
    switch (question.kind) {
      case "short-text":
      case "long-text": {
        const texts = freeText((a) => a.textValue);
        return { ...base, type: "text", respondents: texts.total, texts: texts.shown };
      }
      case "single-choice":
      case "multiple-choice":
      case "yes-no":
      case "scale": {
        const settings = question.settings;
        const choiceOptions =
          question.kind === "yes-no"
            ? [
                { key: "yes", label: t("surveyResults.yes") },
                { key: "no", label: t("surveyResults.no") },
              ]
            : question.kind === "scale"
              ? [1, 2, 3, 4, 5].map((n) => {
                  const end =
                    n === 1
                      ? bilingual(settings, "lowLabel", locale)
                      : n === 5
                        ? bilingual(settings, "highLabel", locale)
                        : "";
                  return { key: String(n), label: end ? `${n} — ${end}` : String(n) };
                })
              : options;
        const withOther = question.kind === "multiple-choice" && Boolean(settings.allowOther);
        const { respondents, bars } = choiceBars(
          question.kind,
          choiceOptions,
          own,
          withOther ? t("surveyResults.other") : null,
        );
        const others = freeText((a) => a.otherText);
        return {
          ...base,
          type: "choice",
          respondents,
          bars,
          others: others.shown,
          otherTotal: others.total,
        };
      }
      case "number":
        return { ...base, type: "number", ...numberSummary(own) };
      case "date":
        return { ...base, type: "date", ...dateSummary(own) };
      case "objective-matrix": {
        const byKey = new Map(options.map((o) => [o.key, o]));
        const rows = submitted.map((response) => ({
          organization: orgOfResponse.get(response.id)!.name,
          cells: objectives.map((objective) => {
            const answer = own.find(
              (a) => a.responseId === response.id && a.objectiveId === objective.id,
            );
            const key = answer?.optionKeys?.[0];
            return key ? (byKey.get(key) ?? { key, label: key, position: -1 }) : null;
          }),
        }));
        const numberOf = new Map(objectives.map((o) => [o.id, o.number]));
        const comments = freeText((a) => a.comment);
        const commentObjective = own
          .filter((a) => (a.comment?.trim() ?? "") !== "" && matches(a.comment!.trim()))
          .map((a) => numberOf.get(a.objectiveId ?? -1) ?? 0);
        return {
          ...base,
          type: "matrix",
          respondents: new Set(own.map((a) => a.responseId)).size,
          columns: options,
          objectives: objectives.map((o) => ({
            id: o.id,
            number: o.number,
            title: bilingual(o, "title", locale),
          })),
          rows,
          totals: matrixTotals(
            objectives.map((o) => o.id),
            options.map((o) => o.key),
            own,
          ),
          comments: comments.shown
            .map((c, index) => ({ ...c, objectiveNumber: commentObjective[index]! }))
            .sort((a, b) => a.objectiveNumber - b.objectiveNumber),
          commentTotal: comments.total,
        };
      }
    }
  });

  const opened = survey.openedAt !== null;
  return {
    survey: {
      id: survey.id,
      title: bilingual(survey, "title", locale),
      consultationId: survey.consultationId,
      consultationTitle: bilingual(
        { titleEn: survey.consultationTitleEn, titleFr: survey.consultationTitleFr },
        "title",
        locale,
      ),
      opened,
      closesAt: survey.closesAt.toISOString(),
    },
    rates,
    counts: { submitted: submitted.length, drafts: responses.length - submitted.length },
    notAnswered,
    questions,
    q,
  };
}

/**
 * The reminder action: invitees of organizations that have not submitted this survey get the
 * consultation's reminder e-mail (reminders.server.ts), at most once a day; audited.
 */
export async function remindSurveyNonAnswerers(
  db: Database,
  actor: Actor,
  surveyId: number,
  context: { publicUrl: string; ip: string | null },
) {
  if (!can(actor, "manage:consultation"))
    return { ok: false as const, errors: ["forbidden" as const] };
  const survey = await findSurveyForResults(db, surveyId);
  if (!survey) return { ok: false as const, errors: ["notFound" as const] };
  if (!survey.openedAt || survey.closesAt.getTime() <= Date.now())
    return { ok: false as const, errors: ["notOpen" as const] };
  const responses = await listSurveyResponsesWithOrganizations(db, surveyId);
  return remindSurveyNonRespondents(
    db,
    actor,
    {
      id: surveyId,
      consultationId: survey.consultationId,
      answeredOrganizationIds: responses
        .filter((r) => r.status === "submitted")
        .map((r) => r.organizationId),
    },
    context,
  );
}
