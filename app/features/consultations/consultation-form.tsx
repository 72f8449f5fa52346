import { Form, Link } from "@remix-run/react";
import { Field, TextField, useErrorText, type SummaryError } from "~/components/forms";
import { useTranslation } from "~/i18n/use-translation";
import { COMPONENT_KINDS, CONSULTATION_TYPES } from "./consultations.schema";

export interface ConsultationFormValues {
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  type: string;
  coversFrom: string;
  coversTo: string;
  opensAt: string;
  closesAt: string;
  audiencePublic: boolean;
  organizationIds: number[];
  categoryIds: number[];
  groupIds: number[];
  components: string[];
}

export interface ConsultationFormChoices {
  organizations: Array<{ id: number; name: string }>;
  categories: Array<{ id: number; name: string }>;
  groups: Array<{ id: number; name: string }>;
}

export const EMPTY_CONSULTATION: ConsultationFormValues = {
  titleEn: "",
  titleFr: "",
  descriptionEn: "",
  descriptionFr: "",
  type: "",
  coversFrom: "",
  coversTo: "",
  opensAt: "",
  closesAt: "",
  audiencePublic: false,
  organizationIds: [],
  categoryIds: [],
  groupIds: [],
  components: ["call-for-practices"],
};

/** What was typed, from a refused submission's payload, so nothing is lost. */
export function valuesFromPayload(payload: Record<string, unknown>): ConsultationFormValues {
  const text = (name: string) =>
    typeof payload[name] === "string" ? (payload[name] as string) : "";
  const list = (name: string) => {
    const value = payload[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
      (item): item is string => typeof item === "string",
    );
  };
  const ids = (name: string) => list(name).map(Number).filter(Number.isInteger);
  return {
    titleEn: text("titleEn"),
    titleFr: text("titleFr"),
    descriptionEn: text("descriptionEn"),
    descriptionFr: text("descriptionFr"),
    type: text("type"),
    coversFrom: text("coversFrom"),
    coversTo: text("coversTo"),
    opensAt: text("opensAt"),
    closesAt: text("closesAt"),
    audiencePublic: payload.audiencePublic === "on",
    organizationIds: ids("organizationIds"),
    categoryIds: ids("categoryIds"),
    groupIds: ids("groupIds"),
    components: list("components"),
  };
}

/** Where each field's error links to in the error summary. */
export const CONSULTATION_FIELD_IDS: Record<string, string> = {
  titleEn: "titleEn",
  titleFr: "titleFr",
  descriptionEn: "descriptionEn",
  descriptionFr: "descriptionFr",
  type: "type",
  coversFrom: "coversFrom",
  coversTo: "coversTo",
  opensAt: "opensAt",
  closesAt: "closesAt",
  organizationIds: "organizationIds",
  components: `component-${COMPONENT_KINDS[0]}`,
};

function Checkboxes({
  legend,
  name,
  options,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  options: Array<{ value: string; label: string }>;
  checked: string[];
  errors?: string[];
}) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="fieldset" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {errors?.length ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {errors.map(errorText).join(" ")}
        </p>
      ) : null}
      {options.map((option) => {
        const id = `${name === "components" ? "component" : name}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The consultation's fields, for creating one and for editing it. */
export function ConsultationForm({
  values,
  choices,
  errors,
  submitLabel,
  intent,
  cancelTo,
}: {
  values: ConsultationFormValues;
  choices: ConsultationFormChoices;
  errors: SummaryError[];
  submitLabel: string;
  intent?: string;
  cancelTo?: string;
}) {
  const { t } = useTranslation();
  const errorsOf = (name: string) =>
    errors.filter((error) => error.fieldId === CONSULTATION_FIELD_IDS[name]).map((e) => e.message);
  const text = (name: keyof ConsultationFormValues, label: string, type = "text") => (
    <TextField
      id={name}
      name={name}
      type={type}
      label={label}
      defaultValue={String(values[name])}
      errors={errorsOf(name)}
      required
      hint={type === "datetime-local" ? t("consultations.form.datesHint") : undefined}
    />
  );
  const textarea = (name: "descriptionEn" | "descriptionFr", label: string) => (
    <Field id={name} label={label} errors={errorsOf(name)}>
      {(describedBy, invalid) => (
        <textarea
          id={name}
          name={name}
          rows={5}
          defaultValue={values[name]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required
        />
      )}
    </Field>
  );
  return (
    <Form method="post" noValidate>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {text("titleEn", t("consultations.form.titleEn"))}
      {text("titleFr", t("consultations.form.titleFr"))}
      {textarea("descriptionEn", t("consultations.form.descriptionEn"))}
      {textarea("descriptionFr", t("consultations.form.descriptionFr"))}
      <Field id="type" label={t("consultations.form.type")} errors={errorsOf("type")}>
        {(describedBy, invalid) => (
          <select
            id="type"
            name="type"
            defaultValue={values.type}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">{t("consultations.form.typeOption")}</option>
            {CONSULTATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`consultations.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="fieldset">
        <legend>{t("consultations.form.periodLegend")}</legend>
        {text("coversFrom", t("consultations.form.coversFrom"), "date")}
        {text("coversTo", t("consultations.form.coversTo"), "date")}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("consultations.form.datesLegend")}</legend>
        {text("opensAt", t("consultations.form.opensAt"), "datetime-local")}
        {text("closesAt", t("consultations.form.closesAt"), "datetime-local")}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("consultations.form.audienceLegend")}</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id="audiencePublic"
            name="audiencePublic"
            defaultChecked={values.audiencePublic}
          />
          <label htmlFor="audiencePublic">{t("consultations.form.audiencePublic")}</label>
        </div>
        <Field
          id="organizationIds"
          label={t("consultations.form.organizations")}
          hint={t("consultations.form.organizationsHint")}
          errors={errorsOf("organizationIds")}
        >
          {(describedBy, invalid) => (
            <select
              id="organizationIds"
              name="organizationIds"
              multiple
              size={6}
              defaultValue={values.organizationIds.map(String)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              {choices.organizations.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkboxes
          legend={t("consultations.form.categoriesLegend")}
          name="categoryIds"
          options={choices.categories.map((c) => ({ value: String(c.id), label: c.name }))}
          checked={values.categoryIds.map(String)}
        />
        {choices.groups.length > 0 ? (
          <Checkboxes
            legend={t("consultations.form.groupsLegend")}
            name="groupIds"
            options={choices.groups.map((g) => ({ value: String(g.id), label: g.name }))}
            checked={values.groupIds.map(String)}
          />
        ) : null}
      </fieldset>
      <Checkboxes
        legend={t("consultations.form.componentsLegend")}
        name="components"
        options={COMPONENT_KINDS.map((kind) => ({
          value: kind,
          label: t(`consultations.component.${kind}`),
        }))}
        checked={values.components}
        errors={errorsOf("components")}
      />
      <p className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {cancelTo ? <Link to={cancelTo}>{t("consultations.staff.title")}</Link> : null}
      </p>
    </Form>
  );
}
