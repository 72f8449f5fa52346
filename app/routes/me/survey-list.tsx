import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { text } from "~/features/surveys/survey-logic";
import { listMySurveys } from "~/features/surveys/survey-responses.server";
import { formatDate, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const surveys = await listMySurveys(context.db, signedIn);
  return {
    locale,
    surveys: surveys.map((s) => ({ ...s, closesAt: s.closesAt.toISOString() })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("surveys.mine.title"));

export default function MySurveys() {
  const { surveys } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("surveys.mine.title")}</h1>
      <p className="lead">{t("surveys.mine.intro")}</p>
      {surveys.length === 0 ? (
        <p>{t("surveys.mine.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("surveys.mine.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("surveys.mine.survey")}</th>
                <th scope="col">{t("surveys.respond.status")}</th>
                <th scope="col">{t("surveys.respond.closes")}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id}>
                  <th scope="row">
                    <Link to={`/${locale}/surveys/${survey.id}`}>
                      {text(locale, survey, "title")}
                    </Link>
                  </th>
                  <td>{t(`surveys.status.${survey.status ?? "none"}` as MessageKey)}</td>
                  <td>{formatDate(locale, survey.closesAt)}</td>
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
