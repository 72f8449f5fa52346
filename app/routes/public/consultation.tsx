import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { getConsultationPage } from "~/features/consultations/public-consultations.server";
import { PracticeCard } from "~/features/practices/practice-card";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const consultation = await getConsultationPage(context.db, locale, slug);
  if (!consultation) notFound();
  return { locale, consultation };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, data?.consultation.title ?? translator("en")("errors.notFound.title"));

export default function ConsultationPage() {
  const { consultation } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{consultation.title}</h1>
      <p className="lead">{consultation.description}</p>
      <dl className="facts">
        <dt>{t("consultation.status")}</dt>
        <dd>{t(`consultation.status.${consultation.status}`)}</dd>
        <dt>{t("consultation.covers")}</dt>
        <dd>
          {t("consultation.dateRange", {
            from: formatDate(locale, consultation.coversFrom),
            to: formatDate(locale, consultation.coversTo),
          })}
        </dd>
        <dt>{t("consultation.window")}</dt>
        <dd>
          {t("consultation.dateRange", {
            from: formatDate(locale, consultation.opensAt),
            to: formatDate(locale, consultation.closesAt),
          })}
        </dd>
      </dl>
      <h2>{t("consultation.publishedPractices")}</h2>
      {consultation.practices.length === 0 ? <p>{t("consultation.noPractices")}</p> : null}
      <ul className="card-list">
        {consultation.practices.map((practice) => (
          <li key={practice.reference}>
            <PracticeCard practice={practice} headingLevel={3} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/${locale}/objectives`}>{t("home.browseObjectives")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
