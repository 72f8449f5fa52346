import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ConsultationSummary } from "~/features/consultations/consultation-summary";
import { listConsultationsForHome } from "~/features/consultations/public-consultations.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/utils/meta";
import { requireLocale } from "~/utils/http.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  return { locale, ...(await listConsultationsForHome(context.db, locale)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("home.title"));

export default function Home() {
  const { open, past } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <p>
        <Link to={`/${locale}/objectives`}>{t("home.browseObjectives")}</Link>
      </p>
      <h2>{t("home.openConsultations")}</h2>
      {open.length === 0 ? <p>{t("home.noOpenConsultations")}</p> : null}
      <ul className="card-list">
        {open.map((consultation) => (
          <li key={consultation.slug}>
            <ConsultationSummary consultation={consultation} headingLevel={3} />
          </li>
        ))}
      </ul>
      <h2>{t("home.pastConsultations")}</h2>
      {past.length === 0 ? <p>{t("home.noPastConsultations")}</p> : null}
      <ul className="card-list">
        {past.map((consultation) => (
          <li key={consultation.slug}>
            <ConsultationSummary consultation={consultation} headingLevel={3} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
