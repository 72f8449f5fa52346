import os from "node:os";
import { Worker } from "node:worker_threads";
import { sql } from "drizzle-orm";
import type { DuplicateGroup } from "../../app/features/triage/near-duplicates";
import { schema, type Database } from "../../db/client";

/**
 * The full near-duplicate pass on every core: each consultation's texts go to one of a few
 * worker threads running findDuplicateGroups (groups never cross consultations), while the
 * caller reads the next consultation from the database.
 */
export function duplicatePassPool(size = os.availableParallelism()) {
  const workerUrl = new URL("./duplicate-pass-worker.ts", import.meta.url).href;
  const workers = Array.from(
    { length: size },
    () =>
      // tsx registered inside the worker, which then loads the TypeScript worker module
      new Worker(
        `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(workerUrl)});`,
        { eval: true },
      ),
  );
  const idle = [...workers];
  const queue: Array<() => void> = [];
  let nextId = 0;
  let computeMs = 0;

  const run = (worker: Worker, items: Array<{ id: number; text: string }>) =>
    new Promise<DuplicateGroup[]>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message: { id: number; groups: DuplicateGroup[]; ms: number }) => {
        if (message.id !== id) return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        computeMs += message.ms;
        idle.push(worker);
        queue.shift()?.();
        resolve(message.groups);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      worker.postMessage({ id, items });
    });

  return {
    /** Groups these texts on the next free worker. */
    group(items: Array<{ id: number; text: string }>): Promise<DuplicateGroup[]> {
      const worker = idle.pop();
      if (worker) return run(worker, items);
      return new Promise<void>((resolve) => queue.push(resolve)).then(() =>
        run(idle.pop()!, items),
      );
    },
    /** Milliseconds the workers spent grouping, added up. */
    get computeMs() {
      return computeMs;
    },
    close: () => Promise.all(workers.map((worker) => worker.terminate())),
  };
}

/**
 * Inside a transaction the bench rolls back: the input as a new submit finds it, its own keys
 * and group membership not stored yet, so the check inserts its keys into the GIN index
 * instead of rewriting the same row (bench/triage.ts, bench/submit-breakdown.ts).
 */
export async function forgetDuplicateCheck(tx: Database, inputId: number) {
  await tx.execute(sql`delete from ${schema.inputSimilarityKeys} where input_id = ${inputId}`);
  await tx.execute(sql`delete from ${schema.duplicateGroupMembers} where input_id = ${inputId}`);
}
