import type { Database } from "../../../db/client";
import { findUserById } from "../../../db/queries/accounts";
import { recordAuditBatch } from "../../../db/queries/audit";
import {
  assignInputs,
  listAssignableStaff,
  listQueueReferences,
  type QueueFilters,
} from "../../../db/queries/triage";
import { can, type Actor } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";

export const MAX_BULK = 500;

/** A bulk action's inputs: the ones ticked, or every one matching the queue's filters. */
export type BulkTarget = { references: string[] } | { filters: QueueFilters };

/**
 * The references a bulk action applies to (ticked ones without repeats, or those matching
 * the filters), refused when there are none or more than MAX_BULK.
 */
export async function resolveBulkTarget(
  db: Database,
  target: BulkTarget,
): Promise<{ ok: true; value: string[] } | { ok: false; errors: ["tooMany" | "nothingSelected"] }> {
  const references =
    "references" in target
      ? [...new Set(target.references)]
      : await listQueueReferences(db, target.filters, MAX_BULK + 1);
  if (references.length > MAX_BULK) return { ok: false, errors: ["tooMany"] };
  if (references.length === 0) return { ok: false, errors: ["nothingSelected"] };
  return { ok: true, value: references };
}

export async function listAssignees(db: Database) {
  return listAssignableStaff(db);
}

/**
 * Assigns a selection, or every input matching the queue's filters (at most 500), to one staff
 * member: one transaction, one audit row per input, one notification to the assignee.
 */
export async function assignToStaff(
  db: Database,
  actor: Actor,
  target: BulkTarget,
  assigneeUserId: number,
  context: { ip: string | null; publicUrl: string },
): Promise<
  | { ok: true; value: { assigned: number } }
  | { ok: false; errors: Array<"forbidden" | "noAssignee" | "tooMany" | "nothingSelected"> }
> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const staff = await listAssignableStaff(db);
  if (!staff.some((person) => person.id === assigneeUserId))
    return { ok: false, errors: ["noAssignee"] };
  const resolved = await resolveBulkTarget(db, target);
  if (!resolved.ok) return resolved;
  const references = resolved.value;
  return db.transaction(async (tx) => {
    const assigned = await assignInputs(tx, references, assigneeUserId);
    await recordAuditBatch(
      tx,
      assigned.map((input) => ({
        actorUserId: actor.userId,
        action: "input.assigned",
        subjectType: "input",
        subjectId: input.id,
        ip: context.ip,
        details: { assigneeUserId },
      })),
    );
    const assignee = await findUserById(tx, assigneeUserId);
    const assigner = await findUserById(tx, actor.userId);
    if (assignee && assigned.length > 0) {
      await notify(
        tx,
        "input.assigned",
        {
          userId: assignee.id,
          email: assignee.email,
          name: assignee.name,
          language: assignee.preferredLanguage,
        },
        {
          recipientName: assignee.name,
          assignedBy: assigner?.name ?? "Roundtable",
          references: assigned.map((input) => input.reference),
          queueUrl: {
            en: `${context.publicUrl}/en/staff/triage?assignee=me`,
            fr: `${context.publicUrl}/fr/staff/triage?assignee=me`,
          },
        },
      );
    }
    return { ok: true as const, value: { assigned: assigned.length } };
  });
}
