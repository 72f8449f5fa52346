// CSV export of every submitted input, streamed (issue 10), beside COPY … TO STDOUT of the same
// rows (the same SELECT, db/queries/input-export.ts) on the same database in the same run.
// Targets: ≤ 1.5× COPY's time; memory flat as the export grows (RSS at ¼, ½ and all of it:
// 250k/500k/1M rows at the default size).
//   npx tsx bench/csv-export.ts [--inputs 1000000]
// Creates rt_bench_h3_csv (BENCH_KEEP=1 keeps it, BENCH_REUSE=1 reuses a kept one and never
// drops it). The app's export is COPY on PostgreSQL; BENCH_CSV_PATH=keyset times the batches.
import { performance } from "node:perf_hooks";
import { PgDialect } from "drizzle-orm/pg-core";
import { inputExportSelect } from "../db/queries/input-export";
import { streamInputsCsv } from "../app/features/repository/inputs-csv.server";
import { dropDatabase, openBenchDatabase, scaleDatabase } from "./lib/database";
import { option, printRows, round, stringOption } from "./lib/report";

const INPUTS = option("inputs", "BENCH_N", 1_000_000);
const NAME = stringOption("database", "BENCH_CSV_DATABASE", "rt_bench_h3_csv")!;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main() {
  if (!NAME.startsWith("rt_bench_h3_")) throw new Error("bench databases start with rt_bench_h3_");
  const figures: Record<string, unknown> = {};
  const { url, seed } = await scaleDatabase(NAME, {
    inputs: INPUTS,
    log: (m) => console.error(m),
  });
  if (seed) figures.seed = seed;
  const handle = await openBenchDatabase(url);
  if (handle.driver !== "postgres") throw new Error("the bench needs PostgreSQL");
  try {
    const sql = handle.sql;
    const [{ n }] =
      (await sql`select count(*)::int as n from inputs where status <> 'draft'`) as unknown as [
        { n: number },
      ];
    const select = new PgDialect().sqlToQuery(inputExportSelect({}));
    if (select.params.length > 0) throw new Error("the export SELECT must have no parameters");

    const copy = async () => {
      const start = performance.now();
      const readable = await sql
        .unsafe(`copy (${select.sql}) to stdout with (format csv, header)`)
        .readable();
      let bytes = 0;
      for await (const chunk of readable) bytes += (chunk as Buffer).length;
      return { seconds: round((performance.now() - start) / 1000), bytes };
    };

    // RSS is sampled when the export has written ¼, ½ and all of the bytes the warm-up COPY
    // wrote (the same rows; the app adds the BOM and quotes every cell, so a little more).
    const appExport = async (path: "auto" | "keyset", expectedBytes: number) => {
      const marks = [0.25, 0.5, 1].map((share) => Math.floor(share * expectedBytes));
      const rss: Record<string, number> = {};
      global.gc?.();
      const startRss = process.memoryUsage().rss;
      const start = performance.now();
      let bytes = 0;
      let peak = startRss;
      const reader = streamInputsCsv(handle.db, { path }).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        bytes += value.length;
        const now = process.memoryUsage().rss;
        peak = Math.max(peak, now);
        marks.forEach((mark, index) => {
          const key = ["¼", "½", "all"][index]!;
          if (bytes >= mark && rss[key] === undefined) rss[key] = mb(now);
        });
      }
      return {
        seconds: round((performance.now() - start) / 1000),
        path,
        bytes,
        rssMbAtStart: mb(startRss),
        rssMbAtRows: rss,
        peakRssMb: mb(peak),
      };
    };

    const warm = await copy(); // warms the cache for both
    // BENCH_CSV_PATH=keyset measures the PGlite path (keyset batches) on PostgreSQL instead.
    const app = await appExport(
      process.env.BENCH_CSV_PATH === "keyset" ? "keyset" : "auto",
      warm.bytes,
    );
    const pg = await copy();
    figures.rows = n;
    figures.app = app;
    figures.copy = pg;
    const ratio = round(app.seconds / pg.seconds, 2);
    const rssValues = Object.values(app.rssMbAtRows);
    const growth = Math.max(...rssValues) - Math.min(...rssValues);
    printRows(
      [
        {
          workload: `CSV export of ${n} inputs, streamed`,
          measured: `${app.seconds} s, RSS ${Object.entries(app.rssMbAtRows)
            .map(([rows, rss]) => `${rss} MB@${rows}`)
            .join(" ")}`,
          limit: `COPY … TO STDOUT ${pg.seconds} s`,
          ratio,
          target: "≤ 1.5× COPY, RSS growth ≤ 64 MB from ¼ to all",
          pass: ratio <= 1.5 && growth <= 64,
        },
      ],
      figures,
    );
  } finally {
    await handle.close();
    // A reused database is never dropped (it may be the shared 1 M one).
    if (process.env.BENCH_KEEP !== "1" && process.env.BENCH_REUSE !== "1") await dropDatabase(NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
