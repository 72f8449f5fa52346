import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { getCoverage } from "~/features/review/coverage.server";
import { requireReviewReader } from "~/features/review/guard.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ consultationId: z.coerce.number().int().positive() });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ParamsSchema, params);
  await requireReviewReader(request, context.db, locale);
  const coverage = await getCoverage(context.db, consultationId);
  if (!coverage) notFound();
  return { locale, coverage };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("review.coverage.title"));

export default function ReviewCoverage() {
  const { coverage } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const title = (row: { titleEn: string; titleFr: string }) =>
    locale === "fr" ? row.titleFr : row.titleEn;
  const n = (value: number) => formatNumber(locale, value);
  const base = `/${locale}/staff/reviews/${coverage.consultation.id}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>{t("review.nav.overview")}</Link>
      </p>
      <h1>{t("review.coverage.title")}</h1>
      <p>{title(coverage.consultation)}</p>
      <p>{t("review.coverage.intro")}</p>
      <p data-testid="coverage-summary">
        {t("review.coverage.summary", {
          cited: n(coverage.citedTotal),
          gaps: n(coverage.gaps.length),
        })}
      </p>
      <table className="coverage-matrix">
        <caption>{t("review.coverage.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("review.coverage.objective")}</th>
            <th scope="col">{t("review.coverage.received")}</th>
            <th scope="col">{t("review.coverage.accepted")}</th>
            <th scope="col">{t("review.coverage.cited")}</th>
            <th scope="col">{t("review.coverage.state")}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.objectives.map((row) => (
            <tr
              key={row.number}
              data-objective={row.number}
              className={row.gap ? "coverage-gap" : undefined}
            >
              <th scope="row">
                {row.number}. {title(row)}
              </th>
              <td>{n(row.received)}</td>
              <td>{n(row.accepted)}</td>
              <td>{n(row.cited)}</td>
              <td>
                {row.gap ? (
                  <strong>
                    <span aria-hidden="true">⚠ </span>
                    {t("review.coverage.gap")}
                  </strong>
                ) : (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {t("review.coverage.covered")}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t("review.coverage.principlesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("review.coverage.principle")}</th>
            <th scope="col">{t("review.coverage.citedInputs")}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.principles.map((row) => (
            <tr key={row.key}>
              <th scope="row">{title(row)}</th>
              <td>{n(row.cited)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t("review.coverage.categoriesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("review.coverage.category")}</th>
            <th scope="col">{t("review.coverage.citedInputs")}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.categories.map((row) => (
            <tr key={row.key}>
              <th scope="row">{locale === "fr" ? row.nameFr : row.nameEn}</th>
              <td>{n(row.cited)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
