import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import postgres from "postgres";
import { generateToken, hashToken } from "../app/features/accounts/tokens.server";

// What the scale-out and load-hold benches share: a database of their own, the real server
// entry in child processes, and a small HTTP client that keeps its session cookie.

export const POSTGRES_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
export const SESSION_COOKIE = "__Host-roundtable_session";

export function databaseUrl(name: string) {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `npx remix build` when there is no build, or the code it bundles changed since. */
export function buildIfNeeded() {
  const built = existsSync("build/index.js") ? statSync("build/index.js").mtimeMs : 0;
  const changed = Math.max(...["app", "db", "emails"].map(newestChange));
  if (built > changed) return;
  execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "inherit" });
}

/** A new, empty database on the machine's PostgreSQL (dropped first if a run left it). */
export async function createDatabase(name: string) {
  if (!/^rt_bench_h4_[a-z0-9_]+$/.test(name)) throw new Error(`refusing database name ${name}`);
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(name);
}

export async function dropDatabase(name: string) {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Polls a condition until it holds (a wait for a state, not a fixed sleep). */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
  intervalMs = 100,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The built app started the way `npm start` starts it (server/start.ts), in a child process. */
/** CPU seconds (user + system) a process has used so far (Linux /proc, 100 Hz ticks). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving one database (the server is on
 * this machine): what the database costs per request, apart from the app. Backends are found
 * by their process title, "postgres: [<cluster>: ]<user> <database> <client> <state>".
 */
export function databaseCpuSeconds(database: string): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!title.startsWith("postgres: ")) continue;
      const words = title.replace(/^postgres: (\S+: )?/, "").split(" ");
      if (words[1] !== database) continue;
      total += processCpuSeconds(Number(entry)) ?? 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export class AppInstance {
  private child: ChildProcess | null = null;
  private output: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private env: Record<string, string>,
    /** node flags for the server process (e.g. --cpu-prof) */
    private nodeArgs: string[] = [],
  ) {}

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  get log() {
    return this.output.join("");
  }

  get pid() {
    return this.child?.pid ?? null;
  }

  /** the JSON log lines with this `event` */
  events(event: string): Array<Record<string, unknown>> {
    return this.log
      .split("\n")
      .filter((line) => line.startsWith("{") && line.includes(`"${event}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.event === event);
  }

  async start() {
    const child = spawn(
      process.execPath,
      [...this.nodeArgs, "--import", "tsx", "server/start.ts"],
      {
        env: {
          ...process.env,
          NODE_ENV: "production",
          SEED_DEMO: "true",
          PORT: String(this.port),
          HOST: "127.0.0.1",
          PUBLIC_URL: this.baseURL,
          ...this.env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout!.on("data", (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => this.output.push(chunk.toString()));
    this.child = child;
    await waitUntil(async () => {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited (${child.exitCode}):\n${this.log.slice(-3000)}`);
      const response = await fetch(`${this.baseURL}/healthz`).catch(() => null);
      return response?.status === 200;
    }, 120_000);
  }

  /** resident set size of the server process, in MiB (Linux /proc) */
  rssMiB(): number | null {
    if (!this.child?.pid) return null;
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
      return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : null;
    } catch {
      return null;
    }
  }

  /** CPU seconds (user + system) the server process has used so far (Linux /proc, 100 Hz ticks) */
  cpuSeconds(): number | null {
    return this.child?.pid ? processCpuSeconds(this.child.pid) : null;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }
}

export interface Reply {
  status: number;
  location: string | null;
  setCookie: string[];
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request on a keep-alive agent; never follows redirects. */
export function request(
  baseURL: string,
  method: "GET" | "POST",
  pathname: string,
  options: { cookie?: string | null; form?: string; readBody?: boolean } = {},
): Promise<Reply> {
  const url = new URL(pathname, baseURL);
  const headers: Record<string, string> = {
    "User-Agent": "roundtable-bench",
    "Accept-Language": "en-CA",
  };
  if (options.cookie) headers.Cookie = `${SESSION_COOKIE}=${options.cookie}`;
  if (method === "POST") {
    // What a browser sends with a same-site form post (server/csrf.ts reads it).
    headers["Sec-Fetch-Site"] = "same-origin";
    headers.Origin = url.origin;
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers["Content-Length"] = String(Buffer.byteLength(options.form ?? ""));
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          if (options.readBody !== false) chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location ?? null,
            setCookie: res.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")));
    req.on("error", reject);
    req.end(options.form);
  });
}

/** The session token a Set-Cookie header gives, "" when it clears the cookie, null when none. */
export function sessionFrom(reply: Reply): string | null {
  for (const header of reply.setCookie) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(header);
    if (match) return match[1]!;
  }
  return null;
}

/** A practice form as the browser posts it. */
export function practiceForm(
  title: string,
  intent: "submit" | "draft",
  submitKey: string | null = generateToken(),
) {
  const form = new URLSearchParams({
    intent,
    language: "en",
    title,
    summary: "A bench summary of a settlement service practice.",
    description: "A bench description: language training and employment support for newcomers.",
    scope: "national",
    consent: "attributed",
  });
  if (submitKey) form.set("submitKey", submitKey);
  form.append("objectives", "16");
  return form.toString();
}

/** A session row as the app stores it (only the SHA-256 of the token); returns the cookie value. */
export async function insertSession(
  sql: postgres.Sql,
  userId: number,
  options: { twoFactorVerified: boolean },
) {
  const token = generateToken();
  await sql`
    insert into sessions (id, user_id, created_at, last_seen_at, expires_at, two_factor_verified, user_agent)
    values (${hashToken(token)}, ${userId}, now(), now(), now() + interval '12 hours',
            ${options.twoFactorVerified}, 'roundtable-bench')`;
  return token;
}

/** The receipt reference a submit's redirect names; null when it was not acknowledged. */
export const receiptReference = (location: string | null) =>
  location?.match(/\/my\/inputs\/(RT-\d{4}-\d{6})\/receipt$/)?.[1] ?? null;

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
