import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { getPublishedPracticePage } from "~/features/practices/published-practices.server";
import { formatDate, formatMoney, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const practice = await getPublishedPracticePage(context.db, locale, reference);
  if (!practice) notFound();
  return { locale, practice };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, data?.practice.text?.title ?? translator("en")("errors.notFound.title"));

export default function PracticePage() {
  const { practice } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const text = practice.text;
  const lang = text && text.lang !== locale ? text.lang : undefined;
  const period = [practice.periodStart, practice.periodEnd].filter(Boolean).join(" – ");
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/consultations/${practice.consultation.slug}`}>
          {practice.consultation.title}
        </Link>
      </p>
      <h1 lang={lang}>{text?.title ?? practice.reference}</h1>
      {lang ? (
        <p className="notice">
          {t("practice.originalLanguageOnly", { language: t(`language.${lang}`) })}
        </p>
      ) : null}
      {text?.summary ? (
        <p className="lead" lang={lang}>
          {text.summary}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("practice.reference")}</dt>
        <dd>{practice.reference}</dd>
        <dt>{t("practice.leadOrganization")}</dt>
        <dd>{practice.organization ?? t("practice.anonymous")}</dd>
        {practice.partners.length > 0 ? (
          <>
            <dt>{t("practice.partners")}</dt>
            <dd>{practice.partners.join(", ")}</dd>
          </>
        ) : null}
        <dt>{t("practice.scope")}</dt>
        <dd>
          {t(`practice.scope.${practice.scope}`)}
          {practice.regions.length > 0 ? ` (${practice.regions.join(", ")})` : ""}
        </dd>
        {period ? (
          <>
            <dt>{t("practice.period")}</dt>
            <dd>{period}</dd>
          </>
        ) : null}
        {practice.funding ? (
          <>
            <dt>{t("practice.funding")}</dt>
            <dd>
              {formatMoney(locale, practice.funding.amount, practice.funding.currency)}
              {practice.funding.source ? ` (${practice.funding.source})` : ""}
            </dd>
          </>
        ) : null}
        {practice.thematicCluster ? (
          <>
            <dt>{t("practice.thematicCluster")}</dt>
            <dd>{practice.thematicCluster}</dd>
          </>
        ) : null}
        {practice.publishedAt ? (
          <>
            <dt>{t("practice.publishedOn")}</dt>
            <dd>{formatDate(locale, practice.publishedAt)}</dd>
          </>
        ) : null}
      </dl>
      {text?.body ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t("practice.description")}</h2>
          <p lang={lang}>{text.body}</p>
        </section>
      ) : null}
      {text?.resultsAndEvidence ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("practice.results")}</h2>
          <p lang={lang}>{text.resultsAndEvidence}</p>
        </section>
      ) : null}
      <h2>{t("practice.objectives")}</h2>
      <ul>
        {practice.objectives.map((objective) => (
          <li key={objective.number}>
            <Link to={`/${locale}/objectives/${objective.number}`}>
              {t("objective.heading", { number: objective.number, title: objective.title })}
            </Link>
          </li>
        ))}
      </ul>
      {practice.principles.length > 0 ? (
        <>
          <h2>{t("practice.principles")}</h2>
          <ul>
            {practice.principles.map((principle) => (
              <li key={principle.key}>{principle.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("practice.hubExport")}</h2>
      <ul>
        <li>
          <a href={`/${locale}/practices/${practice.reference}/hub.json`} download>
            {t("practice.hubJson")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/practices/${practice.reference}/hub.docx`} download>
            {t("practice.hubDocx")}
          </a>
        </li>
      </ul>
      {practice.groupsServed.length > 0 ? (
        <>
          <h2>{t("practice.groupsServed")}</h2>
          <ul>
            {practice.groupsServed.map((group) => (
              <li key={group}>{t(`group.${group}` as Parameters<typeof t>[0])}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
