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
  joinDuplicateGroup,
  listComparisonTexts,
  lockActiveMerge,
  lockInputsByReference,
  lockStoreAndMatchSimilarityKeys,
  markMergeUndone,
  saveSimilarityKeys,
  setInputStatus,
} from "../../../db/queries/triage-duplicates";
import { findLastChange } from "../../../db/queries/triage";
import { can, type Actor } from "../accounts/permissions";
import { canMerge } from "./input-status";
import { DEFAULT_THRESHOLD, jaccard, shingles, similarityKeys } from "./near-duplicates";

/** The words of an input as compared for near-duplicates (the database's COMPARISON_TEXT). */
export interface ComparedWords {
  title: string;
  summary: string | null;
  body: string | null;
}

/**
 * The summary and body, one per line, or the title when there is neither: what
 * db/queries/triage-duplicates.ts reads as COMPARISON_TEXT (`concat_ws` skips nulls only).
 */
export function comparisonText({ title, summary, body }: ComparedWords): string {
  const words = [summary, body].filter((part): part is string => part !== null).join("\n");
  return words === "" ? title : words;
}

/** At most this many LSH candidates are verified per submission (a campaign's first copies). */
const MAX_CANDIDATES = 200;

/**
 * The per-submit near-duplicate check (docs/decisions/014-triage-duplicates-and-tags.md and
 * 017): lock and store the input's band keys, ask the index for inputs of the same
 * consultation sharing a key, verify each candidate by the Jaccard similarity of the shingle
 * sets, and put the input in the group of those it matches (joining groups that now overlap).
 * Runs inside the submitting transaction: the group exists as soon as the input does.
 *
 * One statement when no stored input shares a band key (the common case): keys locked and
 * stored, candidates looked up (docs/decisions/026); a second reads the candidates' texts
 * and groups when there are some, and another reads the input's own text when the caller
 * does not pass it. Locks, narrowest first: the band keys (only
 * near-identical texts wait on each other); the joined group's row, shared (copies of one
 * campaign join it side by side); the consultation only to create or merge groups.
 */
export async function recordNearDuplicates(
  tx: Database,
  inputId: number,
  /** the words just saved, when the caller has them: one statement less */
  known?: { consultationId: number; text: ComparedWords },
) {
  const own = known
    ? { consultationId: known.consultationId, text: comparisonText(known.text) }
    : await findComparisonText(tx, inputId);
  if (!own) return { groupId: null, similar: 0 };
  const computed = similarityKeys(own.text);
  if (!computed) {
    await saveSimilarityKeys(tx, inputId, own.consultationId, null);
    return { groupId: null, similar: 0 };
  }
  // One statement: the lookup's snapshot is taken once the locks are held.
  const candidateIds = await lockStoreAndMatchSimilarityKeys(
    tx,
    inputId,
    own.consultationId,
    computed.keys,
    MAX_CANDIDATES,
  );
  if (candidateIds.length === 0) return { groupId: null, similar: 0 };
  const candidates = await findCandidateTexts(tx, inputId, candidateIds);
  const matches: Array<{ inputId: number; similarity: number; groupId: number | null }> = [];
  // One verified member of a group is enough to join it: its other members are not read.
  const matchedGroups = new Set<number>();
  const verify = (candidate: { inputId: number; text: string; groupId: number | null }) => {
    if (candidate.groupId !== null && matchedGroups.has(candidate.groupId)) return;
    const similarity = jaccard(computed.shingles, shingles(candidate.text));
    if (similarity < DEFAULT_THRESHOLD) return;
    if (candidate.groupId !== null) matchedGroups.add(candidate.groupId);
    matches.push({ inputId: candidate.inputId, similarity, groupId: candidate.groupId });
  };
  for (const { text, ...candidate } of candidates)
    if (text !== null) verify({ ...candidate, text });
  // A group whose first candidate did not match: its other candidates, read now.
  const unread = candidates.filter(
    (c) => c.text === null && c.groupId !== null && !matchedGroups.has(c.groupId),
  );
  if (unread.length > 0) {
    const texts = await listComparisonTexts(
      tx,
      unread.map((c) => c.inputId),
    );
    const byId = new Map(texts.map((t) => [t.inputId, t.text]));
    for (const candidate of unread) {
      const text = byId.get(candidate.inputId);
      if (text !== undefined) verify({ ...candidate, text });
    }
  }
  if (matches.length === 0) return { groupId: null, similar: 0 };
  const best = Math.max(...matches.map((m) => m.similarity));
  const ownGroupId = candidates[0]!.ownGroupId;

  // Every match already in one group (a campaign's next copy): join it, holding only its row.
  const seen = new Set(matches.map((m) => m.groupId));
  const [only] = seen;
  if (seen.size === 1 && only != null && (ownGroupId === null || ownGroupId === only)) {
    if (await joinDuplicateGroup(tx, only, { inputId, similarity: best }))
      return { groupId: only, similar: matches.length };
  }

  // A group to create or groups to merge: one submit of the consultation at a time, reading
  // the memberships again once it holds the lock (sent together, run in order: the second
  // statement's snapshot is taken after the first has the lock).
  const [, memberships] = await Promise.all([
    lockDuplicateGrouping(tx, own.consultationId),
    findGroupsOf(tx, [inputId, ...matches.map((m) => m.inputId)]),
  ]);
  const groupIds = [...new Set(memberships.map((m) => m.groupId))].sort((a, b) => a - b);
  const groupId = groupIds[0] ?? (await createDuplicateGroup(tx, own.consultationId));
  await absorbGroups(tx, groupId, groupIds.slice(1));
  const grouped = new Set(memberships.map((m) => m.inputId));
  await addGroupMembers(tx, groupId, [
    { inputId, similarity: best },
    ...matches
      .filter((m) => !grouped.has(m.inputId))
      .map((m) => ({ inputId: m.inputId, similarity: m.similarity })),
  ]);
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
