import type { Database } from "../../../db/client";
import {
  claimDueTask,
  completeTask,
  ensureScheduledTask,
} from "../../../db/queries/scheduled-tasks";
import { sendDueReminders } from "../consultations/reminders.server";
import { sendDailyDigests } from "./daily-digest.server";

const DAY_MS = 24 * 60 * 60_000;
const LOCK_MS = 10 * 60_000;

/** 12:00 UTC is 7 or 8 a.m. in Ottawa: the digest is there when the working day starts. */
export function nextDigestTime(after: Date): Date {
  const next = new Date(
    Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), 12),
  );
  return next > after ? next : new Date(next.getTime() + DAY_MS);
}

interface Task {
  name: string;
  firstRun(now: Date): Date;
  run(db: Database, context: { now: Date; publicUrl: string }): Promise<unknown>;
  nextRun(ranAt: Date): Date;
}

const HOUR_MS = 60 * 60_000;

const TASKS: Task[] = [
  {
    name: "daily-digest",
    firstRun: nextDigestTime,
    run: sendDailyDigests,
    nextRun: nextDigestTime,
  },
  // Reminders 7 and 2 days before a consultation closes; each is deduplicated per person.
  {
    name: "closing-reminders",
    firstRun: (now) => now,
    run: sendDueReminders,
    nextRun: (ranAt) => new Date(ranAt.getTime() + HOUR_MS),
  },
];

/**
 * Runs the recurring tasks that are due. Each is a row claimed with a lease, so with several
 * instances exactly one runs it; a crashed run is taken again when its lease lapses.
 */
export async function runScheduledTasks(db: Database, context: { now: Date; publicUrl: string }) {
  const ran: string[] = [];
  for (const task of TASKS) {
    await ensureScheduledTask(db, task.name, task.firstRun(context.now));
    const claimed = await claimDueTask(
      db,
      task.name,
      context.now,
      new Date(context.now.getTime() + LOCK_MS),
    );
    if (!claimed) continue;
    await task.run(db, context);
    await completeTask(db, task.name, context.now, task.nextRun(context.now));
    ran.push(task.name);
  }
  return ran;
}
