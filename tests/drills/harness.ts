import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import postgres from "postgres";
import { signedInRequest } from "../e2e/auth-helpers";
import { startSmtpServer, type TestSmtpServer } from "../setup/smtp-server";
import { databaseUrl, POSTGRES_URL } from "../setup/test-database";

// The fault drills (QUALITY R1–R12) run the built app the way `npm start` does, on a
// PostgreSQL database of their own and with a real SMTP server, then break something and
// count: what the client was told (acknowledged) against what the database holds.

export interface DrillResult {
  drill: string;
  passed: boolean;
  /** what was done and the counts that prove the outcome */
  facts: Record<string, unknown>;
  failures: string[];
}

/** Collects the checks of one drill; a failed check is recorded, not thrown. */
export class Drill {
  readonly facts: Record<string, unknown> = {};
  readonly failures: string[] = [];
  constructor(readonly name: string) {}

  fact(key: string, value: unknown) {
    this.facts[key] = value;
  }

  check(condition: boolean, message: string) {
    if (!condition) this.failures.push(message);
  }

  result(): DrillResult {
    return {
      drill: this.name,
      passed: this.failures.length === 0,
      facts: this.facts,
      failures: this.failures,
    };
  }
}

/** A new, empty database on the machine's PostgreSQL; the app migrates and seeds it. */
export async function freshDatabase(name: string) {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(POSTGRES_URL, name);
  return {
    url,
    /** a connection of the drill's own, to count rows and to hold locks */
    sql: postgres(url, { max: 4, onnotice: () => {} }),
    async drop(sql: postgres.Sql) {
      await sql.end({ timeout: 2 });
      const dropper = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}

export interface AppOptions {
  port: number;
  databaseUrl: string;
  smtpUrl?: string;
  env?: Record<string, string>;
}

/** The built app in a child process, which a drill can kill and start again. */
export class DrillApp {
  private child: ChildProcess | null = null;
  private output: string[] = [];

  constructor(private options: AppOptions) {
    if (!existsSync("build/index.js")) throw new Error("run `npm run build` before the drills");
  }

  get baseURL() {
    return `http://localhost:${this.options.port}`;
  }

  /** what the server wrote to stdout and stderr (the log), for the canary checks */
  get log() {
    return this.output.join("");
  }

  async start(env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        SEED_DEMO: "true",
        PORT: String(this.options.port),
        PUBLIC_URL: this.baseURL,
        DATABASE_URL: this.options.databaseUrl,
        SMTP_URL: this.options.smtpUrl ?? "",
        ...this.options.env,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => this.output.push(chunk.toString()));
    this.child = child;
    await waitUntil(async () => {
      if (child.exitCode !== null) throw new Error(`the app exited:\n${this.log.slice(-2000)}`);
      const response = await fetch(`${this.baseURL}/healthz`).catch(() => null);
      return response?.status === 200;
    }, 120_000);
  }

  /** SIGKILL: no shutdown hook runs, as when the machine loses power. */
  async kill(signal: NodeJS.Signals = "SIGKILL") {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  stop() {
    return this.kill("SIGTERM");
  }
}

/** Polls a condition until it holds (a wait for a state, not a fixed sleep). */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
  intervalMs = 50,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The real SMTP server the app sends to, which a drill can take down and bring back. */
export class MailBox {
  private server: TestSmtpServer | null = null;
  private earlier: TestSmtpServer["received"] = [];
  constructor(private port: number) {}

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** every message received, across restarts */
  get received() {
    return [...this.earlier, ...(this.server?.received ?? [])];
  }

  async start() {
    this.server = await startSmtpServer(this.port);
  }

  async stop() {
    if (!this.server) return;
    this.earlier.push(...this.server.received);
    await this.server.close();
    this.server = null;
  }
}

export { signedInRequest };

/** A practice form as the browser posts it, with a title the drill can find again. */
export function practiceForm(title: string, submitKey: string, intent: "submit" | "draft") {
  const form = new URLSearchParams({
    intent,
    submitKey,
    language: "en",
    title,
    summary: "A drill summary of a settlement service practice.",
    description: "A drill description: language training and employment support for newcomers.",
    scope: "national",
    consent: "attributed",
  });
  form.append("objectives", "16");
  return form.toString();
}

export const FORM_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };

/** The consultation of the demo that accepts practices now. */
export const OPEN_CONSULTATION = "2021-update";

/** Where the drills submit practices. */
export const NEW_PRACTICE = `/en/consultations/${OPEN_CONSULTATION}/practices/new`;

/** A form key as the app issues them (base32, 32 characters). */
export const formKey = () => encodeBase32LowerCaseNoPadding(randomBytes(20));

/** The reference a submit's redirect to its receipt names; null when it was not acknowledged. */
export const receiptReference = (location: string | undefined) =>
  location?.match(/\/my\/inputs\/(RT-\d{4}-\d{6})\/receipt$/)?.[1] ?? null;
