import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { RepositoryFilters } from "../../../db/queries/repository";

export interface FilterOptions {
  objectives: Array<{ value: string; number: number; title: string }>;
  principles: Array<{ value: string; title: string }>;
  categories: Array<{ value: string; title: string }>;
  provinces: string[];
  years: number[];
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)}>
        <option value="">{t("repository.filter.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A GET form: the filters live in the URL, so a result list can be bookmarked and shared,
 * and the page works without JavaScript.
 */
export function PracticeFiltersForm({
  filters,
  options,
}: {
  filters: RepositoryFilters;
  options: FilterOptions;
}) {
  const { t, locale } = useTranslation();
  return (
    // The key resets the uncontrolled fields when the URL's filters change (back button, "clear").
    <Form method="get" key={JSON.stringify(filters)} aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t("repository.filtersLegend")}
      </h2>
      <div className="field">
        <label htmlFor="filter-q">{t("repository.searchLabel")}</label>
        <p className="field__hint" id="filter-q-hint">
          {t("repository.searchHint")}
        </p>
        <input
          id="filter-q"
          name="q"
          type="search"
          maxLength={200}
          defaultValue={filters.q ?? ""}
          aria-describedby="filter-q-hint"
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t("repository.filtersLegend")}</legend>
        <Select
          name="objective"
          label={t("repository.filter.objective")}
          value={filters.objective}
          options={options.objectives.map((o) => ({
            value: o.value,
            label: t("repository.objectiveOption", { number: o.number, title: o.title }),
          }))}
        />
        <Select
          name="principle"
          label={t("repository.filter.principle")}
          value={filters.principle}
          options={options.principles.map((p) => ({ value: p.value, label: p.title }))}
        />
        <Select
          name="category"
          label={t("repository.filter.category")}
          value={filters.category}
          options={options.categories.map((c) => ({ value: c.value, label: c.title }))}
        />
        <Select
          name="province"
          label={t("repository.filter.province")}
          value={filters.province}
          options={options.provinces.map((code) => ({
            value: code,
            label: t(`repository.province.${code}` as MessageKey),
          }))}
        />
        <Select
          name="year"
          label={t("repository.filter.year")}
          value={filters.year}
          options={options.years.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <Select
          name="language"
          label={t("repository.filter.language")}
          value={filters.language}
          options={(["en", "fr"] as const).map((language) => ({
            value: language,
            label: t(`language.${language}`),
          }))}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          {t("repository.apply")}
        </button>
        <Link to={`/${locale}/practices`} className="button button--secondary">
          {t("repository.clear")}
        </Link>
      </div>
    </Form>
  );
}
