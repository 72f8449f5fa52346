import { useState, type ReactNode } from "react";
import type { Locale } from "~/i18n/locale";
import { formatDate, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { ObjectiveMatrix } from "./survey-matrix";
import { Label, listOf, valueOf, type QuestionProblem } from "./survey-question-parts";

export type { QuestionProblem };
import {
  CONDITION_KINDS,
  LIMITS,
  OTHER,
  fieldName,
  text,
  visibleQuestionIds,
  type FormValues,
  type ObjectiveRow,
  type QuestionView,
  type SectionView,
} from "./survey-logic";

interface Props {
  sections: SectionView[];
  objectives: ObjectiveRow[];
  values: FormValues;
  /** the language of the survey's texts (the preview can show the other one) */
  contentLocale: Locale;
  problems?: QuestionProblem[];
  readOnly?: boolean;
  answeredBy?: Record<string, { name: string | null; at: string }>;
}

/**
 * The questions of a survey as a respondent sees them. Without JavaScript, a question whose
 * condition is not met stays hidden until the answers are saved; with it, it appears at once.
 */
export function SurveyQuestions({
  sections,
  objectives,
  values,
  contentLocale,
  problems = [],
  readOnly = false,
  answeredBy = {},
}: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<FormValues>(values);
  const visible = visibleQuestionIds(sections, current);
  const sources = new Set(
    sections
      .flatMap((s) => s.questions)
      .flatMap((q) => (q.conditionQuestionId ? [q.conditionQuestionId] : [])),
  );
  const track = (question: QuestionView, value: string) => {
    if (sources.has(question.id) && CONDITION_KINDS.includes(question.kind))
      setCurrent((previous) => ({ ...previous, [fieldName.value(question.id)]: value }));
  };
  return (
    <>
      {sections.map((section, index) => (
        <section
          key={section.id}
          id={`section-${section.id}`}
          aria-labelledby={`section-${section.id}-title`}
          className="survey-section"
        >
          <h2 id={`section-${section.id}-title`} lang={contentLocale}>
            {t("surveys.respond.sectionHeading", {
              number: index + 1,
              title: text(contentLocale, section, "title"),
            })}
          </h2>
          {text(contentLocale, section, "description") ? (
            <p lang={contentLocale}>{text(contentLocale, section, "description")}</p>
          ) : null}
          {section.questions.map((question) => (
            <div
              key={question.id}
              hidden={!visible.has(question.id)}
              className="survey-question"
              data-testid={`question-${question.id}`}
            >
              <QuestionInput
                question={question}
                objectives={objectives}
                values={values}
                contentLocale={contentLocale}
                problems={problems.filter((p) => p.questionId === question.id)}
                readOnly={readOnly}
                onChoice={(value) => track(question, value)}
              />
              {answeredBy[String(question.id)] ? (
                <p className="field__hint">
                  {t("surveys.respond.answeredBy", {
                    name: answeredBy[String(question.id)]!.name ?? "—",
                    date: formatDate(contentLocale, answeredBy[String(question.id)]!.at),
                  })}
                </p>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function Wrapper({
  question,
  contentLocale,
  problems,
  group,
  children,
}: {
  question: QuestionView;
  contentLocale: Locale;
  problems: QuestionProblem[];
  group: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldName.value(question.id);
  const help = text(contentLocale, question, "help");
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = problems.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const className = `field${problems.length ? " field--error" : ""}`;
  const details = (
    <>
      {help ? (
        <p className="field__hint" id={hintId} lang={contentLocale}>
          {help}
        </p>
      ) : null}
      {problems.length ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {problems.map((p) => t(p.code as MessageKey)).join(" ")}
        </p>
      ) : null}
    </>
  );
  if (group)
    return (
      <fieldset className={`fieldset ${className}`} id={id} aria-describedby={describedBy}>
        <legend>
          <Label question={question} contentLocale={contentLocale} />
        </legend>
        {details}
        {children(describedBy, problems.length > 0)}
      </fieldset>
    );
  return (
    <div className={className}>
      <label htmlFor={id}>
        <Label question={question} contentLocale={contentLocale} />
      </label>
      {details}
      {children(describedBy, problems.length > 0)}
    </div>
  );
}

function QuestionInput({
  question,
  objectives,
  values,
  contentLocale,
  problems,
  readOnly,
  onChoice,
}: {
  question: QuestionView;
  objectives: ObjectiveRow[];
  values: FormValues;
  contentLocale: Locale;
  problems: QuestionProblem[];
  readOnly: boolean;
  onChoice: (value: string) => void;
}) {
  // Labels that belong to the survey (yes/no, "other", the matrix headers) follow its language.
  const t = translator(contentLocale);
  const id = fieldName.value(question.id);
  const value = valueOf(values, id);
  const common = { disabled: readOnly };
  switch (question.kind) {
    case "short-text":
    case "long-text":
    case "number":
    case "date":
      return (
        <Wrapper
          question={question}
          contentLocale={contentLocale}
          problems={problems}
          group={false}
        >
          {(describedBy, invalid) =>
            question.kind === "long-text" ? (
              <textarea
                id={id}
                name={id}
                rows={6}
                maxLength={LIMITS.long}
                defaultValue={value}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                {...common}
              />
            ) : (
              <>
                {question.kind === "number" &&
                (question.settings.min !== undefined || question.settings.max !== undefined) ? (
                  <p className="field__hint">
                    {t("surveys.respond.numberRange", {
                      min: question.settings.min ?? "—",
                      max: question.settings.max ?? "—",
                    })}
                  </p>
                ) : null}
                <input
                  id={id}
                  name={id}
                  type={question.kind === "date" ? "date" : "text"}
                  inputMode={question.kind === "number" ? "decimal" : undefined}
                  maxLength={question.kind === "short-text" ? LIMITS.short : undefined}
                  defaultValue={value}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  {...common}
                />
              </>
            )
          }
        </Wrapper>
      );
    case "single-choice":
    case "yes-no":
    case "scale": {
      const choices =
        question.kind === "yes-no"
          ? [
              { key: "yes", label: t("surveys.respond.yes") },
              { key: "no", label: t("surveys.respond.no") },
            ]
          : question.kind === "scale"
            ? [1, 2, 3, 4, 5].map((n) => ({
                key: String(n),
                label:
                  n === 1 && text(contentLocale, question.settings, "lowLabel")
                    ? `1 – ${text(contentLocale, question.settings, "lowLabel")}`
                    : n === 5 && text(contentLocale, question.settings, "highLabel")
                      ? `5 – ${text(contentLocale, question.settings, "highLabel")}`
                      : String(n),
              }))
            : question.options.map((o) => ({ key: o.key, label: text(contentLocale, o, "label") }));
      return (
        <Wrapper question={question} contentLocale={contentLocale} problems={problems} group>
          {() =>
            choices.map((choice) => (
              <div className="checkbox" key={choice.key}>
                <input
                  type="radio"
                  id={`${id}-${choice.key}`}
                  name={id}
                  value={choice.key}
                  defaultChecked={value === choice.key}
                  onChange={() => onChoice(choice.key)}
                  {...common}
                />
                <label htmlFor={`${id}-${choice.key}`} lang={contentLocale}>
                  {choice.label}
                </label>
              </div>
            ))
          }
        </Wrapper>
      );
    }
    case "multiple-choice": {
      const chosen = listOf(values, id);
      const otherId = fieldName.other(question.id);
      return (
        <Wrapper question={question} contentLocale={contentLocale} problems={problems} group>
          {() => (
            <>
              {question.options.map((option) => (
                <div className="checkbox" key={option.key}>
                  <input
                    type="checkbox"
                    id={`${id}-${option.key}`}
                    name={id}
                    value={option.key}
                    defaultChecked={chosen.includes(option.key)}
                    {...common}
                  />
                  <label htmlFor={`${id}-${option.key}`} lang={contentLocale}>
                    {text(contentLocale, option, "label")}
                  </label>
                </div>
              ))}
              {question.settings.allowOther ? (
                <>
                  <div className="checkbox">
                    <input
                      type="checkbox"
                      id={`${id}-other-choice`}
                      name={id}
                      value={OTHER}
                      defaultChecked={chosen.includes(OTHER)}
                      {...common}
                    />
                    <label htmlFor={`${id}-other-choice`} lang={contentLocale}>
                      {t("surveys.respond.other")}
                    </label>
                  </div>
                  <label htmlFor={otherId} lang={contentLocale}>
                    {t("surveys.respond.otherSpecify")}
                  </label>
                  <input
                    id={otherId}
                    name={otherId}
                    type="text"
                    maxLength={LIMITS.other}
                    defaultValue={valueOf(values, otherId)}
                    {...common}
                  />
                </>
              ) : null}
            </>
          )}
        </Wrapper>
      );
    }
    case "objective-matrix":
      return (
        <ObjectiveMatrix
          question={question}
          objectives={objectives}
          values={values}
          contentLocale={contentLocale}
          problems={problems}
          readOnly={readOnly}
        />
      );
  }
}
