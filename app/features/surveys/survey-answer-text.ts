// A response as plain text lines (print view and Word copy share it).
import type { Locale } from "~/i18n/locale";
import { formatDate, translator } from "~/i18n/translate";
import {
  OTHER,
  fieldName,
  text,
  visibleQuestionIds,
  type FormValues,
  type ObjectiveRow,
  type SectionView,
} from "./survey-logic";

const one = (values: FormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
};

export function describeAnswers(
  sections: SectionView[],
  objectives: ObjectiveRow[],
  values: FormValues,
  locale: Locale,
) {
  const t = translator(locale);
  const visible = visibleQuestionIds(sections, values);
  return sections.map((section) => ({
    title: text(locale, section, "title"),
    answers: section.questions
      .filter((q) => visible.has(q.id))
      .map((question) => {
        const name = fieldName.value(question.id);
        const label = (key: string) => {
          const option = question.options.find((o) => o.key === key);
          return option ? text(locale, option, "label") : key;
        };
        let lines: string[] = [];
        const value = one(values, name);
        switch (question.kind) {
          case "multiple-choice": {
            const chosen = values[name];
            const list = chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen];
            lines = list.map((key) =>
              key === OTHER
                ? t("surveys.respond.matrixCell", {
                    objective: t("surveys.respond.other"),
                    option: one(values, fieldName.other(question.id)),
                  })
                : label(key),
            );
            break;
          }
          case "single-choice":
            lines = value ? [label(value)] : [];
            break;
          case "yes-no":
            lines = value
              ? [t(value === "yes" ? "surveys.respond.yes" : "surveys.respond.no")]
              : [];
            break;
          case "date":
            lines = value ? [formatDate(locale, `${value}T12:00:00Z`)] : [];
            break;
          case "objective-matrix":
            lines = objectives.flatMap((objective) => {
              const cell = one(values, fieldName.row(question.id, objective.id));
              const comment = one(values, fieldName.comment(question.id, objective.id));
              if (!cell && !comment) return [];
              return [
                `${t("surveys.respond.matrixCell", {
                  objective: `${objective.number}. ${text(locale, objective, "title")}`,
                  option: cell ? label(cell) : "—",
                })}${comment ? ` — ${comment}` : ""}`,
              ];
            });
            break;
          default:
            lines = value ? [value] : [];
        }
        return { question: text(locale, question, "prompt"), lines };
      }),
  }));
}
