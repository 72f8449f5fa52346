import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { emailMessages, emailOptOuts, notifications } from "../schema";

export type EmailMessageRow = typeof emailMessages.$inferSelect;

export interface NewEmail {
  event: string;
  recipientUserId: number | null;
  recipientEmail: string;
  recipientName: string | null;
  language: "en" | "fr" | "bilingual";
  data: Record<string, unknown>;
  dedupeKey?: string | null;
  mailDomain: string;
}

/** Queues an e-mail; with a dedupe key, queuing the same message twice keeps one. */
export async function insertEmail(db: Database, email: NewEmail) {
  const [row] = await db
    .insert(emailMessages)
    .values({
      event: email.event,
      recipientUserId: email.recipientUserId,
      recipientEmail: email.recipientEmail,
      recipientName: email.recipientName,
      language: email.language,
      data: email.data,
      dedupeKey: email.dedupeKey ?? null,
      messageId: `<${randomUUID()}@${email.mailDomain}>`,
    })
    .onConflictDoNothing({ target: emailMessages.dedupeKey })
    .returning({ id: emailMessages.id });
  return row ?? null;
}

export async function insertNotification(
  db: Database,
  notification: { userId: number; event: string; data: Record<string, unknown> },
) {
  await db.insert(notifications).values(notification);
}

/**
 * Takes up to `limit` messages that are due, or whose sender died holding them, and marks
 * them as being sent until `lockedUntil`. SKIP LOCKED lets any number of workers share the
 * queue without taking the same message.
 */
export async function claimDueEmails(
  db: Database,
  options: { now: Date; lockedUntil: Date; limit: number },
) {
  const { now, lockedUntil, limit } = options;
  const due = db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(
      or(
        and(
          inArray(emailMessages.status, ["queued", "retrying"]),
          lte(emailMessages.nextAttemptAt, now),
        ),
        and(eq(emailMessages.status, "sending"), lte(emailMessages.lockedUntil, now)),
      ),
    )
    .orderBy(asc(emailMessages.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(emailMessages)
    .set({ status: "sending", lockedUntil, attempts: sql`${emailMessages.attempts} + 1` })
    .where(inArray(emailMessages.id, due))
    .returning();
}

export async function markEmailSent(
  db: Database,
  id: number,
  outcome: { transport: string; subject: string; sentAt: Date },
) {
  await db
    .update(emailMessages)
    .set({ status: "sent", lockedUntil: null, lastError: null, ...outcome })
    .where(eq(emailMessages.id, id));
}

/** Records a failed attempt: another try at `nextAttemptAt`, or `failed` when it is null. */
export async function markEmailAttemptFailed(
  db: Database,
  id: number,
  error: string,
  nextAttemptAt: Date | null,
) {
  await db
    .update(emailMessages)
    .set(
      nextAttemptAt
        ? { status: "retrying", lockedUntil: null, lastError: error, nextAttemptAt }
        : { status: "failed", lockedUntil: null, lastError: error },
    )
    .where(eq(emailMessages.id, id));
}

/** A failed message goes back to the queue, due now, with a fresh retry window. */
export async function requeueFailedEmail(db: Database, id: number, now: Date) {
  const [row] = await db
    .update(emailMessages)
    .set({ status: "queued", nextAttemptAt: now, queuedAt: now, attempts: 0, lastError: null })
    .where(and(eq(emailMessages.id, id), eq(emailMessages.status, "failed")))
    .returning({ id: emailMessages.id });
  return row ?? null;
}

export async function listEmailMessages(
  db: Database,
  filter: { status?: EmailMessageRow["status"]; transport?: string; limit: number },
) {
  const conditions = [
    filter.status ? eq(emailMessages.status, filter.status) : undefined,
    filter.transport ? eq(emailMessages.transport, filter.transport) : undefined,
  ].filter(Boolean);
  return db
    .select()
    .from(emailMessages)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(emailMessages.id))
    .limit(filter.limit);
}

export async function findEmailMessage(db: Database, id: number) {
  const [row] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  return row ?? null;
}

export async function countEmailsByStatus(db: Database) {
  const rows = await db
    .select({ status: emailMessages.status, count: sql<number>`count(*)::int` })
    .from(emailMessages)
    .groupBy(emailMessages.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count])) as Partial<
    Record<EmailMessageRow["status"], number>
  >;
}

export async function isOptedOut(db: Database, userId: number, event: string) {
  const [row] = await db
    .select({ userId: emailOptOuts.userId })
    .from(emailOptOuts)
    .where(and(eq(emailOptOuts.userId, userId), eq(emailOptOuts.event, event)));
  return Boolean(row);
}

export async function setOptOut(db: Database, userId: number, event: string, optedOut: boolean) {
  if (optedOut) {
    await db.insert(emailOptOuts).values({ userId, event }).onConflictDoNothing();
  } else {
    await db
      .delete(emailOptOuts)
      .where(and(eq(emailOptOuts.userId, userId), eq(emailOptOuts.event, event)));
  }
}

export async function listOptOuts(db: Database, userId: number) {
  const rows = await db
    .select({ event: emailOptOuts.event })
    .from(emailOptOuts)
    .where(eq(emailOptOuts.userId, userId));
  return rows.map((row) => row.event);
}

export async function listNotificationsForUser(db: Database, userId: number, limit = 50) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(limit);
}

export async function countUnreadNotifications(db: Database, userId: number) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

export async function markNotificationsRead(
  db: Database,
  userId: number,
  ids: number[] | "all",
  now: Date,
) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === "all" ? undefined : inArray(notifications.id, ids),
      ),
    );
}

/** Rows per statement for the batch inserts below (9 parameters a row, well under 65,535). */
const OUTBOX_BATCH = 2_000;

/**
 * Queues many e-mails in one multi-row insert (per 2,000), each with its own Message-ID; a
 * dedupe key already queued (or repeated in the batch) keeps the first. Returns the new ids.
 */
export async function insertEmails(db: Database, emails: NewEmail[]) {
  const ids: number[] = [];
  for (let start = 0; start < emails.length; start += OUTBOX_BATCH) {
    const rows = await db
      .insert(emailMessages)
      .values(
        emails.slice(start, start + OUTBOX_BATCH).map((email) => ({
          event: email.event,
          recipientUserId: email.recipientUserId,
          recipientEmail: email.recipientEmail,
          recipientName: email.recipientName,
          language: email.language,
          data: email.data,
          dedupeKey: email.dedupeKey ?? null,
          messageId: `<${randomUUID()}@${email.mailDomain}>`,
        })),
      )
      .onConflictDoNothing({ target: emailMessages.dedupeKey })
      .returning({ id: emailMessages.id });
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/** Many in-app notifications in one multi-row insert (per 2,000). */
export async function insertNotifications(
  db: Database,
  rows: Array<{ userId: number; event: string; data: Record<string, unknown> }>,
) {
  for (let start = 0; start < rows.length; start += OUTBOX_BATCH)
    await db.insert(notifications).values(rows.slice(start, start + OUTBOX_BATCH));
}

/** Which of these people opted out of `event`'s e-mails. */
export async function listOptedOut(db: Database, userIds: number[], event: string) {
  if (userIds.length === 0) return new Set<number>();
  const rows = await db
    .select({ userId: emailOptOuts.userId })
    .from(emailOptOuts)
    .where(and(inArray(emailOptOuts.userId, [...new Set(userIds)]), eq(emailOptOuts.event, event)));
  return new Set(rows.map((row) => row.userId));
}
