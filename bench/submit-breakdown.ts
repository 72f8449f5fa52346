// Where the per-submit duplicate check's time goes (issue 7): on a database kept by
// bench/triage.ts (BENCH_KEEP=1), the same sample as its `submit` part, each input's keys and
// membership deleted in a rolled-back transaction: first the check's statement under
// EXPLAIN (ANALYZE, BUFFERS) (cold: server time, blocks read and dirtied), then the whole
// check as the bench times it, then each statement alone, with the lookup's row counts; the
// slowest lookups (the function's query, and the insert of the keys) explained at the end.
//   BENCH_DATABASE=rt_bench_200k npx tsx bench/submit-breakdown.ts
// BENCH_SUBMIT_SAMPLE (default 200), BENCH_EXPLAIN (default 5) slowest lookups explained.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { openDatabase, schema } from "../db/client";
import { rowsOf } from "../db/queries/framework";
import {
  findCandidateTexts,
  lockStoreAndMatchSimilarityKeys,
} from "../db/queries/triage-duplicates";
import { comparisonText, recordNearDuplicates } from "../app/features/triage/duplicates.server";
import { forgetDuplicateCheck } from "./lib/duplicate-pass";
import {
  DEFAULT_THRESHOLD,
  jaccard,
  shingles,
  similarityKeys,
} from "../app/features/triage/near-duplicates";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NAME = process.env.BENCH_DATABASE ?? "rt_bench_triage";
const SAMPLE = Number(process.env.BENCH_SUBMIT_SAMPLE ?? 200);
const EXPLAIN = Number(process.env.BENCH_EXPLAIN ?? 5);

function pct(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(at(0.5)), p95: r(at(0.95)), max: r(sorted[sorted.length - 1]!) };
}

async function main() {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  const handle = await openDatabase({ url: url.toString(), max: 2 });
  if (handle.driver !== "postgres") throw new Error("PostgreSQL only");
  const raw = handle.sql;
  const db = handle.db;
  const sample = await raw`
    select i.id, i.consultation_id, t.title, t.summary, t.body
    from inputs i join input_texts t on t.input_id = i.id and t.language = i.language
    where i.reference like 'RT-B-%' order by hashint4(i.id) limit ${SAMPLE}`;
  type Row = {
    id: number;
    total: number;
    keys: number;
    lockSave: number;
    lookup: number;
    verify: number;
    gin: number;
    candidates: number;
    grouped: boolean;
    server: number;
    read: number;
    dirtied: number;
    written: number;
    q: { consultationId: number; keys: number[] };
  };
  const rows: Row[] = [];
  for (const row of sample) {
    const id = row.id as number;
    const consultationId = row.consultation_id as number;
    const words = {
      title: row.title as string,
      summary: row.summary as string | null,
      body: row.body as string | null,
    };
    const r: Partial<Row> = { id };
    // 0. the check's statement on the server, first (cold): EXPLAIN (ANALYZE, BUFFERS)
    await raw
      .begin(async (tx) => {
        await tx`delete from input_similarity_keys where input_id = ${id}`;
        await tx`delete from duplicate_group_members where input_id = ${id}`;
        const keys = similarityKeys(comparisonText(words))!.keys;
        const [plan] = await tx.unsafe(
          `explain (analyze, buffers, format json)
           select lock_store_similarity_keys($1::int, $2::int, $3::int[], 200)`,
          [id, consultationId, keys] as never[],
        );
        const top = (plan!["QUERY PLAN"] as Array<Record<string, unknown>>)[0]!;
        const node = top.Plan as Record<string, number>;
        r.server = top["Execution Time"] as number;
        r.read = node["Shared Read Blocks"];
        r.dirtied = node["Shared Dirtied Blocks"];
        r.written = node["Shared Written Blocks"];
        throw new Error("rollback");
      })
      .catch(() => {});
    // 1. the whole check, as the bench times it
    await db
      .transaction(async (tx) => {
        await forgetDuplicateCheck(tx, id);
        const t0 = performance.now();
        const result = await recordNearDuplicates(tx, id, { consultationId, text: words });
        r.total = performance.now() - t0;
        r.grouped = result.groupId !== null;
        tx.rollback();
      })
      .catch(() => {});
    // 2. the same, statement by statement
    await db
      .transaction(async (tx) => {
        await forgetDuplicateCheck(tx, id);
        let t0 = performance.now();
        const computed = similarityKeys(comparisonText(words))!;
        r.keys = performance.now() - t0;
        t0 = performance.now();
        const ids = await lockStoreAndMatchSimilarityKeys(
          tx,
          id,
          consultationId,
          computed.keys,
          200,
        );
        r.lockSave = performance.now() - t0;
        t0 = performance.now();
        const candidates = await findCandidateTexts(tx, id, ids);
        r.lookup = performance.now() - t0;
        r.candidates = candidates.length;
        t0 = performance.now();
        // the texts read: ungrouped candidates and the first of each group
        for (const c of candidates)
          if (c.text !== null && jaccard(computed.shingles, shingles(c.text)) >= DEFAULT_THRESHOLD)
            break;
        r.verify = performance.now() - t0;
        const gin = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n
          from ${schema.inputSimilarityKeys} where keys && ${sql.param(computed.keys)}::int[]
          and consultation_id = ${consultationId}`),
        )[0];
        r.gin = gin!.n;
        r.q = { consultationId, keys: computed.keys };
        tx.rollback();
      })
      .catch(() => {});
    rows.push(r as Row);
  }
  const col = (k: keyof Row) => pct(rows.map((x) => x[k] as number));
  console.log(
    JSON.stringify(
      {
        n: rows.length,
        total: col("total"),
        keys: col("keys"),
        lockSave: col("lockSave"),
        lookup: col("lookup"),
        verify: col("verify"),
        serverCheck: col("server"),
        sharedRead: col("read"),
        sharedDirtied: col("dirtied"),
        sharedWritten: col("written"),
        ginRows: col("gin"),
        candidates: col("candidates"),
        grouped: rows.filter((x) => x.grouped).length,
      },
      null,
      1,
    ),
  );
  const slow = [...rows].sort((a, b) => b.total - a.total).slice(0, 15);
  for (const s of slow)
    console.log(
      `id ${s.id} total ${s.total.toFixed(2)} lockSave ${s.lockSave.toFixed(2)} lookup ${s.lookup.toFixed(2)} verify ${s.verify.toFixed(2)} server ${s.server.toFixed(2)} read ${s.read} written ${s.written} gin ${s.gin} cand ${s.candidates} grouped ${s.grouped}`,
    );
  for (const s of slow.slice(0, EXPLAIN)) {
    await raw
      .begin(async (tx) => {
        await tx`delete from input_similarity_keys where input_id = ${s.id}`;
        await tx`delete from duplicate_group_members where input_id = ${s.id}`;
        const plan = await tx.unsafe(
          `explain (analyze, buffers) with matched as materialized (
            select input_id from input_similarity_keys where keys && $1::int[] and consultation_id = $2)
          select input_id from matched where input_id <> $3 order by input_id limit 200`,
          [s.q.keys, s.q.consultationId, s.id] as never[],
        );
        console.log(`--- id ${s.id}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
        const ins = await tx.unsafe(
          `explain (analyze, buffers) insert into input_similarity_keys (input_id, consultation_id, keys) values ($1, $2, $3::int[])`,
          [s.id, s.q.consultationId, s.q.keys] as never[],
        );
        console.log(ins.map((p) => p["QUERY PLAN"]).join("\n"));
        throw new Error("rollback");
      })
      .catch(() => {});
  }
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
