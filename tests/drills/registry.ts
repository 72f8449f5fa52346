import {
  r1DoubleSubmit,
  r2RetryAfterCommit,
  r3KillBeforeSend,
  r4KillMidTransaction,
  r7ConcurrentTriage,
  r8DeadlineRace,
  r9SessionExpiry,
  type DrillContext,
} from "./drills";
import type { DrillResult } from "./harness";
import { logCanaries } from "./log-canaries";
import {
  r10SlowQuery,
  r11AttachmentStore,
  r12MigrationUnderTraffic,
  r5PostgresRestart,
  r6SmtpDown,
} from "./outage-drills";

export interface RegisteredDrill {
  run(context: DrillContext & { port: number; databaseUrl: string }): Promise<DrillResult>;
  /** affects more than its own database (e.g. restarts the PostgreSQL cluster) */
  disruptive?: boolean;
}

export const ALL_DRILLS: Record<string, RegisteredDrill> = {
  R1: { run: r1DoubleSubmit },
  R2: { run: r2RetryAfterCommit },
  R3: { run: r3KillBeforeSend },
  R4: { run: r4KillMidTransaction },
  R5: { run: r5PostgresRestart, disruptive: true },
  R6: { run: r6SmtpDown },
  R7: { run: r7ConcurrentTriage },
  R8: { run: r8DeadlineRace },
  R9: { run: r9SessionExpiry },
  R10: { run: r10SlowQuery },
  R11: { run: r11AttachmentStore },
  R12: { run: r12MigrationUnderTraffic },
  LOG: { run: logCanaries },
};
