// A worker of bench/lib/duplicate-pass.ts: groups the texts of one consultation.
import { parentPort } from "node:worker_threads";
import { findDuplicateGroups } from "../../app/features/triage/near-duplicates";

parentPort!.on("message", (job: { id: number; items: Array<{ id: number; text: string }> }) => {
  const start = performance.now();
  const groups = findDuplicateGroups(job.items);
  parentPort!.postMessage({ id: job.id, groups, ms: performance.now() - start });
});
