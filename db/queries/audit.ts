import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { auditEvents, users } from "../schema";

export interface AuditEntry {
  actorUserId: number | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | number | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

function auditRow(entry: AuditEntry) {
  return {
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId:
      entry.subjectId === undefined || entry.subjectId === null ? null : String(entry.subjectId),
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  };
}

/** Appends to the audit trail; pass the transaction of the change it records. */
export async function recordAudit(db: Database, entry: AuditEntry) {
  await db.insert(auditEvents).values(auditRow(entry));
}

/** Rows per statement: 6 parameters a row stays far below PostgreSQL's 65,535. */
const AUDIT_BATCH = 5_000;

/**
 * Appends many entries, one row each, in one multi-row insert (per 5,000): the same columns
 * as `recordAudit`, so the append-only triggers and readers see no difference. Pass the
 * transaction of the change they record.
 */
export async function recordAuditBatch(db: Database, entries: AuditEntry[]) {
  for (let start = 0; start < entries.length; start += AUDIT_BATCH)
    await db.insert(auditEvents).values(entries.slice(start, start + AUDIT_BATCH).map(auditRow));
}

export async function listAuditEvents(
  db: Database,
  filter: { actorUserId?: number; subjectType?: string; subjectId?: string; limit: number },
) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      ip: auditEvents.ip,
      details: auditEvents.details,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
        filter.subjectType ? eq(auditEvents.subjectType, filter.subjectType) : undefined,
        filter.subjectId ? eq(auditEvents.subjectId, filter.subjectId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
