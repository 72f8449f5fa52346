import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PracticeCard } from "~/features/practices/practice-card";
import { filtersQuery, parsePracticeFilters } from "~/features/repository/practice-filters.schema";
import { PracticeFiltersForm } from "~/features/repository/practice-filters-form";
import { searchPracticeRepository } from "~/features/repository/repository.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { page, ...filters } = parsePracticeFilters(new URL(request.url));
  const repository = await searchPracticeRepository(context.db, locale, { ...filters, page });
  return { locale, filters, ...repository };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("repository.title"));

export default function PracticesPage() {
  const { filters, total, page, pageCount, practices, options } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const query = filtersQuery(filters);
  const count =
    total === 0
      ? t("repository.results.none")
      : total === 1
        ? t("repository.results.one")
        : t("repository.results.other", { count: formatNumber(locale, total) });
  const licence = t("repository.licence.name");
  const [before, after] = t("repository.openData.text").split("{licence}");
  return (
    <>
      <h1>{t("repository.title")}</h1>
      <p className="lead">{t("repository.intro")}</p>
      <PracticeFiltersForm filters={filters} options={options} />

      <div aria-live="polite" aria-atomic="true">
        <h2 id="results-heading">{count}</h2>
        {pageCount > 1 ? <p>{t("repository.results.page", { page, pageCount })}</p> : null}
      </div>
      {total === 0 ? <p>{t("repository.empty")}</p> : null}
      {practices.length > 0 ? (
        <ul className="card-list" aria-labelledby="results-heading">
          {practices.map((practice) => (
            <li key={practice.reference}>
              <PracticeCard practice={practice} headingLevel={3} />
            </li>
          ))}
        </ul>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label={t("repository.pagination.label")} className="actions">
          {page > 1 ? (
            <Link to={`/${locale}/practices${filtersQuery(filters, page - 1)}`} rel="prev">
              {t("repository.pagination.previous")}
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link to={`/${locale}/practices${filtersQuery(filters, page + 1)}`} rel="next">
              {t("repository.pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="open-data-heading">
        <h2 id="open-data-heading">{t("repository.openData.heading")}</h2>
        <p>
          {before}
          <a href={t("repository.licence.url")}>{licence}</a>
          {after}
        </p>
        <ul>
          <li>
            <a href={`/${locale}/practices/open-data.csv${query}`} download>
              {t("repository.openData.csv")}
            </a>
          </li>
          <li>
            <a href={`/${locale}/practices/open-data.json${query}`} download>
              {t("repository.openData.json")}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
