import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { getObjectivePage } from "~/features/framework/objectives.server";
import { PracticeCard } from "~/features/practices/practice-card";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({
  number: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number),
});

// ?page=N; anything else is the first page.
export const PageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { number } = parseParams(ParamsSchema, params);
  const page = PageSchema.parse(new URL(request.url).searchParams.get("page") ?? undefined);
  const objective = await getObjectivePage(context.db, locale, number, page);
  if (!objective || (page > 1 && objective.practices.length === 0)) notFound();
  return { locale, objective };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("objective.heading", {
          number: data.objective.number,
          title: data.objective.title,
        })
      : translator("en")("errors.notFound.title"),
  );

export default function ObjectivePage() {
  const { objective } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/objectives`}>{t("objectives.title")}</Link>
      </p>
      <h1>{t("objective.heading", { number: objective.number, title: objective.title })}</h1>
      {objective.commentCalls.map((call) => (
        <p key={call.slug}>
          <Link
            to={`/${locale}/consultations/${call.slug}/objectives/${objective.number}/comments/new`}
          >
            {t("objective.comment", { consultation: call.title })}
          </Link>
        </p>
      ))}
      <h2>{t("objective.publishedPractices", { count: objective.totalPractices })}</h2>
      {objective.practices.length === 0 ? <p>{t("objective.noPractices")}</p> : null}
      <p>
        <Link to={`/${locale}/practices?objective=${objective.number}`}>
          {t("objective.searchPractices")}
        </Link>
      </p>
      <ul className="card-list">
        {objective.practices.map((practice) => (
          <li key={practice.reference}>
            <PracticeCard practice={practice} headingLevel={3} />
          </li>
        ))}
      </ul>
      {objective.pageCount > 1 ? (
        <nav aria-label={t("repository.pagination.label")} className="actions">
          {objective.page > 1 ? (
            <Link
              to={`/${locale}/objectives/${objective.number}?page=${objective.page - 1}`}
              rel="prev"
            >
              {t("repository.pagination.previous")}
            </Link>
          ) : null}
          {objective.page < objective.pageCount ? (
            <Link
              to={`/${locale}/objectives/${objective.number}?page=${objective.page + 1}`}
              rel="next"
            >
              {t("repository.pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
