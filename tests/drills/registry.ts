import {
  r1DoubleSubmit,
  r2RetryAfterCommit,
  r3KillBeforeSend,
  r4KillMidTransaction,
  r7ConcurrentTriage,
  r8DeadlineRace,
  type DrillContext,
} from "./drills";
import type { DrillResult } from "./harness";

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
  R7: { run: r7ConcurrentTriage },
  R8: { run: r8DeadlineRace },
};
