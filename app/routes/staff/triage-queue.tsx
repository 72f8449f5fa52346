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
import { decideInputsInBulk } from "~/features/triage/decisions.server";
import { ChoiceField, RejectionReasonField } from "~/features/triage/choice-field";
import { REJECTION_REASONS } from "~/features/triage/input-status";
import { normaliseTags, tagInputsInBulk } from "~/features/triage/tags.server";
import { getQueuePage, readQueueFilters, toQueryFilters } from "~/features/triage/queue.server";
import { findTranslationPartners } from "~/features/triage/translations.server";
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
  const page = await getQueuePage(context.db, locale, filters, staff.user.id);
  return {
    locale,
    filters,
    search: url.search,
    assignees: await listAssignees(context.db),
    views: await listMyViews(context.db, staff.actor),
    translations: await findTranslationPartners(
      context.db,
      page.inputs.map((input) => input.reference),
    ),
    ...page,
  };
}

const many = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const References = z.preprocess(many, z.array(z.string().regex(/^RT-\d{4}-\d{6,}$/)).max(MAX_BULK));

export const AssignSchema = z.object({
  intent: z.enum(["assign-selected", "assign-all"]),
  assigneeUserId: z.coerce.number().int().positive({ error: "triage.error.noAssignee" }),
  references: References,
});

export const BulkTagSchema = z.object({
  intent: z.enum(["tag-selected", "tag-all"]),
  references: References,
  tagObjectives: z.preprocess(many, z.array(z.coerce.number().int().min(1).max(99)).max(30)),
  tagPrinciples: z.preprocess(many, z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(30)),
  tagCluster: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/)
      .optional(),
  ),
  tagFree: z.string().max(1_000, "form.tooLong").optional(),
  tagVisibility: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["public", "internal"]).optional(),
  ),
});

export const BulkStatusSchema = z.object({
  intent: z.enum(["status-selected", "status-all"]),
  references: References,
  to: z.enum(["in-review", "accepted", "rejected", "changes-requested"], {
    error: "form.required",
  }),
  reasonCode: z.preprocess((v) => (v === "" ? undefined : v), z.enum(REJECTION_REASONS).optional()),
  message: z.string().max(5_000, "form.tooLong").optional(),
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

type Notice = { key: MessageKey; values?: Record<string, string | number> };
type Outcome = {
  selected: string[];
  done: Notice | null;
  error: Notice | null;
  view: MessageKey | null;
};

function outcome(partial: Partial<Outcome>, status = 200) {
  const body: Outcome = { selected: [], done: null, error: null, view: null, ...partial };
  return data(body, { status });
}

/**
 * Bulk assignment, tags and status changes, and saved views. The form posts to the queue's
 * own URL, so the filters stay; the selection comes back checked.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const formData = await readForm(request);
  const requested = String(formData.get("intent") ?? "");
  const t = translator(locale);
  if (requested === "save-view" || requested === "delete-view") {
    const parsed = parseFormData(formData, locale, ViewSchema);
    if (parsed.status !== "success")
      return outcome({ error: { key: "triage.error.viewName" } }, 400);
    const value = parsed.value;
    const result =
      value.intent === "save-view"
        ? await saveMyView(context.db, staff.actor, value.name, new URL(request.url).search)
        : await deleteMyView(context.db, staff.actor, value.viewId);
    if (!result.ok) {
      if (result.errors[0] === "forbidden") throw new Response("Forbidden", { status: 403 });
      return outcome({ error: { key: "triage.error.notFound" } }, 404);
    }
    return outcome({
      view: value.intent === "save-view" ? "triage.views.saved" : "triage.views.deleted",
    });
  }
  const filters = toQueryFilters(readQueueFilters(new URL(request.url)), staff.user.id);
  const everything = { filters: { ...filters, before: undefined, offset: undefined } };
  const ctx = { ip: context.clientIp, publicUrl: context.publicUrl };
  const selectedOf = () => many(formData.getAll("references")).map(String).slice(0, MAX_BULK);

  if (requested.startsWith("tag-")) {
    const parsed = parseFormData(formData, locale, BulkTagSchema);
    if (parsed.status !== "success")
      return outcome({ selected: selectedOf(), error: { key: "triage.error.noTags" } }, 400);
    const value = parsed.value;
    const result = await tagInputsInBulk(
      context.db,
      staff.actor,
      value.intent === "tag-all" ? everything : { references: value.references },
      {
        objectives: value.tagObjectives,
        principles: value.tagPrinciples,
        cluster: value.tagCluster ?? null,
        tags: normaliseTags(value.tagFree ?? ""),
        visibility: value.tagVisibility ?? null,
      },
      ctx,
    );
    if (!result.ok) {
      if (result.errors[0] === "forbidden") throw new Response("Forbidden", { status: 403 });
      return outcome(
        { selected: value.references, error: { key: `triage.error.${result.errors[0]!}` } },
        400,
      );
    }
    return outcome({
      selected: value.references,
      done: { key: "triage.bulkTag.done", values: { count: result.value.tagged } },
    });
  }

  if (requested.startsWith("status-")) {
    const parsed = parseFormData(formData, locale, BulkStatusSchema);
    if (parsed.status !== "success")
      return outcome({ selected: selectedOf(), error: { key: "form.required" } }, 400);
    const value = parsed.value;
    const result = await decideInputsInBulk(
      context.db,
      staff.actor,
      value.intent === "status-all" ? everything : { references: value.references },
      { to: value.to, reasonCode: value.reasonCode ?? null, message: value.message ?? null },
      ctx,
    );
    const statusName = t(`contributions.status.${value.to}`);
    if (!result.ok) {
      const [error] = result.errors;
      if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
      const refused = result.refused ?? [];
      return outcome(
        {
          selected: value.references,
          error:
            error === "illegalTransition"
              ? {
                  key: "triage.error.bulkIllegal",
                  values: {
                    count: refused.length,
                    status: statusName,
                    references:
                      refused
                        .slice(0, 10)
                        .map(
                          (input) =>
                            `${input.reference} – ${t(`contributions.status.${input.status}`)}`,
                        )
                        .join(", ") + (refused.length > 10 ? ", …" : ""),
                  },
                }
              : { key: `triage.error.${error!}` },
        },
        400,
      );
    }
    return outcome({
      selected: value.references,
      done: {
        key: "triage.bulkStatus.done",
        values: { count: result.value.decided, status: statusName },
      },
    });
  }

  const submission = parseFormData(formData, locale, AssignSchema);
  if (submission.status !== "success")
    return outcome({ selected: selectedOf(), error: { key: "triage.error.noAssignee" } }, 400);
  const { intent, assigneeUserId, references } = submission.value;
  const result = await assignToStaff(
    context.db,
    staff.actor,
    intent === "assign-all" ? everything : { references },
    assigneeUserId,
    ctx,
  );
  if (!result.ok) {
    if (result.errors[0] === "forbidden") throw new Response("Forbidden", { status: 403 });
    return outcome(
      { selected: references, error: { key: `triage.error.${result.errors[0]!}` } },
      400,
    );
  }
  return outcome({
    selected: references,
    done: { key: "triage.bulk.done", values: { count: result.value.assigned } },
  });
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
    facetsApproximate,
    relevanceSkipped,
    search,
    assignees,
    views,
    translations,
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
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const selected = new Set(outcome?.selected ?? []);
  const { t, locale } = useTranslation();
  // Estimated counts (many inputs under these filters) are rounded and said to be "about".
  const facetKey = facetsApproximate ? "triage.facetApprox" : "triage.facet";
  const shown = (count: number) =>
    facetsApproximate
      ? new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
          maximumSignificantDigits: 2,
        }).format(count)
      : count;
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
                  {t(facetKey, {
                    status: t(`contributions.status.${facet.status}` as MessageKey),
                    count: shown(facet.count),
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
                  {t(facetKey, {
                    status: t(`contributions.kind.${kind}`),
                    count: shown(kindFacets[kind] ?? 0),
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
                  {t(facetKey, { status: String(n), count: objectiveFacets[String(n)] ?? 0 })}
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
                  {t(facetKey, {
                    status: t(`language.${language}`),
                    count: shown(languageFacets[language] ?? 0),
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
          <ChoiceField
            id="filter-principle"
            name="principle"
            label={t("triage.filter.principle")}
            empty={t("triage.filter.any")}
            choices={choices.principles}
            defaultValue={filters.principle ?? ""}
          />
          <ChoiceField
            id="filter-cluster"
            name="cluster"
            label={t("triage.filter.cluster")}
            empty={t("triage.filter.any")}
            choices={choices.clusters}
            defaultValue={filters.cluster ?? ""}
          />
          <ChoiceField
            id="filter-category"
            name="category"
            label={t("triage.filter.category")}
            empty={t("triage.filter.any")}
            choices={choices.categories}
            defaultValue={filters.category ?? ""}
          />
          <ChoiceField
            id="filter-province"
            name="province"
            label={t("triage.filter.province")}
            empty={t("triage.filter.any")}
            choices={choices.provinces.map((code) => ({
              key: code,
              title:
                code === "national" || code === "international" ? t(`triage.filter.${code}`) : code,
            }))}
            defaultValue={filters.province ?? ""}
          />
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
              <option value="status">{t("triage.sort.status")}</option>
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
        {t(
          sort === "relevance"
            ? "triage.sortedRelevance"
            : sort === "status"
              ? "triage.sortedStatus"
              : "triage.sortedDate",
        )}{" "}
        {t("triage.keyboard")}
      </p>
      {relevanceSkipped ? (
        <p className="notice" role="status">
          {t("triage.relevanceSkipped", {
            count: new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
              maximumSignificantDigits: 2,
            }).format(relevanceSkipped),
          })}
        </p>
      ) : null}
      {filters.group ? (
        <p className="notice">
          {t("triage.groupShown")} <Link to={`?${withoutGroup}`}>{t("triage.groupClear")}</Link>
        </p>
      ) : null}
      {outcome?.done ? (
        <p className="success-box" role="status">
          {t(outcome.done.key, outcome.done.values)}
        </p>
      ) : null}
      {outcome?.error ? (
        <p className="error-summary" role="alert">
          {t(outcome.error.key, outcome.error.values)}
        </p>
      ) : null}
      {inputs.length === 0 ? (
        <p>{t("triage.empty")}</p>
      ) : (
        <Form method="post">
          <h2>{t("triage.bulk.assignLegend")}</h2>
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
          <BulkTagFields choices={choices} />
          <BulkStatusFields />
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
                            {t(input.similarMore ? "triage.similarMore" : "triage.similar", {
                              count: input.similar,
                            })}
                          </Link>
                        </>
                      ) : null}
                      {translations[input.reference] ? (
                        <>
                          {" "}
                          <Link
                            to={`/${locale}/staff/triage/${translations[input.reference]!.reference}?back=${backToQueue}`}
                            className="tag"
                          >
                            {t("triage.translation.queue", {
                              reference: translations[input.reference]!.reference,
                              language: t(
                                `triage.translation.in.${translations[input.reference]!.language}`,
                              ),
                            })}
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

/** Staff tags added to many inputs at once (the same tags as the item page). */
function BulkTagFields({ choices }: { choices: { principles: Choice[]; clusters: Choice[] } }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t("triage.bulkTag.legend")}</legend>
      <p className="field__hint">{t("triage.bulkTag.hint")}</p>
      <div className="field">
        <label htmlFor="bulk-tag-objectives">{t("triage.bulkTag.objectives")}</label>
        <select id="bulk-tag-objectives" name="tagObjectives" multiple size={4}>
          {Array.from({ length: 23 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {t("triage.bulkTag.objective", { number: n })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="bulk-tag-principles">{t("triage.bulkTag.principles")}</label>
        <select id="bulk-tag-principles" name="tagPrinciples" multiple size={4}>
          {choices.principles.map((p) => (
            <option key={p.key} value={p.key}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <ChoiceField
        id="bulk-tag-cluster"
        name="tagCluster"
        label={t("triage.bulkTag.cluster")}
        empty={t("triage.bulkTag.keep")}
        choices={choices.clusters}
      />
      <div className="field">
        <label htmlFor="bulk-tag-free">{t("triage.bulkTag.free")}</label>
        <p className="field__hint" id="bulk-tag-free-hint">
          {t("triage.tags.freeHint")}
        </p>
        <input
          type="text"
          id="bulk-tag-free"
          name="tagFree"
          maxLength={1000}
          aria-describedby="bulk-tag-free-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="bulk-tag-visibility">{t("triage.bulkTag.visibility")}</label>
        <select id="bulk-tag-visibility" name="tagVisibility" defaultValue="">
          <option value="">{t("triage.bulkTag.keep")}</option>
          <option value="public">{t("triage.visibility.public")}</option>
          <option value="internal">{t("triage.visibility.internal")}</option>
        </select>
      </div>
      <div className="actions">
        <button type="submit" name="intent" value="tag-selected" className="button">
          {t("triage.bulkTag.selected")}
        </button>
        <button type="submit" name="intent" value="tag-all" className="button button--secondary">
          {t("triage.bulkTag.all")}
        </button>
      </div>
    </fieldset>
  );
}

/** One status change, with one reason, for many inputs (the single decision's rules). */
function BulkStatusFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t("triage.bulkStatus.legend")}</legend>
      <p className="field__hint" id="bulk-status-hint">
        {t("triage.bulkStatus.hint")}
      </p>
      <div className="field">
        <label htmlFor="bulk-status-to">{t("triage.bulkStatus.to")}</label>
        <select id="bulk-status-to" name="to" defaultValue="" aria-describedby="bulk-status-hint">
          <option value="">—</option>
          {(["in-review", "accepted", "rejected", "changes-requested"] as const).map((to) => (
            <option key={to} value={to}>
              {t(`contributions.status.${to}`)}
            </option>
          ))}
        </select>
      </div>
      <RejectionReasonField id="bulk-status-reason" />
      <div className="field">
        <label htmlFor="bulk-status-message">{t("triage.decide.message")}</label>
        <textarea id="bulk-status-message" name="message" rows={3} maxLength={5000} />
      </div>
      <div className="actions">
        <button type="submit" name="intent" value="status-selected" className="button">
          {t("triage.bulkStatus.selected")}
        </button>
        <button type="submit" name="intent" value="status-all" className="button button--secondary">
          {t("triage.bulkStatus.all")}
        </button>
      </div>
    </fieldset>
  );
}

type Choice = { key: string; title: string };

export function ErrorBoundary() {
  return <ErrorPage />;
}
