// What every bench prints last: one JSON line the runner (bench/run.ts) parses.
import { performance } from "node:perf_hooks";

export interface Row {
  workload: string;
  measured: string;
  limit: string;
  /** measured / limit, in the direction the target reads */
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

export function printRows(rows: Row[], extra: Record<string, unknown> = {}) {
  if (Object.keys(extra).length > 0) console.log(JSON.stringify(extra, null, 2));
  console.log(JSON.stringify({ rows }));
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), runs: samples.length };
}

/** p50/p95 of `runs` calls after one warm-up call. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

/** `--name value` from argv, or the environment variable, or the fallback. */
export function option(name: string, env: string, fallback: number) {
  const at = process.argv.indexOf(`--${name}`);
  const raw = at >= 0 ? process.argv[at + 1] : process.env[env];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

export function stringOption(name: string, env: string, fallback?: string) {
  const at = process.argv.indexOf(`--${name}`);
  return (at >= 0 ? process.argv[at + 1] : process.env[env]) ?? fallback;
}
