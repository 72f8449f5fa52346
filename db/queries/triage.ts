import { and, asc, desc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultations,
  duplicateGroupMembers,
  inputDecisions,
  inputObjectives,
  inputs,
  inputTexts,
  objectives,
  inputPrinciples,
  inputStaffTags,
  organizations,
  practiceDetails,
  principles,
  stakeholderCategories,
  thematicClusters,
  userRoles,
  users,
} from "../schema";
import { rowsOf } from "./framework";

export interface QueueFilters {
  status?: Array<(typeof inputs.$inferSelect)["status"]>;
  kind?: (typeof inputs.$inferSelect)["kind"];
  objective?: number;
  language?: "en" | "fr";
  q?: string;
  assigneeUserId?: number;
  /** keyset: only inputs with a smaller id than this */
  before?: number;
  /** only inputs with possible duplicates */
  hasDuplicates?: boolean;
  /** only the members of one duplicate group */
  group?: number;
  /** one row per duplicate group: its oldest input still in the queue */
  collapse?: boolean;
  /** submitted on or after / on or before these days (YYYY-MM-DD, Eastern time) */
  from?: string;
  to?: string;
  /** a guiding principle's key (contributor's or staff's tag) */
  principle?: string;
  /** a thematic cluster's key (the practice's or staff's) */
  cluster?: string;
  /** the organization's stakeholder category key */
  category?: string;
  /** the organization's province/territory code (or national/international) */
  province?: string;
  /**
   * "relevance" (only with q) ranks by the text match; "status" groups by status in workflow
   * order, newest first within each; otherwise newest first
   */
  sort?: "date" | "relevance" | "status";
  /** the search matches few inputs (estimated): drive it from the full-text index */
  selectiveSearch?: boolean;
  /** relevance and status pages are numbered (keyset pagination is on the id, newest first) */
  offset?: number;
}

type Facet = "status" | "kind" | "language" | "objective";
const FACETS: Facet[] = ["status", "kind", "language", "objective"];

const GROUP_OF = sql`(select m.group_id from ${duplicateGroupMembers} m where m.input_id = ${inputs.id})`;
/** A queue row counts at most this many members of its group ("more than 100 similar"). */
export const GROUP_SIZE_COUNTED = 101;
/**
 * Members of the input's group still in the queue (merged ones are folded into another),
 * counted up to GROUP_SIZE_COUNTED + 1: a campaign's copies on the first page would otherwise
 * each count the whole campaign, hundreds of thousands of rows per page (docs/performance.md).
 * In input order from duplicate_group_members_group_input_idx, each member's status looked up
 * on its own: with a join, or without the order, the planner read every group's members from
 * the start of the table until it had enough (the LIMIT made that look cheap).
 */
const GROUP_SIZE = sql<number>`(select count(*)::int from (select 1 from ${duplicateGroupMembers} m2
  where m2.group_id = ${GROUP_OF}
    and (select i2.status from ${inputs} i2 where i2.id = m2.input_id) not in ('draft', 'withdrawn', 'merged')
  order by m2.input_id limit ${GROUP_SIZE_COUNTED + 1}) counted)`;

/**
 * A search few inputs match is driven by the GIN index (`id = any(array(…))`: the planner
 * then reads the inputs by primary key); a common one stays a correlated EXISTS, checked on
 * the newest inputs until the page is full (docs/decisions/017).
 */
const SEARCH = (q: string, selective: boolean) =>
  selective
    ? sql`${inputs.id} = any(array(select t.input_id from ${inputTexts} t
        where t.search @@ (websearch_to_tsquery('rt_english', ${q}) || websearch_to_tsquery('rt_french', ${q}))))`
    : sql`exists (select 1 from ${inputTexts} t where t.input_id = ${inputs.id}
    and t.search @@ (websearch_to_tsquery('rt_english', ${q}) || websearch_to_tsquery('rt_french', ${q})))`;

/** Start and end of a highlighted match in ts_headline's output: control characters no text has. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

const TSQUERY = (q: string) =>
  sql`(websearch_to_tsquery('rt_english', ${q}) || websearch_to_tsquery('rt_french', ${q}))`;

const OBJECTIVE = (number: number) =>
  sql`exists (select 1 from ${inputObjectives} io join ${objectives} o on o.id = io.objective_id where io.input_id = ${inputs.id} and o.number = ${number})`;

/** A facet filter's own condition (undefined when that filter is not set). */
function facetCondition(filters: QueueFilters, facet: Facet): SQL | undefined {
  switch (facet) {
    case "status":
      return filters.status?.length ? inArray(inputs.status, filters.status) : undefined;
    case "kind":
      return filters.kind ? eq(inputs.kind, filters.kind) : undefined;
    case "language":
      return filters.language ? eq(inputs.language, filters.language) : undefined;
    case "objective":
      return filters.objective ? OBJECTIVE(filters.objective) : undefined;
  }
}

/** The filters' conditions, all but the facets being counted (a facet counts under the others). */
function conditions(filters: QueueFilters, omit: Facet | Facet[] | null): SQL | undefined {
  const omitted = new Set(omit === null ? [] : Array.isArray(omit) ? omit : [omit]);
  return and(
    // Drafts and withdrawn inputs are the contributor's, never in the queue.
    sql`${inputs.status} not in ('draft', 'withdrawn')`,
    ...FACETS.map((facet) => (omitted.has(facet) ? undefined : facetCondition(filters, facet))),
    filters.q ? SEARCH(filters.q, filters.selectiveSearch ?? false) : undefined,
    filters.assigneeUserId ? eq(inputs.assigneeUserId, filters.assigneeUserId) : undefined,
    filters.hasDuplicates ? sql`${GROUP_SIZE} > 1` : undefined,
    filters.group ? sql`${GROUP_OF} = ${filters.group}` : undefined,
    filters.collapse
      ? sql`not exists (select 1 from ${duplicateGroupMembers} m3 join ${inputs} i3 on i3.id = m3.input_id
          where m3.group_id = ${GROUP_OF} and i3.id < ${inputs.id} and i3.status not in ('draft', 'withdrawn', 'merged'))`
      : undefined,
    filters.from
      ? sql`${inputs.submittedAt} >= (${filters.from}::date::timestamp at time zone 'America/Toronto')`
      : undefined,
    filters.to
      ? sql`${inputs.submittedAt} < ((${filters.to}::date + 1)::timestamp at time zone 'America/Toronto')`
      : undefined,
    filters.principle
      ? sql`exists (select 1 from ${inputPrinciples} ip join ${principles} p on p.id = ip.principle_id where ip.input_id = ${inputs.id} and p.key = ${filters.principle})`
      : undefined,
    filters.cluster
      ? sql`exists (select 1 from ${thematicClusters} c where c.key = ${filters.cluster} and (
          c.id = (select pd.thematic_cluster_id from ${practiceDetails} pd where pd.input_id = ${inputs.id})
          or c.id = (select st.thematic_cluster_id from ${inputStaffTags} st where st.input_id = ${inputs.id})))`
      : undefined,
    filters.category
      ? sql`exists (select 1 from ${organizations} oc join ${stakeholderCategories} sc on sc.id = oc.stakeholder_category_id where oc.id = ${inputs.organizationId} and sc.key = ${filters.category})`
      : undefined,
    filters.province
      ? sql`exists (select 1 from ${organizations} op where op.id = ${inputs.organizationId} and op.jurisdiction = ${filters.province})`
      : undefined,
  );
}

/** One page of the queue, newest first, keyset-paginated on the id. */
export async function listQueue(db: Database, filters: QueueFilters, limit: number) {
  const relevance = filters.sort === "relevance" && Boolean(filters.q);
  const numbered = relevance || filters.sort === "status";
  return db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      status: inputs.status,
      language: inputs.language,
      submittedAt: inputs.submittedAt,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      assigneeName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${inputs.assigneeUserId})`,
      title: sql<string>`(select t.title from ${inputTexts} t where t.input_id = ${inputs.id} order by (t.language = ${inputs.language}) desc limit 1)`,
      groupId: sql<number | null>`${GROUP_OF}`,
      groupSize: sql<number>`coalesce(${GROUP_SIZE}, 0)`,
      headline: filters.q
        ? sql<
            string | null
          >`(select ts_headline(case when t.language = 'fr' then 'rt_french'::regconfig else 'rt_english'::regconfig end,
            concat_ws(' — ', t.summary, t.body), ${TSQUERY(filters.q)},
            'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=28, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "')
            from ${inputTexts} t where t.input_id = ${inputs.id} and t.search @@ ${TSQUERY(filters.q)}
            order by (t.language = ${inputs.language}) desc limit 1)`
        : sql<string | null>`null`,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(
      and(
        conditions(filters, null),
        filters.before && !numbered ? lt(inputs.id, filters.before) : undefined,
      ),
    )
    .orderBy(
      ...(relevance
        ? [
            sql`(select max(ts_rank(t.search, ${TSQUERY(filters.q!)})) from ${inputTexts} t where t.input_id = ${inputs.id}) desc`,
            desc(inputs.id),
          ]
        : filters.sort === "status"
          ? [asc(inputs.status), desc(inputs.id)]
          : [desc(inputs.id)]),
    )
    .limit(limit)
    .offset(numbered ? (filters.offset ?? 0) : 0);
}

/** Above this many inputs under the filters, facet counts are the planner's estimates. */
export const FACET_EXACT_LIMIT = 2_000;
/** Above this many matches (estimated), the queue does not rank by relevance. */
export const RELEVANCE_LIMIT = 5_000;

/**
 * The planner's estimate of how many queue inputs match the conditions (EXPLAIN, no
 * execution): about a millisecond, from the column statistics ANALYZE keeps.
 */
async function estimateRows(db: Database, where: SQL | undefined): Promise<number> {
  const result = await db.execute(
    sql`explain (format json) select 1 from ${inputs} where ${where ?? sql`true`}`,
  );
  return planRows(result);
}

function planRows(result: unknown) {
  const [row] = rowsOf<Record<string, unknown>>(result);
  const value = row ? Object.values(row)[0] : null;
  const plan = (typeof value === "string" ? JSON.parse(value) : value) as Array<{
    Plan: { "Plan Rows": number };
  }>;
  return Math.round(plan[0]?.Plan["Plan Rows"] ?? 0);
}

/** The estimated number of inputs whose texts match the search words. */
export async function estimateSearchMatches(db: Database, q: string) {
  const result = await db.execute(
    sql`explain (format json) select 1 from ${inputTexts} t where t.search @@ ${TSQUERY(q)}`,
  );
  return planRows(result);
}

export interface QueueFacetCounts {
  /** true: the counts are the planner's estimates (more than FACET_EXACT_LIMIT inputs) */
  approximate: boolean;
  status: Record<string, number>;
  kind: Record<string, number>;
  language: Record<string, number>;
  objective: Record<string, number>;
}

const FACET_VALUES = {
  status: ["submitted", "in-review", "accepted", "rejected", "changes-requested", "merged"],
  kind: ["practice", "comment", "survey-answer", "review-comment"],
  language: ["en", "fr"],
  objective: Array.from({ length: 23 }, (_, i) => String(i + 1)),
} as const;

/**
 * The counts beside the status, kind, language and objective filters, each under the other
 * filters (docs/decisions/017). When the inputs under the non-facet filters are few (the
 * planner estimates at most FACET_EXACT_LIMIT), one exact pass over them. Otherwise the
 * counts are estimates, flagged `approximate` so the page says "about": the planner's
 * estimate of the inputs under the non-facet filters times each facet value's share in the
 * column statistics ANALYZE keeps (the planner's own independence assumption), one EXPLAIN
 * and one read of pg_stats instead of a count over hundreds of thousands of rows.
 */
export async function countQueueFacetsAll(
  db: Database,
  filters: QueueFilters,
): Promise<QueueFacetCounts> {
  const base = conditions(filters, FACETS);
  const estimate = await estimateRows(db, base);
  if (estimate <= FACET_EXACT_LIMIT) return countExactly(db, filters, base);
  const shares = await facetShares(db);
  const share = (facet: Facet, value: string) => shares[facet].get(value) ?? 0;
  // A set filter narrows the other facets by its value's share.
  const selected: Record<Facet, string[] | null> = {
    status: filters.status?.length ? filters.status : null,
    kind: filters.kind ? [filters.kind] : null,
    language: filters.language ? [filters.language] : null,
    objective: filters.objective ? [String(filters.objective)] : null,
  };
  const narrowing = (facet: Facet) =>
    selected[facet] ? selected[facet].reduce((sum, value) => sum + share(facet, value), 0) : 1;
  const counts: QueueFacetCounts = {
    approximate: true,
    status: {},
    kind: {},
    language: {},
    objective: {},
  };
  for (const facet of FACETS) {
    const others = FACETS.filter((f) => f !== facet).reduce((p, f) => p * narrowing(f), 1);
    for (const value of FACET_VALUES[facet])
      counts[facet][value] = Math.round(estimate * others * share(facet, value));
  }
  return counts;
}

/**
 * Each facet value's share of the queue, from pg_stats (most common values and their
 * frequencies; the rest spread evenly over the other distinct values). Objectives are read
 * from input_objectives, by number, per input.
 */
async function facetShares(db: Database): Promise<Record<Facet, Map<string, number>>> {
  const [result, numbers] = await Promise.all([
    db.execute(sql`
    select s.tablename, s.attname, s.n_distinct, s.most_common_vals::text as vals,
      s.most_common_freqs as freqs,
      (select reltuples from pg_class where oid = 'input_objectives'::regclass) as io_rows,
      (select reltuples from pg_class where oid = 'inputs'::regclass) as input_rows
    from pg_stats s
    where s.schemaname = current_schema() and ((s.tablename = 'inputs' and s.attname in ('status', 'kind', 'language'))
      or (s.tablename = 'input_objectives' and s.attname = 'objective_id'))`),
    db.select({ id: objectives.id, number: objectives.number }).from(objectives),
  ]);
  const numberOf = new Map(numbers.map((o) => [String(o.id), String(o.number)]));
  const shares: Record<Facet, Map<string, number>> = {
    status: new Map(),
    kind: new Map(),
    language: new Map(),
    objective: new Map(),
  };
  for (const row of rowsOf<{
    tablename: string;
    attname: string;
    n_distinct: number;
    vals: string | null;
    freqs: number[] | string | null;
    io_rows: number;
    input_rows: number;
  }>(result)) {
    const facet: Facet =
      row.tablename === "input_objectives" ? "objective" : (row.attname as Facet);
    const vals = (row.vals ?? "{}")
      .replace(/^\{|\}$/g, "")
      .split(",")
      .filter(Boolean);
    const freqs = (
      typeof row.freqs === "string"
        ? row.freqs
            .replace(/^\{|\}$/g, "")
            .split(",")
            .map(Number)
        : (row.freqs ?? [])
    ).map(Number);
    // Objective rows per input: a share of inputs, not of input_objectives rows.
    const scale =
      facet === "objective" ? Number(row.io_rows) / Math.max(1, Number(row.input_rows)) : 1;
    vals.forEach((value, i) => {
      const key = facet === "objective" ? (numberOf.get(value) ?? value) : value;
      shares[facet].set(key, (shares[facet].get(key) ?? 0) + (freqs[i] ?? 0) * scale);
    });
  }
  // Drafts and withdrawn inputs are not in the queue: statuses' shares of the queue itself.
  const queued = [...shares.status].filter(([k]) => k !== "draft" && k !== "withdrawn");
  const total = queued.reduce((sum, [, v]) => sum + v, 0) || 1;
  shares.status = new Map(queued.map(([k, v]) => [k, v / total]));
  return shares;
}

/** One pass over the inputs under the non-facet filters, each facet under the others. */
async function countExactly(
  db: Database,
  filters: QueueFilters,
  base: SQL | undefined,
): Promise<QueueFacetCounts> {
  const flag = (facet: Facet) => facetCondition(filters, facet) ?? sql`true`;
  const result = await db.execute(sql`
    with matched as materialized (
      select ${inputs.id} as id, ${inputs.status} as status, ${inputs.kind} as kind,
        ${inputs.language} as language, ${flag("status")} as s, ${flag("kind")} as k,
        ${flag("language")} as l, ${flag("objective")} as o
      from ${inputs} where ${base})
    select 'status' as facet, status::text as key, count(*)::int as count from matched
      where k and l and o group by status
    union all select 'kind', kind::text, count(*)::int from matched where s and l and o group by kind
    union all select 'language', language::text, count(*)::int from matched
      where s and k and o group by language
    union all select 'objective', ob.number::text, count(distinct m.id)::int
      from matched m join ${inputObjectives} io on io.input_id = m.id
      join ${objectives} ob on ob.id = io.objective_id
      where s and k and l group by ob.number`);
  const counts: QueueFacetCounts = {
    approximate: false,
    status: {},
    kind: {},
    language: {},
    objective: {},
  };
  for (const row of rowsOf<{ facet: Facet; key: string; count: number }>(result))
    counts[row.facet][row.key] = Number(row.count);
  return counts;
}

/** The choices of the principle, cluster and stakeholder-category filters. */
export async function listQueueFilterChoices(db: Database) {
  const [principleRows, clusterRows, categoryRows, provinceRows] = await Promise.all([
    db
      .selectDistinct({
        key: principles.key,
        titleEn: principles.titleEn,
        titleFr: principles.titleFr,
        position: principles.position,
      })
      .from(principles)
      .orderBy(principles.position),
    db
      .selectDistinct({
        key: thematicClusters.key,
        titleEn: thematicClusters.titleEn,
        titleFr: thematicClusters.titleFr,
        position: thematicClusters.position,
      })
      .from(thematicClusters)
      .orderBy(thematicClusters.position),
    db
      .select({
        key: stakeholderCategories.key,
        nameEn: stakeholderCategories.nameEn,
        nameFr: stakeholderCategories.nameFr,
      })
      .from(stakeholderCategories)
      .orderBy(stakeholderCategories.position),
    db
      .selectDistinct({ code: organizations.jurisdiction })
      .from(organizations)
      .orderBy(organizations.jurisdiction),
  ]);
  return {
    principles: principleRows,
    clusters: clusterRows,
    categories: categoryRows,
    provinces: provinceRows.map((row) => row.code),
  };
}

export async function findInputForTriage(db: Database, reference: string) {
  const [row] = await db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      status: inputs.status,
      version: inputs.version,
      language: inputs.language,
      consent: inputs.publicationConsent,
      submittedAt: inputs.submittedAt,
      updatedAt: inputs.updatedAt,
      authorUserId: inputs.authorUserId,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      frameworkId: consultations.frameworkId,
      authorName: users.name,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .leftJoin(users, eq(users.id, inputs.authorUserId))
    .where(eq(inputs.reference, reference));
  if (!row || row.status === "draft") return null;
  const [texts, objectiveRows, decisions] = await Promise.all([
    db.select().from(inputTexts).where(eq(inputTexts.inputId, row.id)),
    db
      .selectDistinct({
        number: objectives.number,
        titleEn: objectives.titleEn,
        titleFr: objectives.titleFr,
      })
      .from(inputObjectives)
      .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
      .where(eq(inputObjectives.inputId, row.id)),
    listDecisions(db, row.id),
  ]);
  return {
    ...row,
    texts,
    objectives: objectiveRows.sort((a, b) => a.number - b.number),
    decisions,
  };
}

export async function listDecisions(db: Database, inputId: number) {
  return db
    .select({
      fromStatus: inputDecisions.fromStatus,
      toStatus: inputDecisions.toStatus,
      reasonCode: inputDecisions.reasonCode,
      message: inputDecisions.message,
      decidedAt: inputDecisions.decidedAt,
      decidedByName: users.name,
    })
    .from(inputDecisions)
    .innerJoin(users, eq(users.id, inputDecisions.decidedBy))
    .where(eq(inputDecisions.inputId, inputId))
    .orderBy(desc(inputDecisions.id));
}

/**
 * Moves an input to a decided status if it is still at `expectedVersion`; null when someone
 * else saved it first (the caller answers 409). Accepting a consented practice publishes it.
 */
export async function applyDecision(
  db: Database,
  decision: {
    inputId: number;
    expectedVersion: number;
    from: (typeof inputs.$inferSelect)["status"];
    to: (typeof inputs.$inferSelect)["status"];
    decidedBy: number;
    reasonCode: string | null;
    message: string | null;
    publish: boolean;
  },
) {
  const [row] = await db
    .update(inputs)
    .set({
      status: decision.to,
      version: sql`${inputs.version} + 1`,
      updatedAt: sql`now()`,
      publishedAt: decision.publish
        ? sql`now()`
        : decision.to === "accepted"
          ? inputs.publishedAt
          : null,
    })
    .where(
      and(
        eq(inputs.id, decision.inputId),
        eq(inputs.version, decision.expectedVersion),
        eq(inputs.status, decision.from),
      ),
    )
    .returning({ version: inputs.version });
  if (!row) return null;
  await db.insert(inputDecisions).values({
    inputId: decision.inputId,
    fromStatus: decision.from,
    toStatus: decision.to,
    reasonCode: decision.reasonCode,
    message: decision.message,
    decidedBy: decision.decidedBy,
  });
  return row;
}

/** The last save of an input: who and when, for a 409's "changed by … at …". */
export async function findLastChange(db: Database, inputId: number) {
  const [decision] = await db
    .select({ by: users.name, at: inputDecisions.decidedAt })
    .from(inputDecisions)
    .innerJoin(users, eq(users.id, inputDecisions.decidedBy))
    .where(eq(inputDecisions.inputId, inputId))
    .orderBy(desc(inputDecisions.id))
    .limit(1);
  const [input] = await db
    .select({ at: inputs.updatedAt, by: users.name })
    .from(inputs)
    .leftJoin(users, eq(users.id, inputs.lastEditorUserId))
    .where(eq(inputs.id, inputId));
  if (decision && input && decision.at >= input.at) return decision;
  return input ?? null;
}

/** The message of the latest decision the contributor was told about. */
export async function findLatestContributorMessage(db: Database, inputId: number) {
  const [row] = await db
    .select({
      toStatus: inputDecisions.toStatus,
      message: inputDecisions.message,
      decidedAt: inputDecisions.decidedAt,
    })
    .from(inputDecisions)
    .where(
      and(
        eq(inputDecisions.inputId, inputId),
        inArray(inputDecisions.toStatus, ["accepted", "rejected", "changes-requested"]),
      ),
    )
    .orderBy(desc(inputDecisions.id))
    .limit(1);
  return row ?? null;
}

/** Active people with a staff role: who an input can be assigned to. */
export async function listAssignableStaff(db: Database) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.status, "active"),
        inArray(userRoles.role, ["coordinator", "moderator", "drafter", "approver"]),
      ),
    )
    .orderBy(users.name);
}

/** The ids and references of up to `limit` queue inputs matching the filters (for "all that match"). */
export async function listQueueReferences(db: Database, filters: QueueFilters, limit: number) {
  const rows = await listQueue(db, filters, limit);
  return rows.map((row) => row.reference);
}

/** Assigns inputs (by reference, in the queue) to a person; returns the ids changed. */
export async function assignInputs(db: Database, references: string[], assigneeUserId: number) {
  if (references.length === 0) return [];
  return db
    .update(inputs)
    .set({ assigneeUserId, updatedAt: sql`now()` })
    .where(
      and(
        inArray(inputs.reference, references),
        sql`${inputs.status} not in ('draft', 'withdrawn')`,
      ),
    )
    .returning({ id: inputs.id, reference: inputs.reference });
}
