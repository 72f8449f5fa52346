import type { Database } from "../../../db/client";
import {
  findSurveyForResults,
  listSubmittedSurveyAnswers,
  listSurveyResponsesWithOrganizations,
} from "../../../db/queries/survey-results";
import { listFrameworkObjectives } from "../../../db/queries/framework";
import { loadSurveyStructure } from "../../../db/queries/surveys";
import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { toCsv } from "../repository/csv";
import { bilingual } from "../practices/localized-text";
import { plainNumber } from "./results-stats";
import { provinceLabel } from "./results.server";

// The two CSV exports of a survey's submitted responses, headers and labels in one language:
// wide (one row per response, one column per question) and long (one row per answer).

async function load(db: Database, surveyId: number) {
  const survey = await findSurveyForResults(db, surveyId);
  if (!survey) return null;
  const [structure, responses, answers, objectives] = await Promise.all([
    loadSurveyStructure(db, surveyId),
    listSurveyResponsesWithOrganizations(db, surveyId),
    listSubmittedSurveyAnswers(db, surveyId),
    listFrameworkObjectives(db, survey.frameworkId),
  ]);
  return {
    survey,
    structure,
    responses: responses.filter((r) => r.status === "submitted"),
    answers,
    objectives,
  };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;
type Answer = Loaded["answers"][number];
type Question = Loaded["structure"]["questions"][number];

function formatter(loaded: Loaded, language: Locale) {
  const t = translator(language);
  const labels = new Map(
    loaded.structure.options.map((o) => [
      `${o.questionId}:${o.key}`,
      bilingual(o, "label", language),
    ]),
  );
  const label = (questionId: number, key: string) => labels.get(`${questionId}:${key}`) ?? key;
  /** An answer's value as a reader of `language` reads it (no "other" text, no comment). */
  const value = (question: Question, answer: Answer | undefined) => {
    if (!answer) return "";
    switch (question.kind) {
      case "short-text":
      case "long-text":
        return answer.textValue ?? "";
      case "yes-no":
        return (answer.optionKeys ?? [])
          .map((key) =>
            key === "yes" ? t("surveyResults.yes") : key === "no" ? t("surveyResults.no") : key,
          )
          .join("; ");
      case "single-choice":
      case "multiple-choice":
      case "objective-matrix":
        return (answer.optionKeys ?? []).map((key) => label(question.id, key)).join("; ");
      case "scale":
        return answer.numberValue !== null
          ? plainNumber(answer.numberValue)
          : (answer.optionKeys?.[0] ?? "");
      case "number":
        return plainNumber(answer.numberValue);
      case "date":
        return answer.dateValue ?? "";
    }
  };
  return { t, value };
}

function organizationColumns(response: Loaded["responses"][number], language: Locale) {
  return [
    bilingual(
      { nameEn: response.organizationNameEn, nameFr: response.organizationNameFr },
      "name",
      language,
    ),
    bilingual(
      { nameEn: response.categoryNameEn, nameFr: response.categoryNameFr },
      "name",
      language,
    ),
    provinceLabel(language)(response.jurisdiction),
  ];
}

/** One row per submitted response, one column per question (per objective for a matrix). */
export async function exportSurveyWideCsv(db: Database, surveyId: number, language: Locale) {
  const loaded = await load(db, surveyId);
  if (!loaded) return null;
  const { t, value } = formatter(loaded, language);
  const header = [
    t("surveyResults.csv.organization"),
    t("surveyResults.csv.category"),
    t("surveyResults.csv.jurisdiction"),
    t("surveyResults.csv.language"),
    t("surveyResults.csv.submittedBy"),
    t("surveyResults.csv.submittedAt"),
  ];
  // Each column: a header and how to read it from a response's answers.
  const columns: Array<{ header: string; cell: (answers: Answer[]) => string }> = [];
  for (const question of loaded.structure.questions) {
    const prompt = bilingual(question, "prompt", language);
    const of = (answers: Answer[], objectiveId: number | null = null) =>
      answers.find((a) => a.questionId === question.id && a.objectiveId === objectiveId);
    if (question.kind === "objective-matrix") {
      for (const objective of loaded.objectives) {
        const objectiveHeader = t("surveyResults.csv.objectiveColumn", {
          prompt,
          number: objective.number,
        });
        columns.push({
          header: objectiveHeader,
          cell: (answers) => value(question, of(answers, objective.id)),
        });
        if (question.settings.rowComments)
          columns.push({
            header: t("surveyResults.csv.commentColumn", { column: objectiveHeader }),
            cell: (answers) => of(answers, objective.id)?.comment ?? "",
          });
      }
      continue;
    }
    columns.push({ header: prompt, cell: (answers) => value(question, of(answers)) });
    if (question.kind === "multiple-choice" && question.settings.allowOther)
      columns.push({
        header: t("surveyResults.csv.otherColumn", { prompt }),
        cell: (answers) => of(answers)?.otherText ?? "",
      });
  }
  const rows = loaded.responses.map((response) => {
    const answers = loaded.answers.filter((a) => a.responseId === response.id);
    return [
      ...organizationColumns(response, language),
      response.language.toUpperCase(),
      response.submittedByName ?? "",
      response.submittedAt?.toISOString() ?? "",
      ...columns.map((column) => column.cell(answers)),
    ];
  });
  return {
    csv: toCsv([[...header, ...columns.map((c) => c.header)], ...rows]),
    filename: `survey-${surveyId}-results-${language}.csv`,
  };
}

/** One row per answer (per objective row of a matrix). */
export async function exportSurveyLongCsv(db: Database, surveyId: number, language: Locale) {
  const loaded = await load(db, surveyId);
  if (!loaded) return null;
  const { t, value } = formatter(loaded, language);
  const questions = new Map(loaded.structure.questions.map((q, index) => [q.id, { q, index }]));
  const objectives = new Map(loaded.objectives.map((o) => [o.id, o]));
  const responses = new Map(loaded.responses.map((r) => [r.id, r]));
  const header = [
    t("surveyResults.csv.organization"),
    t("surveyResults.csv.category"),
    t("surveyResults.csv.jurisdiction"),
    t("surveyResults.csv.question"),
    t("surveyResults.csv.objective"),
    t("surveyResults.csv.value"),
    t("surveyResults.csv.other"),
    t("surveyResults.csv.comment"),
    t("surveyResults.csv.answeredBy"),
    t("surveyResults.csv.answeredAt"),
  ];
  const ordered = loaded.answers
    .filter((a) => responses.has(a.responseId) && questions.has(a.questionId))
    .sort(
      (a, b) =>
        a.responseId - b.responseId ||
        questions.get(a.questionId)!.index - questions.get(b.questionId)!.index ||
        (objectives.get(a.objectiveId ?? -1)?.number ?? 0) -
          (objectives.get(b.objectiveId ?? -1)?.number ?? 0),
    );
  const rows = ordered.map((answer) => {
    const question = questions.get(answer.questionId)!.q;
    const objective = answer.objectiveId ? objectives.get(answer.objectiveId) : undefined;
    return [
      ...organizationColumns(responses.get(answer.responseId)!, language),
      bilingual(question, "prompt", language),
      objective ? `${objective.number}. ${bilingual(objective, "title", language)}` : "",
      value(question, answer),
      answer.otherText ?? "",
      answer.comment ?? "",
      answer.answeredByName ?? "",
      answer.answeredAt.toISOString(),
    ];
  });
  return {
    csv: toCsv([header, ...rows]),
    filename: `survey-${surveyId}-answers-${language}.csv`,
  };
}
