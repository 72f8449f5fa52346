import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { assignToStaff, listAssignees, MAX_BULK } from "~/features/triage/assignments.server";
import { getQueuePage, readQueueFilters, toQueryFilters } from "~/features/triage/queue.server";
import { parseFormData, readForm } from "~/utils/forms.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const url = new URL(request.url);
  const filters = readQueueFilters(url);
  return {
    locale,
    filters,
    search: url.search,
    assignees: await listAssignees(context.db),
    ...(await getQueuePage(context.db, locale, filters, staff.user.id)),
  };
}

const AssignSchema = z.object({
  intent: z.enum(["assign-selected", "assign-all"]),
  assigneeUserId: z.coerce.number().int().positive({ error: "triage.error.noAssignee" }),
  references: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().regex(/^RT-\d{4}-\d{6,}$/)).max(MAX_BULK),
  ),
});

/** Bulk assignment; the filters stay in the URL and the selection comes back checked. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const submission = parseFormData(await readForm(request), locale, AssignSchema);
  if (submission.status !== "success") {
    return data(
      { assigned: null, selected: [] as string[], error: "triage.error.noAssignee" as MessageKey },
      { status: 400 },
    );
  }
  const { intent, assigneeUserId, references } = submission.value;
  const filters = toQueryFilters(readQueueFilters(new URL(request.url)), staff.user.id);
  const result = await assignToStaff(
    context.db,
    staff.actor,
    intent === "assign-all" ? { filters: { ...filters, before: undefined } } : { references },
    assigneeUserId,
    { ip: context.clientIp, publicUrl: context.publicUrl },
  );
  if (!result.ok) {
    if (result.errors[0] === "forbidden") throw new Response("Forbidden", { status: 403 });
    return data(
      {
        assigned: null,
        selected: references,
        error: `triage.error.${result.errors[0]}` as MessageKey,
      },
      { status: 400 },
    );
  }
  return { assigned: result.value.assigned, selected: references, error: null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("triage.title"));

export default function TriageQueue() {
  const { filters, inputs, facets, nextBefore, search, assignees } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const selected = new Set(outcome?.selected ?? []);
  const { t, locale } = useTranslation();
  const nextParams = new URLSearchParams(search);
  if (nextBefore) nextParams.set("before", String(nextBefore));
  const backToQueue = encodeURIComponent(search);
  const groupLink = (groupId: number) => {
    const params = new URLSearchParams(search);
    params.delete("before");
    params.delete("collapse");
    params.set("group", String(groupId));
    return `?${params.toString()}`;
  };
  const withoutGroup = (() => {
    const params = new URLSearchParams(search);
    params.delete("before");
    params.delete("group");
    return params.toString();
  })();
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
            <label htmlFor="filter-assignee">{t("triage.filter.assignee")}</label>
            <select id="filter-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              <option value="me">{t("triage.filter.assignedToMe")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-duplicates">{t("triage.filter.duplicates")}</label>
            <select
              id="filter-duplicates"
              name="duplicates"
              defaultValue={filters.duplicates ?? ""}
            >
              <option value="">{t("triage.filter.any")}</option>
              <option value="has">{t("triage.filter.hasDuplicates")}</option>
            </select>
          </div>
          <div className="checkbox">
            <input
              type="checkbox"
              id="filter-collapse"
              name="collapse"
              value="1"
              defaultChecked={filters.collapse === "1"}
            />
            <label htmlFor="filter-collapse">{t("triage.filter.collapse")}</label>
          </div>
          {filters.group ? <input type="hidden" name="group" value={filters.group} /> : null}
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
      {filters.group ? (
        <p className="notice">
          {t("triage.groupShown")} <Link to={`?${withoutGroup}`}>{t("triage.groupClear")}</Link>
        </p>
      ) : null}
      {outcome?.assigned !== null && outcome?.assigned !== undefined ? (
        <p className="success-box" role="status">
          {t("triage.bulk.done", { count: outcome.assigned })}
        </p>
      ) : null}
      {outcome?.error ? (
        <p className="error-summary" role="alert">
          {t(outcome.error)}
        </p>
      ) : null}
      {inputs.length === 0 ? (
        <p>{t("triage.empty")}</p>
      ) : (
        <Form method="post">
          <fieldset className="fieldset">
            <legend>{t("triage.bulk.legend")}</legend>
            <div className="field">
              <label htmlFor="bulk-assignee">{t("triage.bulk.assignee")}</label>
              <select id="bulk-assignee" name="assigneeUserId" defaultValue="">
                <option value="">—</option>
                {assignees.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="actions">
              <button type="submit" name="intent" value="assign-selected" className="button">
                {t("triage.bulk.selected")}
              </button>
              <button
                type="submit"
                name="intent"
                value="assign-all"
                className="button button--secondary"
              >
                {t("triage.bulk.all")}
              </button>
            </div>
          </fieldset>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t("triage.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("triage.column.select")}</th>
                  <th scope="col">{t("triage.column.reference")}</th>
                  <th scope="col">{t("triage.column.title")}</th>
                  <th scope="col">{t("triage.column.organization")}</th>
                  <th scope="col">{t("triage.column.status")}</th>
                  <th scope="col">{t("triage.column.submitted")}</th>
                  <th scope="col">{t("triage.column.assignee")}</th>
                </tr>
              </thead>
              <tbody>
                {inputs.map((input) => (
                  <tr key={input.reference}>
                    <td>
                      <input
                        type="checkbox"
                        name="references"
                        value={input.reference}
                        id={`select-${input.reference}`}
                        aria-label={t("triage.bulk.select", { reference: input.reference })}
                        defaultChecked={selected.has(input.reference)}
                      />
                    </td>
                    <td>
                      <Link to={`/${locale}/staff/triage/${input.reference}?back=${backToQueue}`}>
                        {input.reference}
                      </Link>
                    </td>
                    <th scope="row" lang={input.language !== locale ? input.language : undefined}>
                      {input.title}
                      {input.similar > 0 && input.groupId && !filters.group ? (
                        <>
                          {" "}
                          <Link to={groupLink(input.groupId)} className="tag">
                            {t("triage.similar", { count: input.similar })}
                          </Link>
                        </>
                      ) : null}
                    </th>
                    <td>{input.organization}</td>
                    <td>{t(`contributions.status.${input.status}` as MessageKey)}</td>
                    <td>{input.submittedAt ? formatDate(locale, input.submittedAt) : "—"}</td>
                    <td>{input.assignee ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Form>
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
