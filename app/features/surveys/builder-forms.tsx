import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { TextField } from "~/components/forms";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import {
  CONDITION_KINDS,
  OPTION_KINDS,
  QUESTION_KINDS,
  allQuestions,
  text,
  type QuestionView,
  type SectionView,
} from "./survey-logic";

/** What the last refused change typed, so the form it came from shows it again. */
export interface Typed {
  target: string | null;
  payload: Record<string, string>;
  fields: Record<string, string[]>;
}

export function useTyped(typed: Typed) {
  return (target: string, name: string, fallback: string) =>
    typed.target === target && name in typed.payload ? typed.payload[name]! : fallback;
}

/** A one-button form: move, delete, open. */
export function ActionButton({
  version,
  intent,
  fields,
  label,
  secondary = true,
}: {
  version: number;
  intent: string;
  fields: Record<string, string | number>;
  label: string;
  secondary?: boolean;
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="version" value={version} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        name="intent"
        value={intent}
        className={secondary ? "button button--secondary" : "button"}
      >
        {label}
      </button>
    </Form>
  );
}

export function BilingualFields({
  target,
  names,
  labels,
  typed,
  values,
  long = false,
}: {
  target: string;
  names: [string, string];
  labels: [string, string];
  typed: Typed;
  values: [string, string];
  long?: boolean;
}) {
  const value = useTyped(typed);
  return (
    <>
      {names.map((name, index) => {
        const id = `${target}-${name}`;
        const lang = index === 0 ? "en" : "fr";
        if (long)
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{labels[index]}</label>
              <textarea
                id={id}
                name={name}
                lang={lang}
                rows={2}
                defaultValue={value(target, name, values[index]!)}
              />
            </div>
          );
        return (
          <TextField
            key={name}
            id={id}
            name={name}
            lang={lang}
            label={labels[index]!}
            defaultValue={value(target, name, values[index]!)}
            errors={typed.target === target ? typed.fields[name] : undefined}
          />
        );
      })}
    </>
  );
}

function Select({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function KindSelect({ id, value }: { id: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      name="kind"
      label={t("surveys.field.kind")}
      value={value}
      options={QUESTION_KINDS.map((kind) => ({
        value: kind,
        label: t(`surveys.kind.${kind}` as MessageKey),
      }))}
    />
  );
}

/** The edit form of one question, with its options and its condition. */
export function QuestionEditor({
  question,
  sections,
  version,
  typed,
  children,
}: {
  question: QuestionView;
  sections: SectionView[];
  version: number;
  typed: Typed;
  children?: ReactNode;
}) {
  const { t, locale } = useTranslation();
  const target = `q${question.id}`;
  const value = useTyped(typed);
  const id = (name: string) => `${target}-${name}`;
  const questions = allQuestions(sections);
  const earlier = questions.slice(
    0,
    questions.findIndex((q) => q.id === question.id),
  );
  const conditionChoices = earlier
    .filter((q) => CONDITION_KINDS.includes(q.kind))
    .flatMap((q) =>
      (q.kind === "yes-no"
        ? [
            { key: "yes", label: t("surveys.respond.yes") },
            { key: "no", label: t("surveys.respond.no") },
          ]
        : q.options.map((o) => ({ key: o.key, label: text(locale, o, "label") }))
      ).map((choice) => ({
        value: `${q.id}:${choice.key}`,
        label: t("surveys.builder.conditionChoice", {
          question: text(locale, q, "prompt"),
          answer: choice.label,
        }),
      })),
    );
  const condition =
    question.conditionQuestionId !== null
      ? `${question.conditionQuestionId}:${question.conditionValue}`
      : "";
  const checkbox = (name: "required" | "allowOther" | "rowComments", checked: boolean) => (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id(name)}
        name={name}
        defaultChecked={typed.target === target ? typed.payload[name] === "on" : checked}
      />
      <label htmlFor={id(name)}>{t(`surveys.field.${name}`)}</label>
    </div>
  );
  const s = question.settings;
  return (
    <Form method="post" noValidate aria-label={t("surveys.builder.editQuestion")}>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="questionId" value={question.id} />
      <KindSelect id={id("kind")} value={value(target, "kind", question.kind)} />
      <BilingualFields
        target={target}
        names={["promptEn", "promptFr"]}
        labels={[t("surveys.field.promptEn"), t("surveys.field.promptFr")]}
        typed={typed}
        values={[question.promptEn, question.promptFr]}
      />
      <BilingualFields
        target={target}
        names={["helpEn", "helpFr"]}
        labels={[t("surveys.field.helpEn"), t("surveys.field.helpFr")]}
        typed={typed}
        values={[question.helpEn, question.helpFr]}
        long
      />
      {checkbox("required", question.required)}
      {question.kind === "number" ? (
        <>
          <TextField
            id={id("min")}
            name="min"
            inputMode="decimal"
            label={t("surveys.field.min")}
            defaultValue={value(target, "min", s.min?.toString() ?? "")}
            errors={typed.target === target ? typed.fields.min : undefined}
          />
          <TextField
            id={id("max")}
            name="max"
            inputMode="decimal"
            label={t("surveys.field.max")}
            defaultValue={value(target, "max", s.max?.toString() ?? "")}
            errors={typed.target === target ? typed.fields.max : undefined}
          />
        </>
      ) : null}
      {question.kind === "scale" ? (
        <>
          <BilingualFields
            target={target}
            names={["lowLabelEn", "lowLabelFr"]}
            labels={[t("surveys.field.lowLabelEn"), t("surveys.field.lowLabelFr")]}
            typed={typed}
            values={[s.lowLabelEn ?? "", s.lowLabelFr ?? ""]}
          />
          <BilingualFields
            target={target}
            names={["highLabelEn", "highLabelFr"]}
            labels={[t("surveys.field.highLabelEn"), t("surveys.field.highLabelFr")]}
            typed={typed}
            values={[s.highLabelEn ?? "", s.highLabelFr ?? ""]}
          />
        </>
      ) : null}
      {question.kind === "multiple-choice" ? checkbox("allowOther", s.allowOther === true) : null}
      {question.kind === "objective-matrix"
        ? checkbox("rowComments", s.rowComments === true)
        : null}
      {OPTION_KINDS.includes(question.kind) ? (
        <fieldset className="fieldset">
          <legend>
            {question.kind === "objective-matrix"
              ? t("surveys.builder.columns")
              : t("surveys.builder.options")}
          </legend>
          {question.options.map((option) => (
            <div key={option.id} className="option-row">
              <TextField
                id={`option-${option.id}-en`}
                name={`option-${option.id}-en`}
                lang="en"
                label={t("surveys.field.optionEn", { key: option.key })}
                defaultValue={value(target, `option-${option.id}-en`, option.labelEn)}
              />
              <TextField
                id={`option-${option.id}-fr`}
                name={`option-${option.id}-fr`}
                lang="fr"
                label={t("surveys.field.optionFr", { key: option.key })}
                defaultValue={value(target, `option-${option.id}-fr`, option.labelFr)}
              />
            </div>
          ))}
          <TextField
            id={id("newOptionEn")}
            name="newOptionEn"
            lang="en"
            label={t("surveys.field.newOptionEn")}
            defaultValue={value(target, "newOptionEn", "")}
          />
          <TextField
            id={id("newOptionFr")}
            name="newOptionFr"
            lang="fr"
            label={t("surveys.field.newOptionFr")}
            defaultValue={value(target, "newOptionFr", "")}
          />
        </fieldset>
      ) : null}
      {conditionChoices.length > 0 ? (
        <Select
          id={id("condition")}
          name="condition"
          label={t("surveys.field.condition")}
          value={value(target, "condition", condition)}
          options={[{ value: "", label: t("surveys.builder.always") }, ...conditionChoices]}
        />
      ) : null}
      {children}
      <div className="actions">
        <button type="submit" name="intent" value="updateQuestion" className="button">
          {t("surveys.builder.saveQuestion")}
        </button>
      </div>
    </Form>
  );
}
