// Public objective page at scale (issue 10): /en/objectives/:number with 100,000 published
// practices, 50 connections (autocannon) against the built app run by server/start.ts,
// beside a bare node:http server returning the same HTML bytes. Target: the app serves at
// least 50 % of the bare server's requests per second.
//   npx tsx bench/public-page.ts [--practices 100000] [--seconds 10] [--connections 50]
// Creates rt_bench_h3_page, or BENCH_PAGE_DATABASE (BENCH_KEEP=1 keeps it; BENCH_REUSE=1
// reuses a kept one). BENCH_PAGE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the
// app; the app's CPU time per request (Linux /proc, the server and its children) is reported.
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { dropDatabase, scaleDatabase } from "./lib/database";
import { option, printRows, round } from "./lib/report";
import { buildApp, load, startApp } from "./lib/servers";

const PRACTICES = option("practices", "BENCH_PRACTICES", 100_000);
const SECONDS = option("seconds", "BENCH_SECONDS", 10);
const CONNECTIONS = option("connections", "BENCH_CONNECTIONS", 50);
const NAME = process.env.BENCH_PAGE_DATABASE ?? "rt_bench_h3_page";
const APP_PORT = Number(process.env.BENCH_PAGE_PORT ?? 4301);
const BARE_PORT = APP_PORT + 1;

/** CPU seconds (user + system) used so far by `pid` and its descendants (Linux /proc). */
function treeCpuSeconds(pid: number): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while listing
    }
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    total += ticks.get(current) ?? 0;
    for (const [child, parent] of parents) if (parent === current) pending.push(child);
  }
  return total / 100;
}

async function main() {
  const figures: Record<string, unknown> = { publishedPracticesTarget: PRACTICES };
  // Four in five inputs are practices, all accepted and published with consent.
  const { url, seed } = await scaleDatabase(NAME, {
    inputs: Math.round(PRACTICES / 0.8),
    practiceShare: 0.8,
    surveyShare: 0.1,
    publishedShare: 1,
    log: (m) => console.error(m),
  });
  if (seed) figures.seed = seed;
  buildApp();
  const nodeArgs = process.env.BENCH_PAGE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const app = await startApp(APP_PORT, url, {}, nodeArgs);
  let bare: http.Server | null = null;
  try {
    // The objective with the most published practices.
    const path = "/en/objectives/7";
    const first = await fetch(`${app.url}${path}`);
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    const html = Buffer.from(await first.arrayBuffer());
    figures.page = { path, bytes: html.length };
    const headers = { "Content-Type": "text/html; charset=utf-8", "Content-Length": html.length };
    bare = http.createServer((_req, res) => {
      res.writeHead(200, headers);
      res.end(html);
    });
    await new Promise<void>((resolve) => bare!.listen(BARE_PORT, "127.0.0.1", resolve));
    const common = { connections: CONNECTIONS, seconds: SECONDS };
    // Warm both, then measure the bare server and the app back to back.
    await load({ ...common, seconds: 2, url: `http://127.0.0.1:${BARE_PORT}${path}` });
    await load({ ...common, seconds: 2, url: `${app.url}${path}` });
    const bareResult = await load({ ...common, url: `http://127.0.0.1:${BARE_PORT}${path}` });
    const cpuBefore = treeCpuSeconds(app.process.pid!);
    const appResult = await load({ ...common, url: `${app.url}${path}` });
    const cpuSeconds = treeCpuSeconds(app.process.pid!) - cpuBefore;
    figures.bare = bareResult;
    figures.app = {
      ...appResult,
      cpuMsPerRequest: round((cpuSeconds * 1000) / appResult.total, 2),
    };
    figures.loadAverage = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    const ratio = round(appResult.requestsPerSecond / bareResult.requestsPerSecond, 3);
    const clean = appResult.non2xx === 0 && appResult.errors === 0;
    printRows(
      [
        {
          workload: `public objective page, ${PRACTICES} published practices, ${CONNECTIONS} connections`,
          measured: `${appResult.requestsPerSecond} req/s (p95 ${appResult.p95} ms)`,
          limit: `${bareResult.requestsPerSecond} req/s bare node:http, same ${html.length} bytes`,
          ratio,
          target: "≥ 0.5 of bare req/s",
          pass: clean && ratio >= 0.5,
        },
      ],
      figures,
    );
  } finally {
    if (bare) await new Promise((resolve) => bare!.close(resolve));
    await app.stop();
    if (process.env.BENCH_KEEP !== "1") await dropDatabase(NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
