import type { Database } from "../../../db/client";
import { listNotificationsForUser, markNotificationsRead } from "../../../db/queries/notifications";

/** A person's notifications, newest first, with what each names (a reference number at most). */
export async function getNotificationsPage(db: Database, userId: number) {
  const rows = await listNotificationsForUser(db, userId, 100);
  return rows.map((row) => ({
    id: row.id,
    event: row.event,
    reference: typeof row.data.reference === "string" ? row.data.reference : "",
    createdAt: row.createdAt.toISOString(),
    unread: row.readAt === null,
  }));
}

export async function markAllNotificationsRead(db: Database, userId: number, now = new Date()) {
  await markNotificationsRead(db, userId, "all", now);
}
