import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { assignToStaff, listAssignees, MAX_BULK } from "~/features/triage/assignments.server";
import { getQueuePage, readQueueFilters, toQueryFilters } from "~/features/triage/queue.server";
import { deleteMyView, listMyViews, saveMyView } from "~/features/triage/saved-views.server";
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
    views: await listMyViews(context.db, staff.actor),
    ...(await getQueuePage(context.db, locale, filters, staff.user.id)),
  };
}

export const AssignSchema = z.object({
  intent: z.enum(["assign-selected", "assign-all"]),
  assigneeUserId: z.coerce.number().int().positive({ error: "triage.error.noAssignee" }),
  references: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().regex(/^RT-\d{4}-\d{6,}$/)).max(MAX_BULK),
  ),
});

export const ViewSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save-view"),
    name: z
      .string({ error: "triage.error.viewName" })
      .trim()
      .min(1, "triage.error.viewName")
      .max(80, "form.tooLong"),
  }),
  z.object({ intent: z.literal("delete-view"), viewId: z.coerce.number().int().positive() }),
]);

/** Bulk assignment and saved views; the filters stay in the URL and the selection comes back checked. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const formData = await readForm(request);
  const requested = formData.get("intent");
  if (requested === "save-view" || requested === "delete-view") {
    const parsed = parseFormData(formData, locale, ViewSchema);
    const base = { assigned: null, selected: [] as string[], view: null as MessageKey | null };
    if (parsed.status !== "success")
      return data({ ...base, error: "triage.error.viewName" as MessageKey }, { status: 400 });
    const value = parsed.value;
    const result =
      value.intent === "save-view"
        ? await saveMyView(context.db, staff.actor, value.name, new URL(request.url).search)
        : await deleteMyView(context.db, staff.actor, value.viewId);
    if (!result.ok) {
      if (result.errors[0] === "forbidden") throw new Response("Forbidden", { status: 403 });
      return data({ ...base, error: "triage.error.notFound" as MessageKey }, { status: 404 });
    }
    return {
      ...base,
      error: null,
      view: (value.intent === "save-view"
        ? "triage.views.saved"
        : "triage.views.deleted") as MessageKey,
    };
  }
  const submission = parseFormData(formData, locale, AssignSchema);
  if (submission.status !== "success") {
    return data(
      {
        assigned: null,
        selected: [] as string[],
        error: "triage.error.noAssignee" as MessageKey,
        view: null,
      },
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
        view: null,
      },
      { status: 400 },
    );
  }
  return { assigned: result.value.assigned, selected: references, error: null, view: null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("triage.title"));

export default function TriageQueue() {
  const {
    filters,
    inputs,
    facets,
    kindFacets,
    languageFacets,
    objectiveFacets,
    choices,
    sort,
    nextBefore,
    nextPage,
    search,
    assignees,
    views,
  } = useLoaderData<typeof loader>();
  const rows = useRef<HTMLTableSectionElement>(null);
  // j/k or ↓/↑ move between the rows' links; Enter opens (the link's own behaviour). Only
  // while focus is in the table, never at its ends: Tab and screen-reader keys work as ever.
  useEffect(() => {
    const body = rows.current;
    if (!body) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const forward = event.key === "j" || event.key === "ArrowDown";
      const backward = event.key === "k" || event.key === "ArrowUp";
      if (!forward && !backward) return;
      const target = event.target as HTMLElement;
      if (target.tagName === "SELECT" || target.tagName === "TEXTAREA") return;
      const links = Array.from(body.querySelectorAll<HTMLAnchorElement>("a[data-row-link]"));
      const current = links.findIndex((link) => link.closest("tr") === target.closest("tr"));
      const next = current < 0 ? undefined : links[current + (forward ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    body.addEventListener("keydown", onKey);
    return () => body.removeEventListener("keydown", onKey);
  }, [inputs]);
  const outcome = useActionData<typeof action>();
  const selected = new Set(outcome?.selected ?? []);
  const { t, locale } = useTranslation();
  const nextParams = new URLSearchParams(search);
  if (nextBefore) nextParams.set("before", String(nextBefore));
  if (nextPage) nextParams.set("page", String(nextPage));
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
      <Form method="get" className="filters" key={search}>
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
                  {t("triage.facet", {
                    status: t(`contributions.kind.${kind}`),
                    count: kindFacets[kind] ?? 0,
                  })}
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
                  {t("triage.facet", { status: String(n), count: objectiveFacets[String(n)] ?? 0 })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-language">{t("triage.filter.language")}</label>
            <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {(["en", "fr"] as const).map((language) => (
                <option key={language} value={language}>
                  {t("triage.facet", {
                    status: t(`language.${language}`),
                    count: languageFacets[language] ?? 0,
                  })}
                </option>
              ))}
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
            <label htmlFor="filter-principle">{t("triage.filter.principle")}</label>
            <select id="filter-principle" name="principle" defaultValue={filters.principle ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {choices.principles.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-cluster">{t("triage.filter.cluster")}</label>
            <select id="filter-cluster" name="cluster" defaultValue={filters.cluster ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {choices.clusters.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-category">{t("triage.filter.category")}</label>
            <select id="filter-category" name="category" defaultValue={filters.category ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {choices.categories.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-province">{t("triage.filter.province")}</label>
            <select id="filter-province" name="province" defaultValue={filters.province ?? ""}>
              <option value="">{t("triage.filter.any")}</option>
              {choices.provinces.map((code) => (
                <option key={code} value={code}>
                  {code === "national" || code === "international"
                    ? t(`triage.filter.${code}`)
                    : code}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-from">{t("triage.filter.from")}</label>
            <input type="date" id="filter-from" name="from" defaultValue={filters.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("triage.filter.to")}</label>
            <input type="date" id="filter-to" name="to" defaultValue={filters.to ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="filter-sort">{t("triage.filter.sort")}</label>
            <select id="filter-sort" name="sort" defaultValue={filters.sort ?? ""}>
              <option value="">{t("triage.sort.auto")}</option>
              <option value="relevance">{t("triage.sort.relevance")}</option>
              <option value="date">{t("triage.sort.date")}</option>
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
      <section aria-labelledby="views-title">
        <h2 id="views-title">{t("triage.views.title")}</h2>
        {outcome?.view ? (
          <p className="success-box" role="status">
            {t(outcome.view)}
          </p>
        ) : null}
        {views.length === 0 ? <p>{t("triage.views.none")}</p> : null}
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <Link to={`?${view.query}`}>{view.name}</Link>{" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="delete-view" />
                <input type="hidden" name="viewId" value={view.id} />
                <button type="submit" className="button button--secondary">
                  {t("triage.views.delete", { name: view.name })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post">
          <input type="hidden" name="intent" value="save-view" />
          <div className="field">
            <label htmlFor="view-name">{t("triage.views.name")}</label>
            <input type="text" id="view-name" name="name" maxLength={80} />
          </div>
          <button type="submit" className="button button--secondary">
            {t("triage.views.save")}
          </button>
        </Form>
      </section>
      <h2>{t("triage.results", { count: inputs.length })}</h2>
      <p className="field__hint">
        {t(sort === "relevance" ? "triage.sortedRelevance" : "triage.sortedDate")}{" "}
        {t("triage.keyboard")}
      </p>
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
              <tbody ref={rows}>
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
                      <Link
                        to={`/${locale}/staff/triage/${input.reference}?back=${backToQueue}`}
                        data-row-link=""
                      >
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
                      {input.excerpt ? (
                        <span className="search-excerpt">
                          <br />
                          {input.excerpt.map((run, index) =>
                            run.match ? <mark key={index}>{run.text}</mark> : run.text,
                          )}
                        </span>
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
