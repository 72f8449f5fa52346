import { and, asc, eq, inArray, isNull, sql, type SQLWrapper } from "drizzle-orm";
import type { Database } from "../client";
import {
  duplicateGroupMembers,
  duplicateGroups,
  inputDecisions,
  inputMergeMembers,
  inputMerges,
  inputs,
  inputSimilarityKeys,
  inputTexts,
  organizations,
  users,
} from "../schema";
import { rowsOf } from "./framework";

type Status = (typeof inputs.$inferSelect)["status"];

/**
 * The words compared for near-duplicates: the original-language summary and body (the
 * title when there is neither: a generated comment title would make every comment alike).
 */
const comparisonTextOf = (summary: SQLWrapper, body: SQLWrapper, title: SQLWrapper) =>
  sql<string>`coalesce(nullif(concat_ws(E'\n', ${summary}, ${body}), ''), ${title})`;
const COMPARISON_TEXT = comparisonTextOf(inputTexts.summary, inputTexts.body, inputTexts.title);

/** COMPARISON_TEXT of given words (tests check the app's own copy of the rule against it). */
export async function comparisonTextInSql(
  db: Database,
  words: { title: string; summary: string | null; body: string | null },
) {
  const text = comparisonTextOf(
    sql`${words.summary}::text`,
    sql`${words.body}::text`,
    sql`${words.title}::text`,
  );
  const rows = await db.execute(sql`select ${text} as text`);
  return rowsOf<{ text: string }>(rows)[0]!.text;
}

export async function findComparisonText(db: Database, inputId: number) {
  const [row] = await db
    .select({ consultationId: inputs.consultationId, text: COMPARISON_TEXT })
    .from(inputs)
    .innerJoin(
      inputTexts,
      and(eq(inputTexts.inputId, inputs.id), eq(inputTexts.language, inputs.language)),
    )
    .where(eq(inputs.id, inputId));
  return row ?? null;
}

export async function listComparisonTexts(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return [];
  return db
    .select({ inputId: inputs.id, text: COMPARISON_TEXT })
    .from(inputs)
    .innerJoin(
      inputTexts,
      and(eq(inputTexts.inputId, inputs.id), eq(inputTexts.language, inputs.language)),
    )
    .where(and(inArray(inputs.id, inputIds), sql`${inputs.status} not in ('draft', 'withdrawn')`));
}

export async function saveSimilarityKeys(
  db: Database,
  inputId: number,
  consultationId: number,
  keys: number[] | null,
) {
  if (!keys) {
    await db.delete(inputSimilarityKeys).where(eq(inputSimilarityKeys.inputId, inputId));
    return;
  }
  await db
    .insert(inputSimilarityKeys)
    .values({ inputId, consultationId, keys })
    .onConflictDoUpdate({ target: inputSimilarityKeys.inputId, set: { keys, consultationId } });
}

/**
 * Creating or merging duplicate groups of one consultation happens one submit at a time (two
 * submits would otherwise each create a group for the same earlier input, or lock group rows
 * in opposite orders). Taken only by a submit that must create or merge a group, after its
 * band-key locks; held until the submit's transaction ends.
 */
export async function lockDuplicateGrouping(db: Database, consultationId: number) {
  // 0x5254 ("RT"): this application's namespace of advisory locks
  await db.execute(sql`select pg_advisory_xact_lock(${0x5254}, ${consultationId})`);
}

/**
 * Locks the input's band keys, stores them and returns the candidates: inputs of the same
 * consultation sharing a key (at most `limit`, the input itself left out), in one statement
 * (the function `lock_store_similarity_keys`, migration 0015; docs/decisions/026).
 *
 * One transaction-level advisory lock per key of the consultation, in one order. Two
 * near-identical texts share a band key, so the second submit waits there until the first
 * commits; the function's lookup is a statement of its own (a VOLATILE function takes a new
 * snapshot for each), so it then sees the first. Texts with no key in common never wait on
 * each other (docs/decisions/017). The lock ids are the bigint form (consultation << 32 |
 * key): apart from the two-int locks above. The GIN index's matches are gathered in a
 * MATERIALIZED CTE before the LIMIT: with the LIMIT in the same query the planner expected to
 * meet them early in a sequential scan and read the whole table (decision 017).
 */
export async function lockStoreAndMatchSimilarityKeys(
  db: Database,
  inputId: number,
  consultationId: number,
  keys: number[],
  limit: number,
) {
  const rows = await db.execute(sql`select lock_store_similarity_keys(${inputId}::int,
    ${consultationId}::int, ${sql.param(keys)}::int[], ${limit}::int) as input_id`);
  return rowsOf<{ input_id: number }>(rows).map((row) => Number(row.input_id));
}

/**
 * The candidates, drafts and withdrawn left out, in input order, each with its duplicate
 * group and the input's own (null when in none). The comparison text is read for the
 * candidates in no group and for the first candidate of each group; the others' is null,
 * read with listComparisonTexts only if that first one does not match: one verified member is
 * enough to join a group, and a campaign's next copy would otherwise read every earlier copy
 * the band keys return.
 */
export async function findCandidateTexts(db: Database, inputId: number, candidateIds: number[]) {
  if (candidateIds.length === 0) return [];
  const rows = await db.execute(sql`
    with candidate as (
      select ${inputs.id} as input_id, ${inputs.language} as language, m.group_id,
        row_number() over (partition by m.group_id order by ${inputs.id}) as nth
      from ${inputs}
      left join ${duplicateGroupMembers} m on m.input_id = ${inputs.id}
      where ${inputs.id} = any(${sql.param(candidateIds)}::int[])
        and ${inputs.status} not in ('draft', 'withdrawn'))
    select c.input_id, c.group_id,
      case when c.group_id is null or c.nth = 1 then (select ${COMPARISON_TEXT} from ${inputTexts}
        where ${inputTexts.inputId} = c.input_id and ${inputTexts.language} = c.language) end as text,
      (select own.group_id from ${duplicateGroupMembers} own where own.input_id = ${inputId}) as own_group_id
    from candidate c
    order by c.input_id`);
  return rowsOf<{
    input_id: number;
    text: string | null;
    group_id: number | null;
    own_group_id: number | null;
  }>(rows).map((row) => ({
    inputId: Number(row.input_id),
    text: row.text,
    groupId: row.group_id === null ? null : Number(row.group_id),
    ownGroupId: row.own_group_id === null ? null : Number(row.own_group_id),
  }));
}

export async function findGroupsOf(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return [];
  return db
    .select({ inputId: duplicateGroupMembers.inputId, groupId: duplicateGroupMembers.groupId })
    .from(duplicateGroupMembers)
    .where(inArray(duplicateGroupMembers.inputId, inputIds));
}

/**
 * Adds an input to a group, holding the group's row FOR SHARE until the submit ends, so it
 * cannot be absorbed (and deleted, members and all) while the submit joins it: one statement.
 * False, and nothing added, when the group was absorbed meanwhile.
 */
export async function joinDuplicateGroup(
  db: Database,
  groupId: number,
  member: { inputId: number; similarity: number },
) {
  const rows = await db.execute(sql`
    insert into ${duplicateGroupMembers} (input_id, group_id, similarity)
    select ${member.inputId}::int, g.id, ${member.similarity}::real
    from ${duplicateGroups} g where g.id = ${groupId} for share of g
    on conflict (input_id) do update set group_id = excluded.group_id,
      similarity = greatest(excluded.similarity, ${duplicateGroupMembers.similarity})
    returning input_id`);
  return rowsOf(rows).length === 1;
}

export async function createDuplicateGroup(db: Database, consultationId: number) {
  const [row] = await db
    .insert(duplicateGroups)
    .values({ consultationId })
    .returning({ id: duplicateGroups.id });
  return row!.id;
}

/** Moves every member of the other groups into `groupId` (two groups found to overlap). */
export async function absorbGroups(db: Database, groupId: number, otherGroupIds: number[]) {
  if (otherGroupIds.length === 0) return;
  // A submit joining one of them holds its row FOR SHARE (joinDuplicateGroup): wait for it,
  // so the move below (a newer snapshot) carries its member along.
  await db.execute(
    sql`select id from ${duplicateGroups} where id in (${sql.join(
      otherGroupIds.map((id) => sql`${id}`),
      sql`, `,
    )}) order by id for update`,
  );
  await db
    .update(duplicateGroupMembers)
    .set({ groupId })
    .where(inArray(duplicateGroupMembers.groupId, otherGroupIds));
  await db.delete(duplicateGroups).where(inArray(duplicateGroups.id, otherGroupIds));
}

export async function addGroupMembers(
  db: Database,
  groupId: number,
  members: Array<{ inputId: number; similarity: number }>,
) {
  if (members.length === 0) return;
  await db
    .insert(duplicateGroupMembers)
    .values(members.map((m) => ({ ...m, groupId })))
    .onConflictDoUpdate({
      target: duplicateGroupMembers.inputId,
      set: {
        groupId,
        similarity: sql`greatest(excluded.similarity, ${duplicateGroupMembers.similarity})`,
      },
    });
}

const TITLE = sql<string>`(select t.title from ${inputTexts} t where t.input_id = ${inputs.id} order by (t.language = ${inputs.language}) desc limit 1)`;

/** The other inputs of an input's duplicate group, for the item page. */
export async function listGroupPeers(db: Database, inputId: number) {
  const [own] = await db
    .select({ groupId: duplicateGroupMembers.groupId })
    .from(duplicateGroupMembers)
    .where(eq(duplicateGroupMembers.inputId, inputId));
  if (!own) return { groupId: null, peers: [] };
  const peers = await db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      status: inputs.status,
      language: inputs.language,
      similarity: duplicateGroupMembers.similarity,
      title: TITLE,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
    })
    .from(duplicateGroupMembers)
    .innerJoin(inputs, eq(inputs.id, duplicateGroupMembers.inputId))
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(
      and(
        eq(duplicateGroupMembers.groupId, own.groupId),
        sql`${inputs.id} <> ${inputId}`,
        sql`${inputs.status} not in ('draft', 'withdrawn')`,
      ),
    )
    .orderBy(asc(inputs.id));
  return { groupId: own.groupId, peers };
}

// ---------------------------------------------------------------------------------------
// Merges

/** Locks the inputs (by reference) for a merge, in id order (no deadlock between two merges). */
export async function lockInputsByReference(db: Database, references: string[]) {
  if (references.length === 0) return [];
  const result =
    await db.execute(sql`select id, reference, status, version, consultation_id, published_at::text
    from ${inputs} where reference in (${sql.join(
      references.map((r) => sql`${r}`),
      sql`, `,
    )}) order by id for update`);
  return rowsOf<{
    id: number;
    reference: string;
    status: Status;
    version: number;
    consultation_id: number;
    published_at: string | null;
  }>(result).map((row) => ({
    id: Number(row.id),
    reference: row.reference,
    status: row.status,
    version: Number(row.version),
    consultationId: Number(row.consultation_id),
    publishedAt: row.published_at,
  }));
}

export async function insertMerge(
  db: Database,
  survivorInputId: number,
  mergedBy: number,
  members: Array<{ inputId: number; previousStatus: Status; previousPublishedAt: string | null }>,
) {
  const [merge] = await db
    .insert(inputMerges)
    .values({ survivorInputId, mergedBy })
    .returning({ id: inputMerges.id });
  await db.insert(inputMergeMembers).values(
    members.map((m) => ({
      mergeId: merge!.id,
      inputId: m.inputId,
      previousStatus: m.previousStatus,
      previousPublishedAt: m.previousPublishedAt
        ? sql`${m.previousPublishedAt}::timestamptz`
        : null,
    })),
  );
  return merge!.id;
}

/** Sets an input's status (merge / undo), bumping its version, and records it as a decision. */
export async function setInputStatus(
  db: Database,
  change: {
    inputId: number;
    from: Status;
    to: Status;
    by: number;
    publishedAt: string | null;
    reasonCode?: string | null;
  },
) {
  await db
    .update(inputs)
    .set({
      status: change.to,
      version: sql`${inputs.version} + 1`,
      updatedAt: sql`now()`,
      publishedAt: change.publishedAt ? sql`${change.publishedAt}::timestamptz` : null,
    })
    .where(eq(inputs.id, change.inputId));
  await db.insert(inputDecisions).values({
    inputId: change.inputId,
    fromStatus: change.from,
    toStatus: change.to,
    reasonCode: change.reasonCode ?? null,
    decidedBy: change.by,
  });
}

/** Bumps the survivor's version: it now speaks for more (or fewer) people. */
export async function bumpInputVersion(db: Database, inputId: number, expectedVersion: number) {
  const [row] = await db
    .update(inputs)
    .set({ version: sql`${inputs.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(inputs.id, inputId), eq(inputs.version, expectedVersion)))
    .returning({ version: inputs.version });
  return row ?? null;
}

export async function lockActiveMerge(db: Database, mergeId: number) {
  const result = await db.execute(
    sql`select id, survivor_input_id from ${inputMerges} where id = ${mergeId} and undone_at is null for update`,
  );
  const [row] = rowsOf<{ id: number; survivor_input_id: number }>(result);
  if (!row) return null;
  const members = await db
    .select({
      inputId: inputMergeMembers.inputId,
      previousStatus: inputMergeMembers.previousStatus,
      previousPublishedAt: sql<string | null>`${inputMergeMembers.previousPublishedAt}::text`,
      status: inputs.status,
    })
    .from(inputMergeMembers)
    .innerJoin(inputs, eq(inputs.id, inputMergeMembers.inputId))
    .where(eq(inputMergeMembers.mergeId, mergeId))
    .orderBy(asc(inputMergeMembers.inputId));
  return { id: Number(row.id), survivorInputId: Number(row.survivor_input_id), members };
}

export async function markMergeUndone(db: Database, mergeId: number, by: number) {
  await db
    .update(inputMerges)
    .set({ undoneBy: by, undoneAt: sql`now()` })
    .where(eq(inputMerges.id, mergeId));
}

/** Active merges into an input, with the references they folded in. */
export async function listMergesInto(db: Database, survivorInputId: number) {
  return db
    .select({
      mergeId: inputMerges.id,
      mergedAt: inputMerges.mergedAt,
      mergedByName: users.name,
      reference: inputs.reference,
    })
    .from(inputMerges)
    .innerJoin(inputMergeMembers, eq(inputMergeMembers.mergeId, inputMerges.id))
    .innerJoin(inputs, eq(inputs.id, inputMergeMembers.inputId))
    .innerJoin(users, eq(users.id, inputMerges.mergedBy))
    .where(and(eq(inputMerges.survivorInputId, survivorInputId), isNull(inputMerges.undoneAt)))
    .orderBy(asc(inputMerges.id), asc(inputs.id));
}

/** The input an input was merged into (its active merge), if any. */
export async function findSurvivorOf(db: Database, inputId: number) {
  const [row] = await db
    .select({ reference: inputs.reference })
    .from(inputMergeMembers)
    .innerJoin(inputMerges, eq(inputMerges.id, inputMergeMembers.mergeId))
    .innerJoin(inputs, eq(inputs.id, inputMerges.survivorInputId))
    .where(and(eq(inputMergeMembers.inputId, inputId), isNull(inputMerges.undoneAt)));
  return row?.reference ?? null;
}

/**
 * Everyone an input speaks for: itself and every input merged into it (transitively, active
 * merges only), each with its organization, province/territory and author.
 */
export async function listVoicesOf(db: Database, inputId: number) {
  const result = await db.execute(sql`with recursive folded(input_id) as (
      select ${inputId}::int
      union
      select mm.input_id from ${inputMergeMembers} mm
        join ${inputMerges} m on m.id = mm.merge_id and m.undone_at is null
        join folded f on f.input_id = m.survivor_input_id
    )
    select i.reference, o.name_en as organization_name_en, o.name_fr as organization_name_fr,
      o.jurisdiction, u.name as author_name
    from folded f
    join ${inputs} i on i.id = f.input_id
    join ${organizations} o on o.id = i.organization_id
    left join ${users} u on u.id = i.author_user_id
    order by i.id`);
  return rowsOf<{
    reference: string;
    organization_name_en: string;
    organization_name_fr: string;
    jurisdiction: string;
    author_name: string | null;
  }>(result).map((row) => ({
    reference: row.reference,
    organizationNameEn: row.organization_name_en,
    organizationNameFr: row.organization_name_fr,
    jurisdiction: row.jurisdiction,
    authorName: row.author_name,
  }));
}

/** "412 copies from 37 organizations in 9 provinces/territories": a group's reach in the queue. */
export async function summarizeGroup(db: Database, groupId: number) {
  const [row] = await db
    .select({
      copies: sql<number>`count(*)::int`,
      organizations: sql<number>`count(distinct ${inputs.organizationId})::int`,
      provinces: sql<number>`count(distinct ${organizations.jurisdiction}) filter (where ${organizations.jurisdiction} not in ('national', 'international'))::int`,
    })
    .from(duplicateGroupMembers)
    .innerJoin(inputs, eq(inputs.id, duplicateGroupMembers.inputId))
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(
      and(
        eq(duplicateGroupMembers.groupId, groupId),
        sql`${inputs.status} not in ('draft', 'withdrawn')`,
      ),
    );
  return row ?? { copies: 0, organizations: 0, provinces: 0 };
}
