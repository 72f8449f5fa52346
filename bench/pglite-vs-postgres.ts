// The embedded database against PostgreSQL on the triage queue (issue 10): the same synthetic
// consultation generated into PGlite (a data directory on disk, as `npm start` without
// DATABASE_URL uses) and into PostgreSQL, then the queue's first page for 6 filter/search
// mixes with its facet counts (getQueuePage, what /staff/triage runs), timed on both. Measured
// at a tenth of the size and at the full size, to show how each grows.
// Target: PGlite ≤ 2.5× PostgreSQL at 100,000 inputs.
//   npx tsx bench/pglite-vs-postgres.ts [--inputs 100000] [--runs 10]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseHandle } from "../db/client";
import { getQueuePage, QueueFiltersSchema } from "../app/features/triage/queue.server";
import {
  dropDatabase,
  execFor,
  generateMore,
  openBenchDatabase,
  recreateDatabase,
  seedScale,
} from "./lib/database";
import { option, printRows, round, timeRuns } from "./lib/report";

const INPUTS = option("inputs", "BENCH_N", 100_000);
const RUNS = option("runs", "BENCH_RUNS", 10);
const NAME = "rt_bench_h3_pglite";

const MIXES: Record<string, Record<string, string>> = {
  "all, newest first": {},
  "status submitted": { status: "submitted" },
  "objective 7 + French": { objective: "7", language: "fr" },
  "kind comment + province ON": { kind: "comment", province: "ON" },
  "search a rare word": { q: "rare4242" },
  "search 'travailleurs'": { q: "travailleurs" },
};

async function measure(handle: DatabaseHandle) {
  const exec = execFor(handle);
  const [row] = await exec(`select u.id from users u join user_roles r on r.user_id = u.id
    where r.role = 'moderator' order by u.id limit 1`);
  const moderator = Number(row!.id);
  const perMix: Record<string, { p50: number; p95: number }> = {};
  let sumP50 = 0;
  for (const [name, query] of Object.entries(MIXES)) {
    const filters = QueueFiltersSchema.parse(query);
    const timing = await timeRuns(() => getQueuePage(handle.db, "en", filters, moderator), RUNS);
    perMix[name] = { p50: timing.p50, p95: timing.p95 };
    sumP50 += timing.p50;
  }
  return { perMix, sumP50: round(sumP50) };
}

async function main() {
  const small = Math.round(INPUTS / 10);
  const log = (m: string) => console.error(m);
  const dataDir = mkdtempSync(path.join(tmpdir(), "rt-bench-pglite-"));
  const url = await recreateDatabase(NAME);
  const pg = await openBenchDatabase(url);
  const lite = await openBenchDatabase(undefined, dataDir);
  const figures: Record<string, unknown> = { inputs: INPUTS, runs: RUNS };
  try {
    const results: Record<string, Record<string, unknown>> = { postgres: {}, pglite: {} };
    for (const [name, handle] of [
      ["postgres", pg],
      ["pglite", lite],
    ] as const) {
      const start = performance.now();
      await seedScale(handle, { inputs: small, log });
      results[name]![`seedSeconds@${small}`] = round((performance.now() - start) / 1000, 1);
      results[name]![`@${small}`] = await measure(handle);
      const more = performance.now();
      await generateMore(handle, { inputs: INPUTS - small, log });
      if (handle.driver === "pglite") await handle.pglite.exec("vacuum analyze");
      results[name]![`seedSeconds@${INPUTS}`] = round((performance.now() - more) / 1000, 1);
      results[name]![`@${INPUTS}`] = await measure(handle);
      log(`${name}: ${JSON.stringify(results[name])}`);
    }
    figures.results = results;
    const at = (name: string) => results[name]![`@${INPUTS}`] as { sumP50: number };
    const ratio = round(at("pglite").sumP50 / at("postgres").sumP50, 2);
    printRows(
      [
        {
          workload: `triage queue (6 mixes + facets) at ${INPUTS} inputs, PGlite`,
          measured: `${at("pglite").sumP50} ms (sum of p50s)`,
          limit: `PostgreSQL ${at("postgres").sumP50} ms`,
          ratio,
          target: "≤ 2.5× PostgreSQL",
          pass: ratio <= 2.5,
        },
      ],
      figures,
    );
  } finally {
    await lite.close();
    await pg.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.BENCH_KEEP !== "1") await dropDatabase(NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
