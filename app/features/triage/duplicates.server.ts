import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  absorbGroups,
  addGroupMembers,
  bumpInputVersion,
  createDuplicateGroup,
  findComparisonText,
  findGroupsOf,
  findCandidateTexts,
  lockDuplicateGrouping,
  insertMerge,
  lockActiveMerge,
  lockInputsByReference,
  markMergeUndone,
  saveSimilarityKeys,
  setInputStatus,
} from "../../../db/queries/triage-duplicates";
import { findLastChange } from "../../../db/queries/triage";
import { can, type Actor } from "../accounts/permissions";
import { canMerge } from "./input-status";
import { DEFAULT_THRESHOLD, jaccard, shingles, similarityKeys } from "./near-duplicates";

/** At most this many LSH candidates are verified per submission (a campaign's first copies). */
const MAX_CANDIDATES = 200;

/**
 * The per-submit near-duplicate check (docs/decisions/014-triage-duplicates-and-tags.md):
 * store the input's band keys, ask the index for inputs of the same consultation sharing a
 * key, verify each candidate by the Jaccard similarity of the shingle sets, and put the input
 * in the group of those it matches (joining groups that now overlap). Runs inside the
 * submitting transaction: the group exists as soon as the input does.
 */
export async function recordNearDuplicates(tx: Database, inputId: number) {
  const own = await findComparisonText(tx, inputId);
  if (!own) return { groupId: null, similar: 0 };
  const computed = similarityKeys(own.text);
  await saveSimilarityKeys(tx, inputId, own.consultationId, computed?.keys ?? null);
  if (!computed) return { groupId: null, similar: 0 };
  await lockDuplicateGrouping(tx, own.consultationId);
  const candidates = await findCandidateTexts(
    tx,
    own.consultationId,
    inputId,
    computed.keys,
    MAX_CANDIDATES,
  );
  const matches: Array<{ inputId: number; similarity: number }> = [];
  for (const candidate of candidates) {
    const similarity = jaccard(computed.shingles, shingles(candidate.text));
    if (similarity >= DEFAULT_THRESHOLD) matches.push({ inputId: candidate.inputId, similarity });
  }
  if (matches.length === 0) return { groupId: null, similar: 0 };
  const best = Math.max(...matches.map((m) => m.similarity));
  const memberships = await findGroupsOf(tx, [inputId, ...matches.map((m) => m.inputId)]);
  const groupIds = [...new Set(memberships.map((m) => m.groupId))].sort((a, b) => a - b);
  const groupId = groupIds[0] ?? (await createDuplicateGroup(tx, own.consultationId));
  await absorbGroups(tx, groupId, groupIds.slice(1));
  await addGroupMembers(tx, groupId, [{ inputId, similarity: best }, ...matches]);
  return { groupId, similar: matches.length };
}

export type MergeError =
  "forbidden" | "notFound" | "nothingSelected" | "notMergeable" | "otherConsultation" | "conflict";

type MergeResult =
  | { ok: true; value: { mergeId: number; merged: number } }
  | { ok: false; errors: MergeError[]; changedBy?: string | null; changedAt?: string };

/**
 * Merges inputs into a survivor: each merged input keeps its words, author and organization,
 * becomes "merged" and is linked to the survivor, which then speaks for all of them. One
 * transaction, one audit row per input, a decision row in each merged input's history.
 */
export async function mergeInputs(
  db: Database,
  actor: Actor,
  survivorReference: string,
  mergedReferences: string[],
  expectedVersion: number,
  context: { ip: string | null },
): Promise<MergeResult> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const others = [...new Set(mergedReferences)].filter((r) => r !== survivorReference);
  if (others.length === 0) return { ok: false, errors: ["nothingSelected"] };
  return db.transaction(async (tx): Promise<MergeResult> => {
    const locked = await lockInputsByReference(tx, [survivorReference, ...others]);
    const survivor = locked.find((row) => row.reference === survivorReference);
    const merged = locked.filter((row) => row.reference !== survivorReference);
    if (!survivor || survivor.status === "draft" || merged.length !== others.length)
      return { ok: false, errors: ["notFound"] };
    if (survivor.version !== expectedVersion) {
      const last = await findLastChange(tx, survivor.id);
      return {
        ok: false,
        errors: ["conflict"],
        changedBy: last?.by ?? null,
        changedAt: last?.at.toISOString(),
      };
    }
    if (!canMerge(survivor.status) || merged.some((row) => !canMerge(row.status)))
      return { ok: false, errors: ["notMergeable"] };
    if (merged.some((row) => row.consultationId !== survivor.consultationId))
      return { ok: false, errors: ["otherConsultation"] };
    const mergeId = await insertMerge(
      tx,
      survivor.id,
      actor.userId,
      merged.map((row) => ({
        inputId: row.id,
        previousStatus: row.status,
        previousPublishedAt: row.publishedAt,
      })),
    );
    for (const row of merged) {
      await setInputStatus(tx, {
        inputId: row.id,
        from: row.status,
        to: "merged",
        by: actor.userId,
        publishedAt: null,
        reasonCode: "duplicate",
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "input.merged",
        subjectType: "input",
        subjectId: row.id,
        ip: context.ip,
        details: { into: survivor.reference, mergeId, from: row.status },
      });
    }
    await bumpInputVersion(tx, survivor.id, survivor.version);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "input.merge-survivor",
      subjectType: "input",
      subjectId: survivor.id,
      ip: context.ip,
      details: { mergeId, merged: merged.map((row) => row.reference) },
    });
    return { ok: true, value: { mergeId, merged: merged.length } };
  });
}

/**
 * Undoes a merge: each merged input gets back the status (and publication) it had, and
 * leaves the survivor. Audited like the merge. Refused once undone.
 */
export async function undoMerge(
  db: Database,
  actor: Actor,
  survivorReference: string,
  mergeId: number,
  context: { ip: string | null },
): Promise<{ ok: true; value: { restored: number } } | { ok: false; errors: MergeError[] }> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  return db.transaction(async (tx) => {
    const merge = await lockActiveMerge(tx, mergeId);
    const [survivor] = await lockInputsByReference(tx, [survivorReference]);
    if (!merge || !survivor || merge.survivorInputId !== survivor.id)
      return { ok: false as const, errors: ["notFound" as const] };
    for (const member of merge.members) {
      // Only "merged" can be restored: nothing else moves an input out of that status.
      if (member.status !== "merged") continue;
      await setInputStatus(tx, {
        inputId: member.inputId,
        from: "merged",
        to: member.previousStatus,
        by: actor.userId,
        publishedAt: member.previousPublishedAt,
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "input.merge-undone",
        subjectType: "input",
        subjectId: member.inputId,
        ip: context.ip,
        details: { from: survivor.reference, mergeId, to: member.previousStatus },
      });
    }
    await markMergeUndone(tx, mergeId, actor.userId);
    await bumpInputVersion(tx, survivor.id, survivor.version);
    return { ok: true as const, value: { restored: merge.members.length } };
  });
}
