import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { getMyInputsPage } from "~/features/contributions/my-inputs.server";
import { getCitedSectionsByReference } from "~/features/review/publication.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const page = await getMyInputsPage(context.db, signedIn, locale);
  const cited = await getCitedSectionsByReference(
    context.db,
    page.inputs.map((input) => input.reference),
  );
  return { locale, ...page, cited };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("contributions.myInputs.title"));

export default function MyInputs() {
  const { inputs, openCalls, cited } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("contributions.myInputs.title")}</h1>
      <p className="lead">{t("contributions.myInputs.intro")}</p>
      <h2>{t("contributions.myInputs.openCalls")}</h2>
      {openCalls.length === 0 ? <p>{t("contributions.myInputs.noOpenCalls")}</p> : null}
      <ul>
        {openCalls.map((call) => (
          <li key={call.slug}>
            {call.title}:{" "}
            <Link to={`/${locale}/consultations/${call.slug}/practices/new`}>
              {t("contributions.action.start")}
            </Link>
          </li>
        ))}
      </ul>
      {inputs.length === 0 ? (
        <p>{t("contributions.myInputs.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("contributions.myInputs.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("contributions.myInputs.reference")}</th>
                <th scope="col">{t("contributions.myInputs.titleColumn")}</th>
                <th scope="col">{t("contributions.status")}</th>
                <th scope="col">{t("contributions.myInputs.consultation")}</th>
                <th scope="col">{t("contributions.myInputs.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {inputs.map((input) => (
                <tr key={input.reference}>
                  <td>
                    <Link to={`/${locale}/my/inputs/${input.reference}`}>{input.reference}</Link>
                  </td>
                  <th scope="row" lang={input.language !== locale ? input.language : undefined}>
                    {input.title}
                  </th>
                  <td>
                    {t(`contributions.status.${input.status}` as MessageKey)}
                    {(cited[input.reference] ?? []).map((place) => (
                      <span key={`${place.slug}-${place.number}`}>
                        <br />
                        <Link to={`/${locale}/reviews/${place.slug}#section-${place.number}`}>
                          {t("reviewPublication.myInputs.citedIn", { number: place.number })}
                        </Link>
                      </span>
                    ))}
                  </td>
                  <td>{input.consultation}</td>
                  <td>
                    {t("contributions.lastEditor", {
                      name: input.lastEditorName ?? "—",
                      date: formatDate(locale, input.updatedAt),
                    })}
                  </td>
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
