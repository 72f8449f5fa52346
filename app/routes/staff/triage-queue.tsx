import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { getQueuePage, readQueueFilters } from "~/features/triage/queue.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "decide:input");
  const url = new URL(request.url);
  const filters = readQueueFilters(url);
  return {
    locale,
    filters,
    search: url.search,
    ...(await getQueuePage(context.db, locale, filters)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("triage.title"));

export default function TriageQueue() {
  const { filters, inputs, facets, nextBefore, search } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const nextParams = new URLSearchParams(search);
  if (nextBefore) nextParams.set("before", String(nextBefore));
  const backToQueue = encodeURIComponent(search);
  return (
    <>
      <h1>{t("triage.title")}</h1>
      <p className="lead">{t("triage.intro")}</p>
      <Form method="get" className="filters">
        <fieldset className="fieldset">
          <legend>{t("triage.filters")}</legend>
          <div className="field">
            <label htmlFor="filter-status">{t("triage.filter.status")}</label>
            <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {facets.map((facet) => (
                <option key={facet.status} value={facet.status}>
                  {t("triage.facet", {
                    status: t(`contributions.status.${facet.status}` as MessageKey),
                    count: facet.count,
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-kind">{t("triage.filter.kind")}</label>
            <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {(["practice", "comment", "survey-answer", "review-comment"] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`contributions.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-objective">{t("triage.filter.objective")}</label>
            <select
              id="filter-objective"
              name="objective"
              defaultValue={filters.objective ? String(filters.objective) : ""}
            >
              <option value="">{t("triage.filter.any")}</option>
              {Array.from({ length: 23 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-language">{t("triage.filter.language")}</label>
            <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              <option value="en">{t("language.en")}</option>
              <option value="fr">{t("language.fr")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-q">{t("triage.filter.q")}</label>
            <input type="search" id="filter-q" name="q" defaultValue={filters.q ?? ""} />
          </div>
          <button type="submit" className="button">
            {t("triage.filter.apply")}
          </button>
        </fieldset>
      </Form>
      <h2>{t("triage.results", { count: inputs.length })}</h2>
      {inputs.length === 0 ? (
        <p>{t("triage.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("triage.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("triage.column.reference")}</th>
                <th scope="col">{t("triage.column.title")}</th>
                <th scope="col">{t("triage.column.organization")}</th>
                <th scope="col">{t("triage.column.status")}</th>
                <th scope="col">{t("triage.column.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {inputs.map((input) => (
                <tr key={input.reference}>
                  <td>
                    <Link to={`/${locale}/staff/triage/${input.reference}?back=${backToQueue}`}>
                      {input.reference}
                    </Link>
                  </td>
                  <th scope="row" lang={input.language !== locale ? input.language : undefined}>
                    {input.title}
                  </th>
                  <td>{input.organization}</td>
                  <td>{t(`contributions.status.${input.status}` as MessageKey)}</td>
                  <td>{input.submittedAt ? formatDate(locale, input.submittedAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore ? (
        <p>
          <Link to={`?${nextParams.toString()}`}>{t("triage.next")}</Link>
        </p>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
