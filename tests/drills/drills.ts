import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type postgres from "postgres";
import { DEMO } from "../e2e/auth-helpers";
import type { DrillApp } from "./harness";
import {
  Drill,
  FORM_HEADERS,
  formKey,
  NEW_PRACTICE,
  receiptReference,
  type MailBox,
  OPEN_CONSULTATION,
  practiceForm,
  signedInRequest,
  waitUntil,
  type DrillResult,
} from "./harness";

// QUALITY.md R1–R12 as drills. Each takes a running app (or starts its own) and the drill's
// own connection to the app's database, and returns the counts that prove nothing was lost.

export interface DrillContext {
  app: DrillApp;
  sql: postgres.Sql;
  /** the real SMTP server the app sends to */
  mail: MailBox;
}

const key = () => randomBytes(16).toString("base64url");

function submitOnce(client: APIRequestContext, form: string) {
  return client.post(NEW_PRACTICE, { data: form, headers: FORM_HEADERS, maxRedirects: 0 });
}

async function inputsTitled(sql: postgres.Sql, title: string) {
  return sql<{ id: number; reference: string; status: string }[]>`
    select i.id, i.reference, i.status from inputs i
    join input_texts t on t.input_id = i.id where t.title = ${title}`;
}

async function outboxFor(sql: postgres.Sql, inputReference: string) {
  const rows = await sql<{ count: number }[]>`
    select count(*)::int as count from email_messages
    where event = 'input.submitted' and data::text like ${"%" + inputReference + "%"}`;
  return rows[0]!.count;
}

/** R1: the same submit posted 2–10 times within 50 ms (a double click). */
export async function r1DoubleSubmit({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R1 double submit");
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  let posts = 0;
  for (const copies of [2, 5, 10]) {
    const title = `R1 drill ${copies} copies ${key()}`;
    const form = practiceForm(title, formKey(), "submit");
    const responses = await Promise.all(
      Array.from({ length: copies }, () => submitOnce(client, form)),
    );
    posts += copies;
    const references = new Set(responses.map((r) => receiptReference(r.headers().location)));
    const rows = await inputsTitled(sql, title);
    const outbox = rows[0] ? await outboxFor(sql, rows[0].reference) : 0;
    drill.fact(`copies${copies}`, {
      statuses: responses.map((r) => r.status()),
      referencesShown: [...references],
      inputs: rows.length,
      outboxRows: outbox,
    });
    drill.check(rows.length === 1, `${copies} copies made ${rows.length} inputs`);
    drill.check(outbox === 1, `${copies} copies queued ${outbox} receipts`);
    drill.check(
      references.size === 1 && references.has(rows[0]?.reference ?? "none"),
      `${copies} copies showed references ${[...references].join(", ")}`,
    );
  }
  drill.fact("posts", posts);
  await client.dispose();
  return drill.result();
}

/** R2: the browser retries after the server committed (the first answer was lost). */
export async function r2RetryAfterCommit({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R2 retry after commit");
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const title = `R2 drill ${key()}`;
  const form = practiceForm(title, formKey(), "submit");
  const first = await submitOnce(client, form);
  // The client never read that answer; it sends the same form again, twice.
  const retries = [await submitOnce(client, form), await submitOnce(client, form)];
  const rows = await inputsTitled(sql, title);
  const shown = [first, ...retries].map((r) => receiptReference(r.headers().location));
  drill.fact("posts", 3);
  drill.fact("inputs", rows.length);
  drill.fact("referencesShown", [...new Set(shown)]);
  drill.check(rows.length === 1, `three posts made ${rows.length} inputs`);
  drill.check(
    shown.every((reference) => reference === rows[0]?.reference),
    "a retry did not land on the existing receipt",
  );
  await client.dispose();
  return drill.result();
}

/** R7: two moderators decide the same input from the same version. */
export async function r7ConcurrentTriage({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R7 concurrent triage saves");
  const contributor = await signedInRequest(app.baseURL, DEMO.contributorA);
  const title = `R7 drill ${key()}`;
  await submitOnce(contributor, practiceForm(title, formKey(), "submit"));
  await contributor.dispose();
  const [input] = await sql<{ reference: string; version: number; status: string }[]>`
    select i.reference, i.version, i.status from inputs i
    join input_texts t on t.input_id = i.id where t.title = ${title}`;
  if (!input) {
    drill.check(false, "the practice to decide was not submitted");
    return drill.result();
  }
  const decisionsBefore = await countDecisions(sql, input.reference);
  const moderators = [
    await signedInRequest(app.baseURL, DEMO.moderator),
    await signedInRequest(app.baseURL, DEMO.moderator),
  ];
  const decide = (client: APIRequestContext, to: string, locale: "en" | "fr") =>
    client.post(`/${locale}/staff/triage/${input.reference}`, {
      form: { intent: "decide", to, version: String(input.version), message: "R7 drill" },
      maxRedirects: 0,
    });
  const [first, second] = await Promise.all([
    decide(moderators[0]!, "in-review", "en"),
    decide(moderators[1]!, "in-review", "fr"),
  ]);
  const statuses = [first.status(), second.status()].sort();
  const loser = first.status() === 409 ? first : second;
  const body = await loser.text();
  const decisions = (await countDecisions(sql, input.reference)) - decisionsBefore;
  drill.fact("answers", statuses);
  drill.fact("decisionsRecorded", decisions);
  drill.check(statuses.includes(409), `neither save was refused: ${statuses.join(", ")}`);
  drill.check(decisions === 1, `${decisions} decisions recorded for one version`);
  drill.check(
    /modifi|changed/i.test(body),
    "the refused save does not say the input was changed by someone else",
  );
  await Promise.all(moderators.map((client) => client.dispose()));
  return drill.result();
}

async function countDecisions(sql: postgres.Sql, reference: string) {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from input_decisions d join inputs i on i.id = d.input_id
    where i.reference = ${reference}`;
  return row!.count;
}

/** R8: submits in the last seconds before the close and after it (the database's clock). */
export async function r8DeadlineRace({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R8 deadline race");
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const [consultation] = await sql<{ closes_at: Date }[]>`
    update consultations set closes_at = now() + interval '2 seconds'
    where slug = ${OPEN_CONSULTATION}
    returning closes_at`;
  const closesAt = consultation!.closes_at;
  const attempts: Array<{ title: string; acknowledged: boolean; status: number }> = [];
  try {
    // Submit one after another until two answers in a row come after the close.
    let refusedInARow = 0;
    while (refusedInARow < 2 && attempts.length < 400) {
      const title = `R8 drill ${attempts.length} ${key()}`;
      const response = await submitOnce(client, practiceForm(title, formKey(), "submit"));
      const acknowledged = receiptReference(response.headers().location) !== null;
      attempts.push({ title, acknowledged, status: response.status() });
      refusedInARow = acknowledged ? 0 : refusedInARow + 1;
    }
  } finally {
    await sql`update consultations set closes_at = now() + interval '30 days'
      where slug = ${OPEN_CONSULTATION}`;
  }
  const stored = await sql<{ title: string; submitted_at: Date }[]>`
    select t.title, i.submitted_at from inputs i join input_texts t on t.input_id = i.id
    where t.title like 'R8 drill %' and i.submitted_at is not null`;
  const storedTitles = new Set(stored.map((row) => row.title));
  const acknowledged = attempts.filter((a) => a.acknowledged);
  const refused = attempts.filter((a) => !a.acknowledged);
  drill.fact("attempts", attempts.length);
  drill.fact("acknowledged", acknowledged.length);
  drill.fact("refused", refused.length);
  drill.fact("refusedStatuses", [...new Set(refused.map((a) => a.status))]);
  drill.fact("storedAfterClose", stored.filter((row) => row.submitted_at > closesAt).length);
  drill.check(acknowledged.length > 0, "no submit was accepted before the close");
  drill.check(refused.length >= 2, "no submit was refused after the close");
  drill.check(
    acknowledged.every((a) => storedTitles.has(a.title)),
    "an acknowledged submit is not in the database",
  );
  drill.check(
    refused.every((a) => !storedTitles.has(a.title)),
    "a refused submit was stored as submitted",
  );
  drill.check(
    stored.every((row) => row.submitted_at <= closesAt),
    "a submit was stored after the close",
  );
  drill.check(
    refused.every((a) => a.status < 500),
    "a submit after the close got a server error",
  );
  await client.dispose();
  return drill.result();
}

/** R3: the process is killed between the commit and sending the e-mail. */
export async function r3KillBeforeSend({ app, sql, mail }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R3 killed between commit and send");
  // No worker in this process: the receipt stays queued, as at the instant of a crash.
  await app.stop();
  await app.start({ WORKER: "off" });
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const title = `R3 drill ${key()}`;
  const response = await submitOnce(client, practiceForm(title, formKey(), "submit"));
  const reference = receiptReference(response.headers().location);
  await client.dispose();
  await app.kill();
  const [queued] = await sql<{ id: number; message_id: string; status: string }[]>`
    select id, message_id, status from email_messages
    where event = 'input.submitted' and data::text like ${"%" + reference + "%"}`;
  const receivedBefore = mail.received.filter((m) => m.raw.includes(queued?.message_id ?? "?"));
  await app.start({ WORKER: "on" });
  await waitUntil(
    () => mail.received.some((m) => m.raw.includes(queued?.message_id ?? "?")),
    30_000,
  ).catch(() => undefined);
  const delivered = mail.received.filter((m) => m.raw.includes(queued?.message_id ?? "?"));
  drill.fact("acknowledged", reference ? 1 : 0);
  drill.fact("queuedBeforeKill", queued ? 1 : 0);
  drill.fact("deliveredBeforeRestart", receivedBefore.length);
  drill.fact("deliveredAfterRestart", delivered.length);
  drill.check(reference !== null, "the submit was not acknowledged");
  drill.check(queued?.status === "queued", "the receipt was not queued when the process died");
  drill.check(delivered.length === 1, `the receipt arrived ${delivered.length} times`);
  return drill.result();
}

/** R4: the process is killed in the middle of a transaction (submitting a saved draft). */
export async function r4KillMidTransaction({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R4 killed mid-transaction");
  const client = await signedInRequest(app.baseURL, DEMO.contributorA);
  const title = `R4 drill ${key()}`;
  const draft = await submitOnce(client, practiceForm(title, formKey(), "draft"));
  const reference = draft.headers().location?.match(/(RT-\d{4}-\d{6})/)?.[1];
  const before = await snapshot(sql, title);
  // Hold the outbox: the submit's transaction writes the input first and the receipt last,
  // so it waits here with its first rows written and not committed.
  const holder = await sql.reserve();
  await holder`begin`;
  await holder`lock table email_messages in share mode`;
  const pending = client
    .post(`/en/my/inputs/${reference}`, {
      data: practiceForm(title, formKey(), "submit") + "&version=1",
      headers: FORM_HEADERS,
      maxRedirects: 0,
    })
    .catch((error: Error) => error);
  await waitUntil(async () => {
    const [row] = await sql<{ waiting: number }[]>`
      select count(*)::int as waiting from pg_locks l join pg_class c on c.oid = l.relation
      where c.relname = 'email_messages' and not l.granted`;
    return row!.waiting > 0;
  });
  await app.kill();
  const answer = await pending;
  await holder`rollback`;
  holder.release();
  await app.start();
  const after = await snapshot(sql, title);
  drill.fact("clientGot", answer instanceof Error ? "connection lost" : answer.status());
  drill.fact("before", before);
  drill.fact("after", after);
  drill.check(after.status === "draft", `the draft became ${after.status}`);
  drill.check(after.versions === before.versions, "a partial version row was left");
  drill.check(after.outbox === before.outbox, "a partial outbox row was left");
  drill.check(after.title === title, "the draft's text was lost");
  const page = await client.get(`/en/my/inputs/${reference}`);
  drill.check(page.status() === 200, `the draft page answered ${page.status()} after restart`);
  await client.dispose();
  return drill.result();
}

async function snapshot(sql: postgres.Sql, title: string) {
  const [row] = await sql<
    { status: string; versions: number; outbox: number; title: string | null }[]
  >`
    select i.status,
      (select count(*)::int from input_versions v where v.input_id = i.id) as versions,
      (select count(*)::int from email_messages m where m.data::text like '%' || i.reference || '%') as outbox,
      t.title
    from inputs i join input_texts t on t.input_id = i.id where t.title = ${title}`;
  return row ?? { status: "missing", versions: 0, outbox: 0, title: null };
}

/**
 * R9: the session ends while someone types. The server side of it: the page warned (it
 * reports the idle time left), and a save after the end sends the person to sign in and
 * back to the same form, storing nothing half-done. Keeping the typed text in the browser
 * is proven by tests/e2e/contributor-keeps-text-after-session-expiry.spec.ts.
 */
export async function r9SessionExpiry({ app, sql }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("R9 session expires mid-answer");
  const client = await signedInRequest(app.baseURL, DEMO.colleagueA);
  const page = await client.get(NEW_PRACTICE);
  const html = await page.text();
  drill.fact("idleRemainingReported", /idleRemainingMs/.test(html));
  drill.check(/idleRemainingMs/.test(html), "the page does not tell the browser when to warn");
  // Thirty idle minutes pass.
  await sql`update sessions set last_seen_at = now() - interval '31 minutes'
    where user_id = (select id from users where email = ${DEMO.colleagueA})`;
  const title = `R9 drill ${key()}`;
  const save = await submitOnce(client, practiceForm(title, formKey(), "draft"));
  const location = save.headers().location ?? "";
  const stored = await inputsTitled(sql, title);
  drill.fact("answer", save.status());
  drill.fact("sentTo", location);
  drill.fact("stored", stored.length);
  drill.check(save.status() === 302, `the save after expiry answered ${save.status()}`);
  drill.check(
    location.startsWith("/en/sign-in?redirectTo=") &&
      decodeURIComponent(location).endsWith(NEW_PRACTICE),
    "the person is not sent to sign in and back to the form",
  );
  drill.check(stored.length === 0, "a save after the session ended was stored");
  await client.dispose();
  return drill.result();
}
