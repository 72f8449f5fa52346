// Starting the built app (server/start.ts, the way `npm start` runs it) and load-testing it.
import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

export function buildApp() {
  execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "ignore" });
}

export interface RunningApp {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts server/start.ts on `port` against `databaseUrl`; resolves once it answers. */
export async function startApp(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  /** node flags for the server process (e.g. --cpu-prof), which NODE_OPTIONS refuses */
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  // node itself, not the tsx wrapper: the child's pid is the server's, whose CPU is measured
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SEED_DEMO: "false",
      WORKER: "off",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("the app did not start in 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  non2xx: number;
  errors: number;
  total: number;
  statusCodes: Record<string, number>;
}

/** autocannon with `connections` for `seconds`; requests as autocannon takes them. */
export async function load(options: autocannon.Options & { seconds: number }): Promise<LoadResult> {
  const { seconds, ...rest } = options;
  const result = await autocannon({ ...rest, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    // autocannon reports p90 and p97_5; p95 lies between: take the higher, conservatively.
    p95: result.latency.p97_5,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count]),
    ),
  };
}
