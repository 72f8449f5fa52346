import type { Database } from "../../../db/client";
import { recordAudit, recordAuditBatch } from "../../../db/queries/audit";
import { listFrameworkChoices } from "../../../db/queries/contributions";
import { findInputForTriage, findLastChange } from "../../../db/queries/triage";
import { bumpInputVersion } from "../../../db/queries/triage-duplicates";
import {
  addStaffTagsToInputs,
  lockBulkInputs,
  syncPublicationWithVisibility,
} from "../../../db/queries/triage-bulk";
import {
  addInputNote,
  addStaffObjective,
  findObjectiveId,
  listStaffConfirmedExamples,
  listSuggestionAcceptance,
  recordSuggestionDecision,
  replaceStaffTags,
} from "../../../db/queries/triage-tags";
import type { Locale } from "~/i18n/locale";
import { can, type Actor } from "../accounts/permissions";
import { resolveBulkTarget, type BulkTarget } from "./assignments.server";
import { createSuggester } from "./objective-suggestions";

/** How many staff-confirmed inputs train the suggester (the newest). */
const MAX_TRAINING_EXAMPLES = 2_000;

/**
 * Objectives the text probably concerns, with the words that suggest each: built from the
 * framework's own wording and from the objectives staff confirmed on *other* inputs
 * (docs/decisions/009-objective-suggestions.md). Staff decide.
 */
export async function suggestObjectives(
  db: Database,
  frameworkId: number,
  inputId: number,
  text: string,
  limit = 3,
) {
  const [{ objectives }, examples] = await Promise.all([
    listFrameworkChoices(db, frameworkId),
    listStaffConfirmedExamples(db, frameworkId, inputId, MAX_TRAINING_EXAMPLES),
  ]);
  const suggester = createSuggester({
    objectives: objectives.map((o) => ({
      number: o.number,
      title: { en: o.titleEn, fr: o.titleFr },
    })),
  });
  suggester.train(examples);
  const titles = new Map(objectives.map((o) => [o.number, { en: o.titleEn, fr: o.titleFr }]));
  return suggester.suggest(text, { limit }).map((s) => ({ ...s, title: titles.get(s.objective)! }));
}

export function inputTextForSuggestions(
  texts: Array<{ title: string; summary: string | null; body: string | null }>,
) {
  return texts.map((t) => [t.title, t.summary, t.body].filter(Boolean).join("\n")).join("\n");
}

type TagError = "forbidden" | "notFound" | "notSuggested" | "conflict";
type TagResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: TagError[]; changedBy?: string | null; changedAt?: string };

/**
 * Accepts (the objective becomes a staff tag, which also trains later suggestions) or
 * dismisses one suggested objective. Audited; the acceptance rate is read from these rows.
 */
export async function decideSuggestion(
  db: Database,
  actor: Actor,
  reference: string,
  choice: { objective: number; decision: "accepted" | "dismissed" },
  context: { ip: string | null },
): Promise<TagResult<null>> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const input = await findInputForTriage(db, reference);
  if (!input) return { ok: false, errors: ["notFound"] };
  const suggestions = await suggestObjectives(
    db,
    input.frameworkId,
    input.id,
    inputTextForSuggestions(input.texts),
    5,
  );
  const suggestion = suggestions.find((s) => s.objective === choice.objective);
  const objectiveId = await findObjectiveId(db, input.frameworkId, choice.objective);
  if (!suggestion || !objectiveId) return { ok: false, errors: ["notSuggested"] };
  await db.transaction(async (tx) => {
    await recordSuggestionDecision(tx, {
      inputId: input.id,
      objectiveId,
      decision: choice.decision,
      score: suggestion.score,
      decidedBy: actor.userId,
    });
    if (choice.decision === "accepted") await addStaffObjective(tx, input.id, objectiveId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `input.suggestion-${choice.decision}`,
      subjectType: "input",
      subjectId: input.id,
      ip: context.ip,
      details: { objective: choice.objective, score: suggestion.score },
    });
  });
  return { ok: true, value: null };
}

/** Acceptance rate of the suggestions per objective, for admins. */
export async function getSuggestionAcceptance(db: Database, locale: Locale) {
  const rows = await listSuggestionAcceptance(db);
  return rows.map((row) => {
    const decided = row.accepted + row.dismissed;
    return {
      number: row.number,
      title: locale === "fr" ? row.titleFr : row.titleEn,
      accepted: row.accepted,
      dismissed: row.dismissed,
      rate: decided ? Math.round((row.accepted / decided) * 100) : null,
    };
  });
}

/** Normalises free tags: trimmed, lower case, de-duplicated, at most 20 of 40 characters. */
export function normaliseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,;\n]/)
        .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, " "))
        .filter((tag) => tag.length > 0)
        .map((tag) => tag.slice(0, 40)),
    ),
  ].slice(0, 20);
}

/**
 * Replaces staff's classification of an input (objectives, principles, thematic cluster,
 * free tags), kept apart from the contributor's. Refused with who/when when someone saved
 * the input after the moderator opened it.
 */
export async function saveStaffTags(
  db: Database,
  actor: Actor,
  reference: string,
  tags: {
    objectives: number[];
    principles: string[];
    cluster: string | null;
    tags: string[];
    visibility?: "public" | "internal";
    expectedVersion: number;
  },
  context: { ip: string | null },
): Promise<TagResult<{ version: number }>> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const input = await findInputForTriage(db, reference);
  if (!input) return { ok: false, errors: ["notFound"] };
  return db.transaction(async (tx): Promise<TagResult<{ version: number }>> => {
    const bumped = await bumpInputVersion(tx, input.id, tags.expectedVersion);
    if (!bumped) {
      const last = await findLastChange(tx, input.id);
      return {
        ok: false,
        errors: ["conflict"],
        changedBy: last?.by ?? null,
        changedAt: last?.at.toISOString(),
      };
    }
    const visibility = tags.visibility ?? "public";
    await replaceStaffTags(tx, input.id, input.frameworkId, {
      ...tags,
      visibility,
      by: actor.userId,
    });
    await syncPublicationWithVisibility(tx, [input.id]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "input.staff-tagged",
      subjectType: "input",
      subjectId: input.id,
      ip: context.ip,
      details: {
        objectives: tags.objectives,
        principles: tags.principles,
        cluster: tags.cluster,
        tags: tags.tags,
        visibility,
      },
    });
    return { ok: true, value: { version: bumped.version } };
  });
}

/** An internal note on an input: staff only, never shown to the contributor or the public. */
export async function addInternalNote(
  db: Database,
  actor: Actor,
  reference: string,
  body: string,
  context: { ip: string | null },
): Promise<TagResult<{ id: number }>> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const input = await findInputForTriage(db, reference);
  if (!input) return { ok: false, errors: ["notFound"] };
  return db.transaction(async (tx) => {
    const id = await addInputNote(tx, input.id, actor.userId, body);
    // The audit row says a note was written, not what it says.
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "input.note-added",
      subjectType: "input",
      subjectId: input.id,
      ip: context.ip,
      details: { noteId: id },
    });
    return { ok: true as const, value: { id } };
  });
}

/**
 * Adds staff tags to a selection, or to every input matching the queue's filters (at most
 * 500): objectives, principles and free tags are added to what each input has; the cluster
 * and visibility replace it when given. One transaction, one audit row per input; every
 * input's version moves on, so a page opened before saves with a 409.
 */
export async function tagInputsInBulk(
  db: Database,
  actor: Actor,
  target: BulkTarget,
  tags: {
    objectives: number[];
    principles: string[];
    cluster: string | null;
    tags: string[];
    visibility: "public" | "internal" | null;
  },
  context: { ip: string | null },
): Promise<
  | { ok: true; value: { tagged: number } }
  | { ok: false; errors: Array<"forbidden" | "noTags" | "tooMany" | "nothingSelected"> }
> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  if (
    !tags.objectives.length &&
    !tags.principles.length &&
    !tags.cluster &&
    !tags.tags.length &&
    !tags.visibility
  )
    return { ok: false, errors: ["noTags"] };
  const resolved = await resolveBulkTarget(db, target);
  if (!resolved.ok) return resolved;
  const references = resolved.value;
  return db.transaction(async (tx) => {
    const locked = await lockBulkInputs(tx, references);
    if (locked.length === 0) return { ok: false as const, errors: ["nothingSelected" as const] };
    const ids = locked.map((input) => input.id);
    await addStaffTagsToInputs(tx, ids, { ...tags, by: actor.userId });
    if (tags.visibility) await syncPublicationWithVisibility(tx, ids);
    await recordAuditBatch(
      tx,
      ids.map((inputId) => ({
        actorUserId: actor.userId,
        action: "input.staff-tagged",
        subjectType: "input",
        subjectId: inputId,
        ip: context.ip,
        details: { added: tags, bulk: true },
      })),
    );
    return { ok: true as const, value: { tagged: ids.length } };
  });
}
