import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { text, type FormValues, type QuestionView } from "./survey-logic";

export interface QuestionProblem {
  questionId: number;
  fieldId: string;
  code: string;
}

export const valueOf = (values: FormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
};
export const listOf = (values: FormValues, name: string) => {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export function Label({
  question,
  contentLocale,
}: {
  question: QuestionView;
  contentLocale: Locale;
}) {
  const t = translator(contentLocale);
  return (
    <>
      <span lang={contentLocale}>{text(contentLocale, question, "prompt")}</span>{" "}
      <span className="field__required" lang={contentLocale}>
        {question.required ? t("surveys.respond.required") : t("surveys.respond.optional")}
      </span>
    </>
  );
}
