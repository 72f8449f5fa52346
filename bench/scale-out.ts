import postgres from "postgres";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32 } from "../seeds/data/people";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { startSmtpServer, type ReceivedEmail } from "../tests/setup/smtp-server";
import {
  AppInstance,
  buildIfNeeded,
  createDatabase,
  dropDatabase,
  practiceForm,
  receiptReference,
  request,
  sessionFrom,
  waitUntil,
  type Reply,
} from "./lib-http";

// The scale-out proof (issue 10): two instances of the real server entry (server/start.ts,
// e-mail worker and scheduler included) on different ports against one PostgreSQL database
// and one real SMTP server. Sessions, rate limits, notifications and scheduled tasks must
// behave exactly as with one instance. Prints the counts as JSON; exits 1 on any failure.
//
//   npm run bench:scale-out        (ports SCALE_PORT, SCALE_PORT+1, SMTP on SCALE_PORT+25)

const BASE_PORT = Number(process.env.SCALE_PORT ?? 4400);
const SMTP_PORT = Number(process.env.SCALE_SMTP_PORT ?? BASE_PORT + 25);
const DATABASE = process.env.SCALE_DATABASE ?? "rt_bench_h4_scale_out";
const SUBMITS = Number(process.env.SCALE_SUBMITS ?? 40);
const CONTRIBUTOR_A = "contributor@demo.roundtable.localhost";
const CONTRIBUTOR_B = "province@demo.roundtable.localhost";
const MODERATOR = "moderator@demo.roundtable.localhost";
const NEW_PRACTICE = "/en/consultations/2021-update/practices/new";

const failures: string[] = [];
const report: Record<string, unknown> = {};
function check(condition: boolean, message: string) {
  if (!condition) failures.push(message);
}

buildIfNeeded();
const url = await createDatabase(DATABASE);
const sql = postgres(url, { max: 4, onnotice: () => {} });
const smtp = await startSmtpServer(SMTP_PORT);
const env = {
  DATABASE_URL: url,
  SMTP_URL: smtp.url,
  // every instance looks for due tasks 4 times a second: the lease is what keeps them apart
  SCHEDULE_CHECK_MS: "250",
};
const a = new AppInstance("A", BASE_PORT, env);
const b = new AppInstance("B", BASE_PORT + 1, env);

try {
  // 0. Cold start: both instances on the empty database at once; each migrates and the
  // demo is seeded exactly once (the second instance must not seed it again, nor crash).
  const started = Date.now();
  await Promise.all([a.start(), b.start()]);
  const [seeded] = await sql<{ consultations: number; practices: number; people: number }[]>`
    select (select count(*)::int from consultations) as consultations,
           (select count(*)::int from inputs) as practices,
           (select count(*)::int from users) as people`;
  report.coldStart = { seconds: (Date.now() - started) / 1000, ...seeded };
  check(
    seeded?.consultations === 2,
    `cold start seeded ${seeded?.consultations} consultations, not 2`,
  );
  check(seeded?.practices === 32, `cold start seeded ${seeded?.practices} practices, not 32`);

  report.sessions = await provedSessions();
  report.rateLimits = await provedRateLimits();
  report.notifications = await provedNotifications();
  report.scheduled = await provedScheduledTasks();
} catch (error) {
  failures.push(`aborted: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await Promise.all([a.stop(), b.stop()]);
  await smtp.close();
  await sql.end({ timeout: 2 });
  if (process.env.SCALE_KEEP_DATABASE !== "true") await dropDatabase(DATABASE);
}

console.log(JSON.stringify({ scaleOut: report, failures, pass: failures.length === 0 }, null, 2));
process.exit(failures.length === 0 ? 0 : 1);

// ---------------------------------------------------------------------------------------

async function signIn(app: AppInstance, email: string, password = DEMO_PASSWORD) {
  return request(app.baseURL, "POST", "/en/sign-in", {
    form: new URLSearchParams({ email, password }).toString(),
  });
}

async function signedIn(app: AppInstance, email: string) {
  const reply = await signIn(app, email);
  const token = sessionFrom(reply);
  if (reply.status !== 302 || !token)
    throw new Error(`sign-in of ${email} answered ${reply.status}`);
  return token;
}

/** Sign in on A, use the cookie on B; the second factor on B, staff pages on A; sign out on B. */
async function provedSessions() {
  const token = await signedIn(a, CONTRIBUTOR_A);
  const onB = await request(b.baseURL, "GET", "/en/account", { cookie: token });
  const onA = await request(a.baseURL, "GET", "/en/account", { cookie: token });
  check(onB.status === 200, `a session opened on A answered ${onB.status} on B`);
  check(onA.status === 200, `a session opened on A answered ${onA.status} on A`);

  const staff = await signedIn(a, MODERATOR);
  const code = generateTOTP(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32), 30, 6);
  const verify = await request(b.baseURL, "POST", "/en/two-factor/verify", {
    cookie: staff,
    form: new URLSearchParams({ code }).toString(),
  });
  const staffOnA = await request(a.baseURL, "GET", "/en/staff/triage", { cookie: staff });
  check(verify.status === 302, `the second factor on B answered ${verify.status}`);
  check(
    staffOnA.status === 200,
    `the queue on A after the second factor on B answered ${staffOnA.status}`,
  );

  const signOut = await request(b.baseURL, "POST", "/en/sign-out", { cookie: token, form: "" });
  const afterOnA = await request(a.baseURL, "GET", "/en/account", { cookie: token });
  const afterOnB = await request(b.baseURL, "GET", "/en/account", { cookie: token });
  const [left] = await sql<{ n: number }[]>`
    select count(*)::int as n from sessions s join users u on u.id = s.user_id
    where lower(u.email) = ${CONTRIBUTOR_A}`;
  check(signOut.status === 302, `sign-out on B answered ${signOut.status}`);
  check(
    afterOnA.status === 302 && Boolean(afterOnA.location?.includes("/sign-in")),
    `after sign-out on B, A answered ${afterOnA.status} ${afterOnA.location ?? ""}`,
  );
  check(afterOnB.status === 302, `after sign-out on B, B answered ${afterOnB.status}`);
  check(left?.n === 0, `${left?.n} sessions of the signed-out person remain`);
  return {
    signedInOn: "A",
    accountPageOnB: onB.status,
    secondFactorOnB: verify.status,
    staffQueueOnA: staffOnA.status,
    signedOutOn: "B",
    accountPageOnAAfter: afterOnA.status,
    accountPageOnBAfter: afterOnB.status,
    sessionsLeft: left?.n,
  };
}

/** The attempt number (1-based) that was first refused with 429, or null. */
async function firstRefusal(email: string, apps: AppInstance[], attempts: number) {
  for (let i = 1; i <= attempts; i++) {
    const reply = await signIn(apps[(i - 1) % apps.length]!, email, "wrong password, bench");
    if (reply.status === 429) return i;
    if (reply.status !== 400) throw new Error(`a wrong password answered ${reply.status}`);
  }
  return null;
}

/** Concurrent wrong passwords: how many were checked (400) and how many refused (429). */
async function burst(email: string, apps: AppInstance[], attempts: number) {
  const replies = await Promise.all(
    Array.from({ length: attempts }, (_, i) =>
      signIn(apps[i % apps.length]!, email, "wrong password, bench"),
    ),
  );
  return {
    checked: replies.filter((r) => r.status === 400).length,
    refused: replies.filter((r) => r.status === 429).length,
    other: replies.filter((r) => r.status !== 400 && r.status !== 429).length,
  };
}

/**
 * The per-account sign-in limit (5 failures in 15 minutes, in PostgreSQL): attempts
 * alternated over A and B are refused at the same attempt as attempts on A alone; a burst
 * split over both lets no more guesses through than the same burst on one instance.
 */
async function provedRateLimits() {
  const oneInstance = await firstRefusal("limit-one@bench.localhost", [a], 8);
  const twoInstances = await firstRefusal("limit-two@bench.localhost", [a, b], 8);
  check(oneInstance === 6, `one instance refused at attempt ${oneInstance}, not 6`);
  check(
    twoInstances === oneInstance,
    `two instances refused at attempt ${twoInstances}, one instance at ${oneInstance}`,
  );
  const burstOne = await burst("burst-one@bench.localhost", [a], 10);
  const burstTwo = await burst("burst-two@bench.localhost", [a, b], 10);
  check(burstOne.other + burstTwo.other === 0, "a burst attempt answered neither 400 nor 429");
  check(
    burstTwo.checked <= 5,
    `a burst over two instances checked ${burstTwo.checked} passwords (limit 5)`,
  );
  check(
    burstOne.checked <= 5,
    `a burst on one instance checked ${burstOne.checked} passwords (limit 5)`,
  );
  const [bucket] = await sql<{ hits: number }[]>`
    select hits from rate_limits where bucket = 'sign-in:account:limit-two@bench.localhost'`;
  return {
    limit: 5,
    sequentialFirstRefusedAttempt: { oneInstance, twoInstances },
    failuresCountedTwoInstances: bucket?.hits,
    burstOf10: { oneInstance: burstOne, twoInstances: burstTwo },
  };
}

function receiptsFor(references: Set<string>, received: ReceivedEmail[]) {
  const counts = new Map<string, number>();
  for (const email of received) {
    if (eventOf(email) !== "input.submitted") continue;
    const text = `${email.parsed.subject ?? ""}\n${email.parsed.text ?? ""}`;
    for (const reference of references)
      if (text.includes(reference)) counts.set(reference, (counts.get(reference) ?? 0) + 1);
  }
  return counts;
}

/** Submits spread over A and B, two organizations: one receipt per submit, none lost or doubled. */
async function provedNotifications() {
  const tokens = [await signedIn(a, CONTRIBUTOR_A), await signedIn(b, CONTRIBUTOR_B)];
  const apps = [a, b];
  const replies: Reply[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < SUBMITS) {
        const i = next++;
        replies[i] = await request(apps[i % 2]!.baseURL, "POST", NEW_PRACTICE, {
          cookie: tokens[Math.floor(i / 2) % 2]!,
          form: practiceForm(`Scale-out practice ${i + 1}`, "submit"),
        });
      }
    }),
  );
  const references = new Set(
    replies.map((reply) => receiptReference(reply.location)).filter((r): r is string => !!r),
  );
  check(references.size === SUBMITS, `${references.size} of ${SUBMITS} submits were acknowledged`);
  const queued = async () => {
    const [row] = await sql<{ total: number; sent: number }[]>`
      select count(*)::int as total, count(*) filter (where status = 'sent')::int as sent
      from email_messages where event = 'input.submitted' and data->>'reference' = any(${[...references]})`;
    return row!;
  };
  let counts = new Map<string, number>();
  await waitUntil(
    async () => {
      const outbox = await queued();
      counts = receiptsFor(references, smtp.received);
      return outbox.sent === outbox.total && counts.size === references.size;
    },
    60_000,
    200,
  ).catch(() => undefined);
  const outbox = await queued();
  const delivered = [...counts.values()];
  const received = delivered.reduce((sum, n) => sum + n, 0);
  check(
    outbox.total === references.size,
    `${outbox.total} receipts queued for ${references.size} submits`,
  );
  check(outbox.sent === outbox.total, `${outbox.sent} of ${outbox.total} receipts sent`);
  check(counts.size === references.size, `${references.size - counts.size} receipts never arrived`);
  check(
    delivered.every((n) => n === 1),
    `${delivered.filter((n) => n > 1).length} receipts arrived twice`,
  );
  const [stored] = await sql<{ n: number }[]>`
    select count(*)::int as n from inputs where reference = any(${[...references]})`;
  check(
    stored?.n === references.size,
    `${stored?.n} of ${references.size} acknowledged inputs stored`,
  );
  return {
    submits: SUBMITS,
    acknowledged: references.size,
    acknowledgedOnA: replies.filter((r, i) => i % 2 === 0 && receiptReference(r.location)).length,
    acknowledgedOnB: replies.filter((r, i) => i % 2 === 1 && receiptReference(r.location)).length,
    inputsStored: stored?.n,
    receiptsQueued: outbox.total,
    receiptsSent: outbox.sent,
    receiptsReceived: received,
    referencesWithOneReceipt: delivered.filter((n) => n === 1).length,
  };
}

function ranCount(task: string) {
  return [a, b].map(
    (app) =>
      app.events("scheduler.ran").filter((entry) => (entry.tasks as string[]).includes(task))
        .length,
  );
}

function eventOf(email: ReceivedEmail) {
  const value = email.parsed.headers?.get("x-roundtable-event");
  return typeof value === "string" ? value : null;
}

function eventMessages(event: string, from: number) {
  return smtp.received.slice(from).filter((email) => eventOf(email) === event);
}

/**
 * Both schedulers check 4 times a second. A closing consultation with 8 invitees who have not
 * submitted, and the daily digest made due: each e-mail goes out once, each task runs on one
 * instance; made due again the same day, nothing new is sent.
 */
async function provedScheduledTasks() {
  // Eight invited people in organizations that have submitted nothing yet.
  const invited = 8;
  await sql.begin(async (tx) => {
    for (let i = 1; i <= invited; i++) {
      const [org] = await tx<{ id: number }[]>`
        insert into organizations (slug, name_en, name_fr, stakeholder_category_id, jurisdiction)
        values (${`bench-invited-${i}`}, ${`Bench invited ${i}`}, ${`Invité banc ${i}`}, 2, 'ON')
        returning id`;
      const [user] = await tx<{ id: number }[]>`
        insert into users (email, name, preferred_language, status)
        values (${`invited-${i}@bench.localhost`}, ${`Invited ${i}`}, 'en', 'active') returning id`;
      await tx`insert into memberships (user_id, organization_id) values (${user!.id}, ${org!.id})`;
      await tx`insert into user_roles (user_id, role) values (${user!.id}, 'contributor')`;
      await tx`
        insert into consultation_invitees (consultation_id, user_id, organization_id)
        values ((select id from consultations where slug = '2021-update'), ${user!.id}, ${org!.id})`;
    }
    await tx`update consultations set closes_at = now() + interval '1 day' where slug = '2021-update'`;
  });
  const [staff] = await sql<{ n: number }[]>`
    select count(distinct u.id)::int as n from users u join user_roles r on r.user_id = u.id
    where u.status = 'active' and r.role in ('coordinator', 'moderator', 'drafter')`;
  const expectedDigests = staff!.n;

  const round = async () => {
    const before = { reminders: ranCount("closing-reminders"), digest: ranCount("daily-digest") };
    const from = smtp.received.length;
    await sql`update scheduled_tasks set next_run_at = now() - interval '1 second'`;
    const sum = (counts: number[]) => counts.reduce((s, n) => s + n, 0);
    await waitUntil(
      async () => {
        const [pending] = await sql<{ n: number }[]>`
          select count(*)::int as n from email_messages where status in ('queued', 'sending', 'retrying')`;
        const [tasks] = await sql<{ n: number }[]>`
          select count(*)::int as n from scheduled_tasks where next_run_at <= now() or locked_until is not null`;
        return (
          sum(ranCount("closing-reminders")) > sum(before.reminders) &&
          sum(ranCount("daily-digest")) > sum(before.digest) &&
          pending!.n === 0 &&
          tasks!.n === 0
        );
      },
      60_000,
      200,
    );
    // Both schedulers keep checking: an observation window of 12 checks each for a second run.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const reminders = eventMessages("reminder.due", from);
    const digests = eventMessages("digest.daily", from);
    const recipients = (emails: ReceivedEmail[]) =>
      new Set(emails.flatMap((email) => email.envelopeTo.map((to) => to.toLowerCase()))).size;
    const ran = {
      reminders: ranCount("closing-reminders").map((n, i) => n - before.reminders[i]!),
      digest: ranCount("daily-digest").map((n, i) => n - before.digest[i]!),
    };
    return {
      remindersReceived: reminders.length,
      reminderRecipients: recipients(reminders),
      digestsReceived: digests.length,
      digestRecipients: recipients(digests),
      closingRemindersRunsOnAB: ran.reminders,
      dailyDigestRunsOnAB: ran.digest,
    };
  };

  const first = await round();
  check(
    first.remindersReceived === invited,
    `${first.remindersReceived} reminders for ${invited} invitees`,
  );
  check(
    first.reminderRecipients === invited,
    `reminders reached ${first.reminderRecipients} people, not ${invited}`,
  );
  check(
    first.digestsReceived === expectedDigests,
    `${first.digestsReceived} digests for ${expectedDigests} staff`,
  );
  check(
    first.digestRecipients === expectedDigests,
    `digests reached ${first.digestRecipients} people`,
  );
  for (const runs of [first.closingRemindersRunsOnAB, first.dailyDigestRunsOnAB])
    check(
      runs[0]! + runs[1]! === 1,
      `a due task ran ${runs[0]! + runs[1]!} times (A ${runs[0]}, B ${runs[1]})`,
    );
  const second = await round();
  check(
    second.remindersReceived === 0,
    `made due again, ${second.remindersReceived} reminders were sent again`,
  );
  check(
    second.digestsReceived === 0,
    `made due again, ${second.digestsReceived} digests were sent again`,
  );
  for (const runs of [second.closingRemindersRunsOnAB, second.dailyDigestRunsOnAB])
    check(runs[0]! + runs[1]! === 1, `a due task ran ${runs[0]! + runs[1]!} times the second time`);
  return { invited, expectedDigests, firstRound: first, sameDayAgain: second };
}
