import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { getSuggestionAcceptance } from "~/features/triage/tags.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

/** For admins: how often staff accept each objective the suggester proposes. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "read:audit");
  return { locale, rows: await getSuggestionAcceptance(context.db, locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("triage.rates.title"));

export default function SuggestionRates() {
  const { rows } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/admin`}>{t("triage.rates.back")}</Link>
      </p>
      <h1>{t("triage.rates.title")}</h1>
      <p className="lead">{t("triage.rates.intro")}</p>
      {rows.length === 0 ? (
        <p>{t("triage.rates.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("triage.rates.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("triage.rates.objective")}</th>
                <th scope="col">{t("triage.rates.accepted")}</th>
                <th scope="col">{t("triage.rates.dismissed")}</th>
                <th scope="col">{t("triage.rates.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row">
                    {row.number}. {row.title}
                  </th>
                  <td>{row.accepted}</td>
                  <td>{row.dismissed}</td>
                  <td>{row.rate === null ? "—" : t("triage.dup.percent", { value: row.rate })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
