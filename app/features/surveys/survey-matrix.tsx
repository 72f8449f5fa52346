import type { Locale } from "~/i18n/locale";
import { translator, type MessageKey } from "~/i18n/translate";
import {
  LIMITS,
  fieldName,
  text,
  type FormValues,
  type ObjectiveRow,
  type QuestionView,
} from "./survey-logic";
import { Label, valueOf, type QuestionProblem } from "./survey-question-parts";

/** The 23 objectives as rows, the question's scale as columns, an optional comment per row. */
export function ObjectiveMatrix({
  question,
  objectives,
  values,
  contentLocale,
  problems,
  readOnly,
}: {
  question: QuestionView;
  objectives: ObjectiveRow[];
  values: FormValues;
  contentLocale: Locale;
  problems: QuestionProblem[];
  readOnly: boolean;
}) {
  const t = translator(contentLocale);
  const id = fieldName.value(question.id);
  const common = { disabled: readOnly };
  return (
    <div
      className={`field${problems.length ? " field--error" : ""}`}
      id={id}
      role="group"
      aria-labelledby={`${id}-caption`}
    >
      {text(contentLocale, question, "help") ? (
        <p className="field__hint" lang={contentLocale}>
          {text(contentLocale, question, "help")}
        </p>
      ) : null}
      {problems.length ? (
        <p className="field__error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {[...new Set(problems.map((p) => t(p.code as MessageKey)))].join(" ")}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table survey-matrix">
          <caption id={`${id}-caption`}>
            <Label question={question} contentLocale={contentLocale} />
          </caption>
          <thead>
            <tr>
              <th scope="col" lang={contentLocale}>
                {t("surveys.respond.objective")}
              </th>
              {question.options.map((option) => (
                <th scope="col" key={option.key} lang={contentLocale}>
                  {text(contentLocale, option, "label")}
                </th>
              ))}
              {question.settings.rowComments ? (
                <th scope="col" lang={contentLocale}>
                  {t("surveys.respond.rowComment")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {objectives.map((objective) => {
              const rowName = fieldName.row(question.id, objective.id);
              const commentName = fieldName.comment(question.id, objective.id);
              const title = `${objective.number}. ${text(contentLocale, objective, "title")}`;
              return (
                <tr key={objective.id} id={rowName}>
                  <th scope="row" lang={contentLocale}>
                    {title}
                  </th>
                  {question.options.map((option) => (
                    <td key={option.key}>
                      <input
                        type="radio"
                        name={rowName}
                        value={option.key}
                        aria-label={t("surveys.respond.matrixCell", {
                          objective: title,
                          option: text(contentLocale, option, "label"),
                        })}
                        defaultChecked={valueOf(values, rowName) === option.key}
                        {...common}
                      />
                    </td>
                  ))}
                  {question.settings.rowComments ? (
                    <td>
                      <input
                        type="text"
                        id={commentName}
                        name={commentName}
                        maxLength={LIMITS.comment}
                        aria-label={t("surveys.respond.rowCommentFor", { objective: title })}
                        defaultValue={valueOf(values, commentName)}
                        {...common}
                      />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
