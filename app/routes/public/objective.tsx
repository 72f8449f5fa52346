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

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { number } = parseParams(ParamsSchema, params);
  const objective = await getObjectivePage(context.db, locale, number);
  if (!objective) notFound();
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
      <h2>{t("objective.publishedPractices", { count: objective.practices.length })}</h2>
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
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
