import { and, eq, isNull, lte, or } from "drizzle-orm";
import type { Database } from "../client";
import { scheduledTasks } from "../schema";

export async function ensureScheduledTask(db: Database, name: string, firstRunAt: Date) {
  await db.insert(scheduledTasks).values({ name, nextRunAt: firstRunAt }).onConflictDoNothing();
}

/** Takes the task when it is due and nobody holds it; only one instance gets it. */
export async function claimDueTask(db: Database, name: string, now: Date, lockedUntil: Date) {
  const [row] = await db
    .update(scheduledTasks)
    .set({ lockedUntil })
    .where(
      and(
        eq(scheduledTasks.name, name),
        eq(scheduledTasks.enabled, true),
        lte(scheduledTasks.nextRunAt, now),
        or(isNull(scheduledTasks.lockedUntil), lte(scheduledTasks.lockedUntil, now)),
      ),
    )
    .returning({ name: scheduledTasks.name, nextRunAt: scheduledTasks.nextRunAt });
  return row ?? null;
}

export async function completeTask(db: Database, name: string, ranAt: Date, nextRunAt: Date) {
  await db
    .update(scheduledTasks)
    .set({ lockedUntil: null, lastRunAt: ranAt, nextRunAt })
    .where(eq(scheduledTasks.name, name));
}
