// `npm run bench`: every bench of issue 10 as a child process, one after the other (they
// share 2 cores: never in parallel), then the table of rows — workload, measured, limit,
// ratio, target, pass — as JSON and as a readable table.
//   npm run bench                         every bench at its full size (1 M inputs: long)
//   npm run bench -- --only public-page   one or more, comma-separated
//   npm run bench -- --small              smaller sizes for a quick look (or BENCH_SMALL=1)
// A bench that prints no {"rows": …} line (or fails) gets a row marked "missing".
import { spawn } from "node:child_process";
import path from "node:path";
import type { Row } from "./lib/report";

interface Bench {
  name: string;
  file: string;
  /** environment for --small */
  small: Record<string, string>;
}

const BENCHES: Bench[] = [
  { name: "triage", file: "triage.ts", small: { BENCH_N: "100000" } },
  { name: "duplicates", file: "duplicates.ts", small: { BENCH_N: "100000" } },
  { name: "review-export", file: "review-export.ts", small: {} },
  {
    name: "public-page",
    file: "public-page.ts",
    small: { BENCH_PRACTICES: "20000", BENCH_SECONDS: "5" },
  },
  { name: "submit", file: "submit.ts", small: { BENCH_N: "20000", BENCH_SECONDS: "5" } },
  { name: "csv-export", file: "csv-export.ts", small: { BENCH_N: "100000" } },
  { name: "pglite-vs-postgres", file: "pglite-vs-postgres.ts", small: { BENCH_N: "20000" } },
];

function argument(name: string) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function run(bench: Bench, small: boolean): Promise<{ rows: Row[] | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), [path.join("bench", bench.file)], {
      env: { ...process.env, ...(small ? bench.small : {}) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on("close", (code) => {
      const line = out
        .trim()
        .split("\n")
        .reverse()
        // the last JSON line with rows ({"rows": …} or {"bench": …, "rows": …})
        .find((l) => l.startsWith("{") && l.includes('"rows":['));
      let rows: Row[] | null = null;
      if (line) {
        try {
          rows = (JSON.parse(line) as { rows: Row[] }).rows;
        } catch {
          rows = null;
        }
      }
      resolve({ rows, code });
    });
  });
}

function table(rows: Row[]) {
  const header = ["workload", "measured", "limit", "ratio", "target", "pass"] as const;
  // some benches print numbers (bench/triage.ts), others text with units
  const cells = rows.map((row) => [
    row.workload,
    String(row.measured ?? "—"),
    String(row.limit ?? "—"),
    row.ratio === null ? "—" : String(row.ratio),
    row.target,
    row.pass === null ? "missing" : row.pass ? "pass" : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

async function main() {
  const only = argument("only")?.split(",");
  const small = process.argv.includes("--small") || process.env.BENCH_SMALL === "1";
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `unknown bench ${unknown.join(", ")}; one of ${BENCHES.map((b) => b.name).join(", ")}`,
    );
  const rows: Row[] = [];
  for (const bench of BENCHES.filter((b) => !only || only.includes(b.name))) {
    console.error(`\n=== ${bench.name} (bench/${bench.file})${small ? " --small" : ""}`);
    const result = await run(bench, small);
    if (result.rows && result.rows.length > 0) rows.push(...result.rows);
    else
      rows.push({
        workload: bench.name,
        measured: result.code === 0 ? "missing" : `missing (exit ${result.code})`,
        limit: "—",
        ratio: null,
        target: "—",
        pass: null,
      });
  }
  console.log(table(rows));
  console.log(JSON.stringify({ rows }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
