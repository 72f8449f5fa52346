import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { listObjectiveSummaries } from "~/features/framework/objectives.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  return { locale, ...(await listObjectiveSummaries(context.db, locale)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("objectives.title"));

export default function ObjectivesIndex() {
  const { objectives, frameworkName } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("objectives.title")}</h1>
      <p className="lead">{t("objectives.intro", { framework: frameworkName })}</p>
      <table className="data-table">
        <caption>{t("objectives.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("objectives.number")}</th>
            <th scope="col">{t("objectives.objective")}</th>
            <th scope="col" className="numeric">
              {t("objectives.publishedPractices")}
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((objective) => (
            <tr key={objective.number}>
              <td>{objective.number}</td>
              <th scope="row">
                <Link to={`/${locale}/objectives/${objective.number}`}>{objective.title}</Link>
              </th>
              <td className="numeric">{formatNumber(locale, objective.publishedPractices)}</td>
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
