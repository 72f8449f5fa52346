import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { consultations, inputDecisions, inputs, inputStaffTags, users } from "../schema";

type Status = (typeof inputs.$inferSelect)["status"];

/**
 * Locks the queue inputs of a bulk action (id order, so two bulk actions never deadlock) and
 * returns what a decision needs: status, version, publication inputs and the author.
 */
export async function lockBulkInputs(db: Database, references: string[]) {
  if (references.length === 0) return [];
  return db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      status: inputs.status,
      version: inputs.version,
      consent: inputs.publicationConsent,
      frameworkId: consultations.frameworkId,
      visibility: sql<"public" | "internal">`coalesce(${inputStaffTags.visibility}, 'public')`,
      authorUserId: inputs.authorUserId,
      authorEmail: users.email,
      authorName: users.name,
      authorLanguage: users.preferredLanguage,
    })
    .from(inputs)
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .leftJoin(inputStaffTags, eq(inputStaffTags.inputId, inputs.id))
    .leftJoin(users, eq(users.id, inputs.authorUserId))
    .where(
      and(
        inArray(inputs.reference, references),
        sql`${inputs.status} not in ('draft', 'withdrawn')`,
      ),
    )
    .orderBy(asc(inputs.id))
    .for("update", { of: inputs });
}

/**
 * Moves locked inputs to one decided status: one update, one decision row each (with its own
 * "from"). `publishIds` are the consented public practices being accepted.
 */
export async function applyBulkDecision(
  db: Database,
  decision: {
    inputs: Array<{ id: number; status: Status }>;
    to: Status;
    publishIds: number[];
    decidedBy: number;
    reasonCode: string | null;
    message: string | null;
  },
) {
  const ids = decision.inputs.map((input) => input.id);
  if (ids.length === 0) return [];
  const publish = decision.publishIds.length
    ? sql`${inputs.id} = any(${sql.param(decision.publishIds)}::int[])`
    : sql`false`;
  const updated = await db
    .update(inputs)
    .set({
      status: decision.to,
      version: sql`${inputs.version} + 1`,
      updatedAt: sql`now()`,
      publishedAt:
        decision.to === "accepted"
          ? sql`case when ${publish} then now() else ${inputs.publishedAt} end`
          : null,
    })
    .where(inArray(inputs.id, ids))
    .returning({ id: inputs.id, version: inputs.version });
  await db.insert(inputDecisions).values(
    decision.inputs.map((input) => ({
      inputId: input.id,
      fromStatus: input.status,
      toStatus: decision.to,
      reasonCode: decision.reasonCode,
      message: decision.message,
      decidedBy: decision.decidedBy,
    })),
  );
  return updated;
}

/**
 * Adds staff tags to inputs (never removes any): objectives and principles by number and key
 * in each input's own framework, the cluster and visibility when given, free tags merged
 * (at most 20). Bumps every input's version so an item page opened before answers 409.
 */
export async function addStaffTagsToInputs(
  db: Database,
  inputIds: number[],
  tags: {
    objectives: number[];
    principles: string[];
    cluster: string | null;
    tags: string[];
    visibility: "public" | "internal" | null;
    by: number;
  },
) {
  if (inputIds.length === 0) return;
  const ids = sql`${sql.param(inputIds)}::int[]`;
  if (tags.objectives.length)
    await db.execute(sql`insert into input_objectives (input_id, objective_id, source)
      select i.id, o.id, 'staff' from inputs i
      join consultations c on c.id = i.consultation_id
      join objectives o on o.framework_id = c.framework_id
        and o.number = any(${sql.param(tags.objectives)}::int[])
      where i.id = any(${ids}) on conflict do nothing`);
  if (tags.principles.length)
    await db.execute(sql`insert into input_principles (input_id, principle_id, source)
      select i.id, p.id, 'staff' from inputs i
      join consultations c on c.id = i.consultation_id
      join principles p on p.framework_id = c.framework_id
        and p.key = any(${sql.param(tags.principles)}::text[])
      where i.id = any(${ids}) on conflict do nothing`);
  const cluster = tags.cluster
    ? sql`(select tc.id from thematic_clusters tc where tc.framework_id = c.framework_id and tc.key = ${tags.cluster})`
    : sql`null::int`;
  const visibility = tags.visibility ?? "public";
  await db.execute(sql`insert into input_staff_tags
      (input_id, thematic_cluster_id, tags, visibility, updated_by, updated_at)
    select i.id, ${cluster}, ${sql.param(tags.tags)}::text[], ${visibility}::input_visibility, ${tags.by}, now()
    from inputs i join consultations c on c.id = i.consultation_id
    where i.id = any(${ids})
    on conflict (input_id) do update set
      thematic_cluster_id = coalesce(excluded.thematic_cluster_id, input_staff_tags.thematic_cluster_id),
      tags = (select coalesce(array_agg(tag order by tag), '{}') from (
        select distinct tag from unnest(input_staff_tags.tags || excluded.tags) tag limit 20) merged),
      visibility = ${tags.visibility ? sql`excluded.visibility` : sql`input_staff_tags.visibility`},
      updated_by = excluded.updated_by,
      updated_at = now()`);
  await db
    .update(inputs)
    .set({ version: sql`${inputs.version} + 1`, updatedAt: sql`now()` })
    .where(inArray(inputs.id, inputIds));
}

/**
 * Brings publication in line with staff's visibility: an internal-only input is unpublished;
 * an accepted, consented practice made public again is published.
 */
export async function syncPublicationWithVisibility(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return;
  await db.execute(sql`update inputs i set published_at = case
      when exists (select 1 from input_staff_tags t where t.input_id = i.id and t.visibility = 'internal')
        then null
      when i.status = 'accepted' and i.kind = 'practice' and i.publication_consent <> 'private'
        then coalesce(i.published_at, now())
      else i.published_at end
    where i.id = any(${sql.param(inputIds)}::int[])`);
}

/** Staff's visibility of one input ('public' when staff never said). */
export async function findVisibility(db: Database, inputId: number) {
  const [row] = await db
    .select({ visibility: inputStaffTags.visibility })
    .from(inputStaffTags)
    .where(eq(inputStaffTags.inputId, inputId));
  return row?.visibility ?? "public";
}
