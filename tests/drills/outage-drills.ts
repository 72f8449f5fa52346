import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import type postgres from "postgres";
import { DEMO } from "../e2e/auth-helpers";
import type { DrillContext } from "./drills";
import {
  Drill,
  FORM_HEADERS,
  formKey,
  NEW_PRACTICE,
  receiptReference,
  OPEN_CONSULTATION,
  practiceForm,
  signedInRequest,
  waitUntil,
  type DrillResult,
} from "./harness";

const execFileAsync = promisify(execFile);

// The drills that take something away: PostgreSQL, SMTP, the pool, the attachment store,
// or change the schema under traffic.

const isReceipt = (location: string | undefined) => receiptReference(location) !== null;

interface Attempt {
  title: string;
  status: number | "network";
  acknowledged: boolean;
  ms: number;
  at: number;
}

/** Submits practices from `clients` in a loop until `until()` says stop; records every answer. */
async function submitLoad(
  clients: APIRequestContext[],
  label: string,
  until: () => boolean,
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  await Promise.all(
    clients.map(async (client, index) => {
      while (!until()) {
        const title = `${label} ${index} ${attempts.length} ${formKey()}`;
        const began = Date.now();
        const response = await client
          .post(NEW_PRACTICE, {
            data: practiceForm(title, formKey(), "submit"),
            headers: FORM_HEADERS,
            maxRedirects: 0,
            timeout: 15_000,
          })
          .catch(() => null);
        attempts.push({
          title,
          status: response?.status() ?? "network",
          acknowledged: isReceipt(response?.headers().location),
          ms: Date.now() - began,
          at: began,
        });
      }
    }),
  );
  return attempts;
}

async function storedTitles(sql: postgres.Sql, label: string) {
  const rows = await sql<{ title: string }[]>`
    select t.title from inputs i join input_texts t on t.input_id = i.id
    where t.title like ${label + " %"} and i.status = 'submitted'`;
  return new Set(rows.map((row) => row.title));
}

function countLost(attempts: Attempt[], stored: Set<string>, drill: Drill) {
  const acknowledged = attempts.filter((a) => a.acknowledged);
  const lost = acknowledged.filter((a) => !stored.has(a.title));
  drill.fact("acknowledged", acknowledged.length);
  drill.fact("storedSubmitted", stored.size);
  drill.fact("lostAcknowledged", lost.length);
  drill.check(lost.length === 0, `${lost.length} acknowledged submits are not in the database`);
}

/**
 * R5: PostgreSQL restarted under load. The machine's own cluster by default; others share
 * it, so `DRILL_PG_CLUSTER="15 drill"` with DATABASE_URL on that cluster's port restarts a
 * cluster of one's own instead (see tests/drills/run.ts).
 */
export async function r5PostgresRestart({
  app,
  sql,
  databaseUrl,
}: DrillContext & { databaseUrl: string }): Promise<DrillResult> {
  const drill = new Drill("R5 PostgreSQL restarted under load");
  const cluster = process.env.DRILL_PG_CLUSTER ?? "15 main";
  const clusterPort = await portOfCluster(cluster);
  drill.fact("cluster", `${cluster} (port ${clusterPort})`);
  if (clusterPort !== new URL(databaseUrl).port) {
    // Restarting a cluster the app does not use would prove nothing.
    drill.check(false, `cluster ${cluster} is not the one at ${new URL(databaseUrl).host}`);
    return drill.result();
  }
  // One after another: the sign-in limit counts an attempt before checking it, so eight at
  // once on one account would be refused past the fifth (as a burst of guesses must be).
  const clients = [];
  for (let i = 0; i < 8; i++) clients.push(await signedInRequest(app.baseURL, DEMO.contributorA));
  let stop = false;
  let restartBegan = 0;
  let restartEnded = 0;
  const load = submitLoad(clients, "R5 drill", () => stop);
  // Let the load run, restart the cluster in the middle, then run until it has recovered.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  restartBegan = Date.now();
  // Asynchronously: a synchronous call would freeze this process's event loop, and every
  // answer the app sent meanwhile would be counted as slow (what made R5 miss its bar).
  await execFileAsync("pg_ctlcluster", [...cluster.split(" "), "restart", "-m", "fast"]);
  restartEnded = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  stop = true;
  const attempts = await load;
  await Promise.all(clients.map((client) => client.dispose()));

  const failedDuring = attempts.filter((a) => !a.acknowledged && a.at >= restartBegan - 1_000);
  // How long the outage made each refused request wait: from when it began, or from when the
  // request was sent if later. A request already in flight when the restart began also carries
  // its ordinary processing time, which on a loaded machine alone can exceed 2 s.
  const waited = (a: Attempt) => a.at + a.ms - Math.max(a.at, restartBegan);
  const before = attempts.filter((a) => a.acknowledged && a.at + a.ms < restartBegan);
  const firstRecovered = attempts.find((a) => a.acknowledged && a.at > restartEnded);
  const serverErrors = attempts.filter((a) => a.status !== 503 && Number(a.status) >= 500);
  drill.fact("restartSeconds", (restartEnded - restartBegan) / 1000);
  drill.fact("attempts", attempts.length);
  drill.fact("refusedDuringOutage", failedDuring.length);
  drill.fact("refusedStatuses", [...new Set(failedDuring.map((a) => a.status))]);
  drill.fact("slowestRefusalMs", Math.max(0, ...failedDuring.map((a) => a.ms)));
  drill.fact("slowestRefusalWaitMs", Math.max(0, ...failedDuring.map(waited)));
  drill.fact("slowestSubmitBeforeRestartMs", Math.max(0, ...before.map((a) => a.ms)));
  drill.fact("loadAverage1m", Number(loadavg()[0]!.toFixed(2)));
  drill.fact(
    "recoverySeconds",
    firstRecovered ? (firstRecovered.at - restartEnded) / 1000 : "not recovered",
  );
  drill.check(
    failedDuring.every((a) => waited(a) < 2_000),
    "a request waited 2 s or more for its refusal during the outage",
  );
  drill.check(serverErrors.length === 0, `${serverErrors.length} answers were 500s, not 503s`);
  drill.check(
    firstRecovered !== undefined && firstRecovered.at - restartEnded <= 10_000,
    "submits did not succeed again within 10 s",
  );
  countLost(attempts, await storedTitles(sql, "R5 drill"), drill);
  return drill.result();
}

/** The port of a cluster as `pg_lsclusters` lists it ("15 main" → "5432"). */
async function portOfCluster(cluster: string) {
  const { stdout } = await execFileAsync("pg_lsclusters", ["--no-header"]);
  const [version, name] = cluster.split(" ");
  const row = stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .find(([v, n]) => v === version && n === name);
  return row?.[2] ?? "none";
}

/** R6: SMTP down (compressed: the backoff's clock is moved forward, not waited for). */
export async function r6SmtpDown({ app, sql, mail }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R6 SMTP down");
  await mail.stop();
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const attempts = await submitLoad([client], "R6 drill", times(5));
  const slowest = Math.max(...attempts.map((a) => a.ms));
  drill.fact("submitsWhileDown", attempts.length);
  drill.fact("acknowledgedWhileDown", attempts.filter((a) => a.acknowledged).length);
  drill.fact("slowestSubmitMs", slowest);
  drill.check(
    attempts.every((a) => a.acknowledged),
    "a contributor was refused because e-mail is down",
  );
  const receipts = () => sql`
    select m.status, m.attempts, m.next_attempt_at, m.message_id from email_messages m
    where m.event = 'input.submitted' and exists (
      select 1 from inputs i join input_texts t on t.input_id = i.id
      where t.title like 'R6 drill %' and m.data::text like '%' || i.reference || '%')`;
  // The worker tries, fails, and backs off.
  await waitUntil(async () => {
    const rows = await receipts();
    return rows.length === 5 && rows.every((row) => row.status === "retrying");
  }, 30_000);
  const backedOff = await receipts();
  drill.fact("retryingAfterFirstAttempt", backedOff.length);
  drill.check(
    backedOff.every((row) => new Date(row.next_attempt_at).getTime() > Date.now() + 10_000),
    "a failed message was not backed off",
  );
  // SMTP is back; move the backoff clock forward instead of waiting for it.
  await mail.start();
  await sql`update email_messages set next_attempt_at = now() where status = 'retrying'`;
  const ids = backedOff.map((row) => String(row.message_id));
  await waitUntil(
    () => ids.every((id) => mail.received.some((m) => m.raw.includes(id))),
    30_000,
  ).catch(() => undefined);
  const delivered = ids.filter((id) => mail.received.some((m) => m.raw.includes(id)));
  drill.fact("deliveredAfterRecovery", delivered.length);
  drill.check(delivered.length === 5, `${delivered.length} of 5 receipts delivered after recovery`);

  // Four hours of failure: the message gives up and staff see it.
  await mail.stop();
  const [late] = await submitLoad([client], "R6 late drill", times(1));
  await waitUntil(async () => {
    const [row] = await sql`select status from email_messages m where m.event = 'input.submitted'
      and m.data::text like ${"%" + (await referenceOf(sql, late!.title)) + "%"}`;
    return row?.status === "retrying";
  }, 30_000);
  await sql`update email_messages set queued_at = now() - interval '4 hours 1 minute',
    next_attempt_at = now() where status = 'retrying'`;
  await waitUntil(async () => {
    const [row] = await sql`select count(*)::int as n from email_messages where status = 'failed'`;
    return Number(row!.n) > 0;
  }, 30_000).catch(() => undefined);
  const [failed] = await sql`select count(*)::int as n from email_messages where status = 'failed'`;
  const admin = await signedInRequest(app.baseURL, DEMO.admin);
  const deliveries = await (await admin.get("/en/admin/deliveries")).text();
  drill.fact("failedAfterFourHours", Number(failed!.n));
  drill.check(Number(failed!.n) >= 1, "the message never became failed");
  drill.check(
    deliveries.includes(DEMO.contributorA),
    "the failed message is not listed for staff on /admin/deliveries",
  );
  await mail.start();
  await Promise.all([client.dispose(), admin.dispose()]);
  return drill.result();
}

/** A stop condition that lets `count` submits through. */
function times(count: number) {
  let left = count;
  return () => left-- <= 0;
}

async function referenceOf(sql: postgres.Sql, title: string) {
  const [row] = await sql<{ reference: string }[]>`
    select i.reference from inputs i join input_texts t on t.input_id = i.id where t.title = ${title}`;
  return row?.reference ?? "none";
}

/** R10: a slow query holds the pool; the ceiling turns it into a 503, other pages keep serving. */
export async function r10SlowQuery({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R10 slow query holds the pool");
  await app.stop();
  await app.start({ STATEMENT_TIMEOUT_MS: "1500", DB_POOL_MAX: "4" });
  // A long transaction holds the table every consultation page reads.
  const holder = await sql.reserve();
  await holder`begin`;
  await holder`lock table consultations in access exclusive mode`;
  const timed = async (url: string) => {
    const began = Date.now();
    const response = await fetch(`${app.baseURL}${url}`);
    const body = await response.text();
    return { status: response.status, ms: Date.now() - began, body };
  };
  const blocked = Promise.all(
    Array.from({ length: 8 }, () => timed(`/en/consultations/${OPEN_CONSULTATION}`)),
  );
  const others = await Promise.all(
    Array.from({ length: 8 }, (_, index) => timed(index % 2 ? "/en/privacy" : "/fr/accessibility")),
  );
  const slow = await blocked;
  await holder`rollback`;
  holder.release();
  const after = await timed(`/en/consultations/${OPEN_CONSULTATION}`);
  drill.fact("blockedPageStatuses", [...new Set(slow.map((r) => r.status))]);
  drill.fact("blockedPageSlowestMs", Math.max(...slow.map((r) => r.ms)));
  drill.fact("otherPagesStatuses", [...new Set(others.map((r) => r.status))]);
  drill.fact("otherPagesSlowestMs", Math.max(...others.map((r) => r.ms)));
  drill.fact("afterReleaseStatus", after.status);
  drill.check(
    slow.every((r) => r.status === 503),
    "a page behind the slow query did not answer 503",
  );
  drill.check(
    slow.every((r) => /temporairement|unavailable/i.test(r.body)),
    "the 503 page does not say the service is unavailable",
  );
  drill.check(
    slow.every((r) => r.ms < 5_000),
    "a page waited more than 5 s behind the slow query",
  );
  drill.check(
    others.every((r) => r.status === 200),
    "a page not behind the slow query stopped serving",
  );
  drill.check(after.status === 200, "the page did not come back once the query ended");
  await app.stop();
  await app.start();
  return drill.result();
}

/** A one-page PDF: enough for the content check of attachments. */
const TINY_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** R11: an attachment cannot be stored. */
export async function r11AttachmentStore({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R11 attachment store failure");
  // A file where the upload folder should be: every write fails.
  const blocker = path.join(tmpdir(), `roundtable-drill-not-a-folder-${process.pid}`);
  writeFileSync(blocker, "not a folder");
  await app.stop();
  await app.start({ UPLOAD_DIR: path.join(blocker, "uploads") });
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const title = `R11 drill ${formKey()}`;
  const fields = Object.fromEntries(new URLSearchParams(practiceForm(title, formKey(), "submit")));
  const response = await client.post(NEW_PRACTICE, {
    multipart: {
      ...fields,
      objectives: "16",
      attachments: { name: "evaluation.pdf", mimeType: "application/pdf", buffer: TINY_PDF },
    },
    maxRedirects: 0,
  });
  const body = await response.text();
  const [stored] = await sql<{ status: string }[]>`
    select i.status from inputs i join input_texts t on t.input_id = i.id where t.title = ${title}`;
  drill.fact("status", response.status());
  drill.fact("storedAs", stored?.status ?? "nothing stored");
  drill.check(response.status() === 503, `the submit answered ${response.status()}, not 503`);
  drill.check(!isReceipt(response.headers().location), "the submit was acknowledged");
  drill.check(stored?.status !== "submitted", "the input was marked submitted");
  drill.check(/try again|réessayer|again/i.test(body), "no message asks to try again");
  drill.check(body.includes(title), "what the person typed was not kept in the form");
  await client.dispose();
  await app.stop();
  await app.start();
  return drill.result();
}

/** R12: an additive migration runs while people use the app. */
export async function r12MigrationUnderTraffic({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R12 additive migration under traffic");
  const clients = await Promise.all(
    Array.from({ length: 4 }, () => signedInRequest(app.baseURL, DEMO.contributorA)),
  );
  let stop = false;
  const pages: number[] = [];
  const reading = (async () => {
    while (!stop) {
      const response = await fetch(`${app.baseURL}/en/practices?q=settlement`).catch(() => null);
      pages.push(response?.status ?? 0);
    }
  })();
  const load = submitLoad(clients, "R12 drill", () => stop);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // Traffic before, during and after what an additive migration does: a nullable column,
  // a column with a default, an index built concurrently.
  await pause(2_000);
  await sql`alter table inputs add column drill_note text`;
  await sql`alter table input_texts add column drill_flag boolean not null default false`;
  await sql.unsafe(`create index concurrently drill_inputs_note_idx on inputs (drill_note)`);
  await pause(2_000);
  stop = true;
  const attempts = await load;
  await reading;
  await Promise.all(clients.map((client) => client.dispose()));
  const serverErrors =
    attempts.filter((a) => a.status === "network" || Number(a.status) >= 500).length +
    pages.filter((status) => status === 0 || status >= 500).length;
  drill.fact("submits", attempts.length);
  drill.fact("pageViews", pages.length);
  drill.fact("serverErrors", serverErrors);
  drill.check(serverErrors === 0, `${serverErrors} server errors during the migration`);
  countLost(attempts, await storedTitles(sql, "R12 drill"), drill);
  await sql`drop index drill_inputs_note_idx`;
  await sql`alter table inputs drop column drill_note`;
  await sql`alter table input_texts drop column drill_flag`;
  return drill.result();
}
