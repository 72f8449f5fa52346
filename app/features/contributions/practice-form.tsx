import { Form } from "@remix-run/react";
import { ErrorSummary, TextField, useErrorText, type SummaryError } from "~/components/forms";
import type { Locale } from "~/i18n/locale";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { GROUPS_SERVED } from "../../../seeds/data/types";

export interface FrameworkChoices {
  objectives: Array<{ number: number; title: string }>;
  principles: Array<{ key: string; title: string }>;
  clusters: Array<{ key: string; title: string }>;
}

/** The values a form shows: what the person typed last, or what is saved. */
export interface PracticeFormValues {
  language?: string;
  title?: string;
  summary?: string;
  description?: string;
  objectives?: string[];
  principles?: string[];
  thematicCluster?: string;
  partners?: string;
  scope?: string;
  regions?: string;
  periodStart?: string;
  periodEnd?: string;
  fundingAmount?: string;
  fundingCurrency?: string;
  fundingSource?: string;
  groupsServed?: string[];
  genderConsiderations?: string;
  resultsAndEvidence?: string;
  lessonsLearned?: string;
  links?: string;
  consent?: string;
}

export const FIELD_IDS: Record<string, string> = {
  title: "practice-title",
  summary: "practice-summary",
  description: "practice-description",
  objectives: "objective-1",
  scope: "scope-national",
  consent: "consent-attributed",
  periodStart: "practice-period-start",
  periodEnd: "practice-period-end",
  fundingAmount: "practice-funding-amount",
  links: "practice-links",
  language: "language-en",
  attachments: "practice-attachments",
};

function TextArea({
  id,
  name,
  label,
  hint,
  value,
  errors,
  rows = 4,
  maxLength,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string;
  errors?: string[];
  rows?: number;
  maxLength?: number;
}) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {errors.map(errorText).join(" ")}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={value ?? ""}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
      />
    </div>
  );
}

function Choices({
  legend,
  name,
  type,
  options,
  selected,
  errors,
  hint,
  idPrefix,
}: {
  legend: string;
  name: string;
  type: "checkbox" | "radio";
  options: Array<{ value: string; label: string; lang?: Locale }>;
  selected: string[];
  errors?: string[];
  hint?: string;
  idPrefix: string;
}) {
  const errorText = useErrorText();
  return (
    <fieldset
      className={`fieldset field${errors?.length ? " field--error" : ""}`}
      aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {errors?.length ? (
        <p className="field__error" id={`${idPrefix}-error`}>
          {errors.map(errorText).join(" ")}
        </p>
      ) : null}
      {options.map((option) => (
        <div className="checkbox" key={option.value}>
          <input
            type={type}
            id={`${idPrefix}-${option.value}`}
            name={name}
            value={option.value}
            defaultChecked={selected.includes(option.value)}
          />
          <label htmlFor={`${idPrefix}-${option.value}`} lang={option.lang}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The practice form: native controls that work without JavaScript, every error summarised at
 * the top and linked to its field, and what was typed always kept.
 */
export function PracticeForm({
  choices,
  values,
  errors,
  submitKey,
  version,
  canSubmit,
  submitLabel,
}: {
  choices: FrameworkChoices;
  values: PracticeFormValues;
  errors: Record<string, string[] | null | undefined>;
  submitKey: string;
  version?: number;
  canSubmit: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const errorsOf = (name: string) => errors[name] ?? undefined;
  const summary: SummaryError[] = Object.entries(errors).flatMap(([name, messages]) =>
    (messages ?? []).map((message) => ({
      fieldId: name === "" ? null : (FIELD_IDS[name] ?? `practice-${name}`),
      message,
    })),
  );
  const v = values;
  return (
    <>
      <ErrorSummary errors={summary} />
      <aside className="notice" aria-labelledby="privacy-notice-title">
        <h2 id="privacy-notice-title">{t("contributions.privacy.title")}</h2>
        <p>{t("contributions.privacy.body")}</p>
      </aside>
      <Form method="post" encType="multipart/form-data" noValidate data-keep-typed>
        <input type="hidden" name="submitKey" value={submitKey} />
        {version ? <input type="hidden" name="version" value={version} /> : null}
        <Choices
          legend={t("contributions.field.language")}
          name="language"
          type="radio"
          idPrefix="language"
          selected={[v.language ?? ""]}
          errors={errorsOf("language")}
          options={[
            { value: "en", label: "English", lang: "en" },
            { value: "fr", label: "Français", lang: "fr" },
          ]}
        />
        <TextField
          id="practice-title"
          name="title"
          label={t("contributions.field.title")}
          defaultValue={v.title}
          maxLength={200}
          errors={errorsOf("title")}
        />
        <TextArea
          id="practice-summary"
          name="summary"
          label={t("contributions.field.summary")}
          hint={t("contributions.hint.summary")}
          value={v.summary}
          errors={errorsOf("summary")}
          rows={3}
        />
        <TextArea
          id="practice-description"
          name="description"
          label={t("contributions.field.description")}
          value={v.description}
          errors={errorsOf("description")}
          rows={8}
        />
        <Choices
          legend={t("contributions.field.objectives")}
          hint={t("contributions.hint.objectives")}
          name="objectives"
          type="checkbox"
          idPrefix="objective"
          selected={v.objectives ?? []}
          errors={errorsOf("objectives")}
          options={choices.objectives.map((o) => ({
            value: String(o.number),
            label: `${o.number}. ${o.title}`,
          }))}
        />
        <Choices
          legend={t("contributions.field.principles")}
          name="principles"
          type="checkbox"
          idPrefix="principle"
          selected={v.principles ?? []}
          errors={errorsOf("principles")}
          options={choices.principles.map((p) => ({ value: p.key, label: p.title }))}
        />
        <div className="field">
          <label htmlFor="practice-cluster">{t("contributions.field.cluster")}</label>
          <select
            id="practice-cluster"
            name="thematicCluster"
            defaultValue={v.thematicCluster ?? ""}
          >
            <option value="">{t("contributions.field.none")}</option>
            {choices.clusters.map((c) => (
              <option key={c.key} value={c.key}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          id="practice-partners"
          name="partners"
          label={t("contributions.field.partners")}
          hint={t("contributions.hint.onePerLine")}
          value={v.partners}
          errors={errorsOf("partners")}
          rows={3}
        />
        <Choices
          legend={t("contributions.field.scope")}
          name="scope"
          type="radio"
          idPrefix="scope"
          selected={[v.scope ?? ""]}
          errors={errorsOf("scope")}
          options={(["national", "provincial", "municipal", "international"] as const).map((s) => ({
            value: s,
            label: t(`practice.scope.${s}`),
          }))}
        />
        <TextArea
          id="practice-regions"
          name="regions"
          label={t("contributions.field.regions")}
          hint={t("contributions.hint.onePerLine")}
          value={v.regions}
          errors={errorsOf("regions")}
          rows={2}
        />
        <TextField
          id="practice-period-start"
          name="periodStart"
          label={t("contributions.field.periodStart")}
          hint={t("contributions.hint.period")}
          defaultValue={v.periodStart}
          errors={errorsOf("periodStart")}
          inputMode="numeric"
        />
        <TextField
          id="practice-period-end"
          name="periodEnd"
          label={t("contributions.field.periodEnd")}
          hint={t("contributions.hint.period")}
          defaultValue={v.periodEnd}
          errors={errorsOf("periodEnd")}
          inputMode="numeric"
        />
        <TextField
          id="practice-funding-amount"
          name="fundingAmount"
          label={t("contributions.field.fundingAmount")}
          defaultValue={v.fundingAmount}
          errors={errorsOf("fundingAmount")}
          inputMode="decimal"
        />
        <div className="field">
          <label htmlFor="practice-funding-currency">
            {t("contributions.field.fundingCurrency")}
          </label>
          <select
            id="practice-funding-currency"
            name="fundingCurrency"
            defaultValue={v.fundingCurrency ?? "CAD"}
          >
            {["CAD", "USD", "EUR"].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="practice-funding-source"
          name="fundingSource"
          label={t("contributions.field.fundingSource")}
          defaultValue={v.fundingSource}
          errors={errorsOf("fundingSource")}
        />
        <Choices
          legend={t("contributions.field.groupsServed")}
          name="groupsServed"
          type="checkbox"
          idPrefix="group"
          selected={v.groupsServed ?? []}
          errors={errorsOf("groupsServed")}
          options={GROUPS_SERVED.map((g) => ({ value: g, label: t(`group.${g}` as MessageKey) }))}
        />
        <TextArea
          id="practice-gender"
          name="genderConsiderations"
          label={t("contributions.field.gender")}
          value={v.genderConsiderations}
          errors={errorsOf("genderConsiderations")}
        />
        <TextArea
          id="practice-results"
          name="resultsAndEvidence"
          label={t("contributions.field.results")}
          value={v.resultsAndEvidence}
          errors={errorsOf("resultsAndEvidence")}
        />
        <TextArea
          id="practice-lessons"
          name="lessonsLearned"
          label={t("contributions.field.lessons")}
          value={v.lessonsLearned}
          errors={errorsOf("lessonsLearned")}
        />
        <TextArea
          id="practice-links"
          name="links"
          label={t("contributions.field.links")}
          hint={t("contributions.hint.links")}
          value={v.links}
          errors={errorsOf("links")}
          rows={3}
        />
        <AttachmentsField errors={errorsOf("attachments")} />
        <Choices
          legend={t("contributions.field.consent")}
          name="consent"
          type="radio"
          idPrefix="consent"
          selected={[v.consent ?? ""]}
          errors={errorsOf("consent")}
          options={(["attributed", "anonymous", "private"] as const).map((c) => ({
            value: c,
            label: t(`contributions.consent.${c}`),
          }))}
        />
        <div className="actions">
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("contributions.action.saveDraft")}
          </button>
          {canSubmit ? (
            <button type="submit" name="intent" value="submit" className="button">
              {submitLabel}
            </button>
          ) : null}
        </div>
      </Form>
    </>
  );
}

function AttachmentsField({ errors }: { errors?: string[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor="practice-attachments">{t("contributions.field.attachments")}</label>
      <p className="field__hint" id="practice-attachments-hint">
        {t("contributions.hint.attachments")}
      </p>
      {errors?.length ? (
        <p className="field__error" id="practice-attachments-error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {errors.map(errorText).join(" ")}
        </p>
      ) : null}
      <input
        type="file"
        id="practice-attachments"
        name="attachments"
        multiple
        accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
        aria-describedby={
          errors?.length
            ? "practice-attachments-hint practice-attachments-error"
            : "practice-attachments-hint"
        }
        aria-invalid={errors?.length ? true : undefined}
      />
    </div>
  );
}
