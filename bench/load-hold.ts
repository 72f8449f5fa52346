import { availableParallelism, loadavg } from "node:os";
import postgres from "postgres";
import { startSmtpServer } from "../tests/setup/smtp-server";
import {
  AppInstance,
  buildIfNeeded,
  createDatabase,
  databaseCpuSeconds,
  dropDatabase,
  insertSession,
  percentile,
  practiceForm,
  receiptReference,
  request,
  waitUntil,
} from "./lib-http";
import { submittedWords } from "./lib/synthetic";
import { mulberry32 } from "../app/features/triage/near-duplicates";

// The load hold (issue 10): 50 connections for 10 minutes of the mixed workload against the
// real server entry (server/start.ts, e-mail worker and scheduler included):
//   70 % page views (home, objectives, an objective, the repository with filters, a practice,
//        the consultation), anonymous
//   20 % draft saves by signed-in contributors (each has a draft of their own)
//    7 % submits (a new practice, a fresh form key each; words of its own, one in five a copy
//        of one of five form letters: bench/lib/synthetic.ts)
//    3 % triage queue pages by a moderator
// Sessions are rows as the app stores them (SHA-256 of the token); POSTs carry what a
// browser sends with a same-site form (Sec-Fetch-Site, Origin), which server/csrf.ts checks.
// None of these routes is rate-limited, so no limit setting is needed.
//
//   npm run bench:load                        (10 minutes)
//   LOAD_SECONDS=60 npm run bench:load        (for development)
//   LOAD_INSTANCES=1 npm run bench:load       (one instance; default: one per core)

const SECONDS = Number(process.env.LOAD_SECONDS ?? 600);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
// One instance per core, as it is deployed (decision 019: instances are stateless).
const INSTANCES = Number(process.env.LOAD_INSTANCES ?? availableParallelism());
const CONTRIBUTORS = Number(process.env.LOAD_CONTRIBUTORS ?? 200);
const BASE_PORT = Number(process.env.LOAD_PORT ?? 4410);
const SMTP_PORT = Number(process.env.LOAD_SMTP_PORT ?? BASE_PORT + 25);
const DATABASE = process.env.LOAD_DATABASE ?? "rt_bench_h4_load";
const SAMPLE_MS = 30_000;
const TARGET = { getP95: 300, postP95: 800, errorRate: 0.001 };
/** RSS is stable when, after the warm-up, its least-squares slope is under 1 % of its mean per minute */
const MEMORY_SLOPE_SHARE = 0.01;
const NEW_PRACTICE = "/en/consultations/2021-update/practices/new";

type Workload = "page" | "draft" | "submit" | "queue";
const MIX: Array<[Workload, number]> = [
  ["page", 0.7],
  ["draft", 0.2],
  ["submit", 0.07],
  ["queue", 0.03],
];

const practiceWords = submittedWords(mulberry32(7));

buildIfNeeded();
const url = await createDatabase(DATABASE);
const sql = postgres(url, { max: 4, onnotice: () => {} });
const smtp = await startSmtpServer(SMTP_PORT, { parse: false });
const apps = Array.from(
  { length: INSTANCES },
  (_, i) =>
    new AppInstance(
      String.fromCharCode(65 + i),
      BASE_PORT + i,
      { DATABASE_URL: url, SMTP_URL: smtp.url },
      // e.g. LOAD_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": where the time goes
      process.env.LOAD_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
    ),
);
const log = (message: string) =>
  console.error(`[load-hold ${new Date().toISOString()}] ${message}`);

const autovacuum = await productionAutovacuum();

let exitCode = 1;
try {
  await Promise.all(apps.map((app) => app.start()));
  log(`${apps.length} instance(s) up; preparing ${CONTRIBUTORS} contributors`);
  const setup = await prepare();
  log(`pages: ${setup.pages.length}; running ${SECONDS} s with ${CONNECTIONS} connections`);
  const result = await run(setup);
  exitCode = result.pass ? 0 : 1;
} catch (error) {
  console.error(error);
  for (const app of apps) console.error(app.log.slice(-3000));
} finally {
  await Promise.all(apps.map((app) => app.stop()));
  await smtp.close();
  await autovacuum.restore();
  await sql.end({ timeout: 2 });
  if (process.env.LOAD_KEEP_DATABASE !== "true") await dropDatabase(DATABASE);
}
process.exit(exitCode);

// ---------------------------------------------------------------------------------------

/**
 * Autovacuum on for the hold, as PostgreSQL ships and production runs it. This machine's
 * server turns it off for CI (/etc/postgresql/15/main/conf.d/90-ci.conf), and a 10-minute
 * write-heavy hold without it measures dead rows piling up that no deployed server keeps
 * (docs/performance.md, "Autovacuum"). LOAD_AUTOVACUUM=as-is keeps the server's setting.
 * It is a server-wide setting: turned on with ALTER SYSTEM and a reload, reset afterwards.
 */
async function productionAutovacuum() {
  const setting = async () => (await sql<{ autovacuum: string }[]>`show autovacuum`)[0]!.autovacuum;
  const before = await setting();
  if (before === "on" || process.env.LOAD_AUTOVACUUM === "as-is")
    return { setting: before, restore: async () => {} };
  await sql`alter system set autovacuum = on`;
  await sql`select pg_reload_conf()`;
  await waitUntil(async () => (await setting()) === "on", 10_000, 100);
  log("autovacuum turned on for the hold (the server's setting was off)");
  return {
    setting: "on (turned on for the hold)",
    restore: async () => {
      await sql`alter system reset autovacuum`;
      await sql`select pg_reload_conf()`;
    },
  };
}

interface Contributor {
  userId: number;
  token: string;
  draft: string;
}

/** Organizations and contributors of the bench, their sessions and drafts; the public pages. */
async function prepare() {
  const [category] = await sql<{ id: number }[]>`
    select stakeholder_category_id as id from consultation_audience_categories
    join consultations c on c.id = consultation_id where c.slug = '2021-update' limit 1`;
  const people = await sql<{ id: number }[]>`
    with orgs as (
      insert into organizations (slug, name_en, name_fr, stakeholder_category_id, jurisdiction)
      select 'load-org-' || n, 'Load organization ' || n, 'Organisme de charge ' || n,
             ${category!.id}, (array['ON','QC','BC','AB','NS','MB'])[1 + n % 6]
      from generate_series(1, ${CONTRIBUTORS}) as n
      returning id, slug),
    people as (
      insert into users (email, name, preferred_language, status)
      select 'contributor-' || n || '@load.bench.localhost', 'Load contributor ' || n,
             (array['en','fr'])[1 + n % 2]::language, 'active'
      from generate_series(1, ${CONTRIBUTORS}) as n
      returning id, email),
    joined as (
      insert into memberships (user_id, organization_id)
      select p.id, o.id from people p
      join orgs o on o.slug = 'load-org-' || split_part(split_part(p.email, '@', 1), '-', 2)
      returning user_id)
    insert into user_roles (user_id, role) select user_id, 'contributor' from joined
    returning user_id as id`;
  const contributors: Contributor[] = [];
  for (const person of people) {
    const token = await insertSession(sql, person.id, { twoFactorVerified: false });
    contributors.push({ userId: person.id, token, draft: "" });
  }
  // Each contributor's draft, saved through the app as a person would.
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < contributors.length) {
        const contributor = contributors[next++]!;
        const reply = await request(apps[0]!.baseURL, "POST", NEW_PRACTICE, {
          cookie: contributor.token,
          form: practiceForm(`Load draft of ${contributor.userId}`, "draft", null),
        });
        const draft = reply.location?.match(/\/my\/inputs\/(RT-\d{4}-\d{6})\?notice=draft-saved$/);
        if (reply.status !== 302 || !draft)
          throw new Error(`a draft answered ${reply.status} ${reply.location ?? ""}`);
        contributor.draft = draft[1]!;
      }
    }),
  );
  const [moderator] = await sql<{ id: number }[]>`
    select u.id from users u join user_roles r on r.user_id = u.id
    where r.role = 'moderator' and u.status = 'active' order by u.id limit 1`;
  const moderatorToken = await insertSession(sql, moderator!.id, { twoFactorVerified: true });

  const practices = await sql<{ reference: string }[]>`
    select reference from inputs where kind = 'practice' and published_at is not null order by id`;
  const pages = [
    "/en",
    "/fr",
    "/en/objectives",
    "/fr/objectives",
    "/en/consultations/2021-update",
    "/en/practices",
    "/fr/practices",
    "/en/practices?objective=16",
    "/en/practices?q=language",
    "/fr/practices?q=emploi",
    "/en/practices?province=Ontario",
    "/en/practices?page=2",
    ...Array.from({ length: 23 }, (_, i) => `/${i % 2 ? "fr" : "en"}/objectives/${i + 1}`),
    ...practices.map((p, i) => `/${i % 2 ? "fr" : "en"}/practices/${p.reference}`),
  ];
  const queues = [
    "/en/staff/triage",
    "/en/staff/triage?status=submitted",
    "/en/staff/triage?q=newcomers",
    "/fr/staff/triage?kind=practice",
  ];
  // Every page must answer 200 before the hold: a 404 in the mix would be a bench error.
  for (const path of pages)
    if ((await request(apps[0]!.baseURL, "GET", path)).status !== 200)
      throw new Error(`${path} does not answer 200`);
  for (const path of queues) {
    const reply = await request(apps[0]!.baseURL, "GET", path, { cookie: moderatorToken });
    if (reply.status !== 200) throw new Error(`${path} answered ${reply.status}`);
  }
  return { contributors, moderatorToken, pages, queues };
}

/** A new practice's form: words of its own, or one in five a form letter's copy. */
function practiceText(n: number) {
  const form = new URLSearchParams(practiceForm(`Load practice ${n}`, "submit"));
  for (const [name, value] of Object.entries(practiceWords(n))) form.set(name, value);
  return form.toString();
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function chooseWorkload(): Workload {
  let r = Math.random();
  for (const [workload, share] of MIX) {
    if (r < share) return workload;
    r -= share;
  }
  return "page";
}

/** Requests per second and p95 of each workload in each SAMPLE_MS window of the hold. */
function windowsOf(
  timeline: Array<{ at: number; workload: Workload; ms: number }>,
  samples: Array<{ appCpuSeconds: number; databaseCpuSeconds: number }>,
  stats: (values: number[]) => { count: number; p50: number; p95: number },
) {
  const windows: Array<Record<string, unknown>> = [];
  for (let from = 0, i = 0; timeline.some((t) => t.at >= from); from += SAMPLE_MS, i++) {
    const inside = timeline.filter((t) => t.at >= from && t.at < from + SAMPLE_MS);
    const cpuMs = (key: "appCpuSeconds" | "databaseCpuSeconds") => {
      const [first, next] = [samples[i], samples[i + 1]];
      if (!first || !next || inside.length === 0) return null;
      return Math.round(((next[key] - first[key]) * 10_000) / inside.length) / 10;
    };
    const of = (w: Workload) =>
      inside
        .filter((t) => t.workload === w)
        .map((t) => t.ms)
        .sort((x, y) => x - y);
    windows.push({
      second: from / 1000,
      requestsPerSecond: Math.round(inside.length / (SAMPLE_MS / 1000)),
      appCpuMsPerRequest: cpuMs("appCpuSeconds"),
      databaseCpuMsPerRequest: cpuMs("databaseCpuSeconds"),
      ...Object.fromEntries(MIX.map(([w]) => [w, { count: of(w).length, p95: stats(of(w)).p95 }])),
    });
  }
  return windows;
}

function slope(points: Array<{ minute: number; value: number }>) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.minute, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const num = points.reduce((s, p) => s + (p.minute - mx) * (p.value - my), 0);
  const den = points.reduce((s, p) => s + (p.minute - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function run(setup: Awaited<ReturnType<typeof prepare>>) {
  const latencies: Record<Workload, number[]> = { page: [], draft: [], submit: [], queue: [] };
  const errors: Record<Workload, number> = { page: 0, draft: 0, submit: 0, queue: 0 };
  const byPath = new Map<string, number[]>();
  const errorSamples: string[] = [];
  const acknowledged = new Set<string>();
  let submitsSent = 0;
  // every request's end and latency: the windows below show what slows down as the data grows
  const timeline: Array<{ at: number; workload: Workload; ms: number }> = [];
  const started = Date.now();
  const end = started + SECONDS * 1000;
  const rss: Array<{
    second: number;
    mib: Array<number | null>;
    appCpuSeconds: number;
    databaseCpuSeconds: number;
    loadAverage: number;
  }> = [];
  const sample = () =>
    rss.push({
      second: Math.round((Date.now() - started) / 1000),
      mib: apps.map((app) => app.rssMiB()),
      // CPU used so far: per window and request below, what grows as the data grows
      appCpuSeconds: apps.reduce((sum, app) => sum + (app.cpuSeconds() ?? 0), 0),
      databaseCpuSeconds: databaseCpuSeconds(DATABASE),
      // the machine is shared: its 1-minute load average (2 cores) says how contended it was
      loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    });
  const cpuBefore = apps.map((app) => app.cpuSeconds() ?? 0);
  sample();
  const sampler = setInterval(() => {
    sample();
    const done = Object.values(latencies).reduce((s, l) => s + l.length, 0);
    log(`${rss.at(-1)!.second} s: ${done} requests, RSS ${rss.at(-1)!.mib.join(" / ")} MiB`);
  }, SAMPLE_MS);

  const fail = (workload: Workload, what: string) => {
    errors[workload] += 1;
    if (errorSamples.length < 20) errorSamples.push(`${workload}: ${what}`);
  };

  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      while (Date.now() < end) {
        const workload = chooseWorkload();
        const app = apps[connection % apps.length]!;
        const begun = performance.now();
        try {
          if (workload === "page") {
            const path = pick(setup.pages);
            const reply = await request(app.baseURL, "GET", path, { readBody: false });
            if (reply.status !== 200) fail(workload, `${path} ${reply.status}`);
            const kind = path
              .replace(/\/(en|fr)\//, "/:lang/")
              .replace(/RT-\d{4}-\d{6}/, ":reference")
              .replace(/objectives\/\d+/, "objectives/:number");
            const list = byPath.get(kind) ?? [];
            list.push(performance.now() - begun);
            byPath.set(kind, list);
          } else if (workload === "queue") {
            const path = pick(setup.queues);
            const reply = await request(app.baseURL, "GET", path, {
              cookie: setup.moderatorToken,
              readBody: false,
            });
            if (reply.status !== 200) fail(workload, `${path} ${reply.status}`);
          } else if (workload === "draft") {
            const contributor = pick(setup.contributors);
            const reply = await request(app.baseURL, "POST", `/en/my/inputs/${contributor.draft}`, {
              cookie: contributor.token,
              form: practiceForm(
                `Load draft of ${contributor.userId}, ${Date.now()}`,
                "draft",
                null,
              ),
            });
            if (
              reply.status !== 302 ||
              !reply.location?.endsWith(`/${contributor.draft}?notice=saved`)
            )
              fail(workload, `${reply.status} ${reply.location ?? reply.body.slice(0, 200)}`);
          } else {
            const contributor = pick(setup.contributors);
            const n = ++submitsSent;
            const reply = await request(app.baseURL, "POST", NEW_PRACTICE, {
              cookie: contributor.token,
              form: practiceText(n),
            });
            const reference = receiptReference(reply.location);
            if (reference) acknowledged.add(reference);
            else fail(workload, `${reply.status} ${reply.location ?? reply.body.slice(0, 200)}`);
          }
        } catch (error) {
          fail(workload, error instanceof Error ? error.message : String(error));
        }
        const ms = performance.now() - begun;
        latencies[workload].push(ms);
        timeline.push({ at: Date.now() - started, workload, ms });
      }
    }),
  );
  clearInterval(sampler);
  sample();
  const cpuUsed = apps.map((app, i) => (app.cpuSeconds() ?? 0) - cpuBefore[i]!);
  const elapsed = (Date.now() - started) / 1000;

  // What the database holds: every submit of the bench's contributors.
  const [stored] = await sql<{ n: number; acknowledgedFound: number }[]>`
    select count(*)::int as n,
           count(*) filter (where reference = any(${[...acknowledged]}))::int as "acknowledgedFound"
    from inputs i join users u on u.id = i.author_user_id
    where u.email like '%@load.bench.localhost' and i.status <> 'draft'`;
  // The receipts go out through the worker of the instances; wait for the outbox to drain.
  await waitUntil(
    async () => {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int as n from email_messages where status in ('queued', 'sending', 'retrying')`;
      return row!.n === 0;
    },
    120_000,
    500,
  ).catch(() => log("the outbox did not drain within 2 minutes"));
  const [outbox] = await sql<{ queued: number; sent: number }[]>`
    select count(*)::int as queued, count(*) filter (where status = 'sent')::int as sent
    from email_messages where event = 'input.submitted'`;

  // What the hold left behind: dead rows wait for (auto)vacuum, and stale statistics for ANALYZE.
  const deadRows = await sql<
    { table: string; live: number; dead: number; analyzed: string | null }[]
  >`
    select relname as table, n_live_tup::int as live, n_dead_tup::int as dead,
           coalesce(last_autoanalyze, last_analyze)::text as analyzed
    from pg_stat_user_tables order by n_dead_tup desc limit 8`;
  const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
  const gets = sorted([...latencies.page, ...latencies.queue]);
  const posts = sorted([...latencies.draft, ...latencies.submit]);
  const total = gets.length + posts.length;
  const errorCount = Object.values(errors).reduce((s, n) => s + n, 0);
  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
  const stats = (values: number[]) => ({
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
  });

  // Memory: the samples after the warm-up (the first 20 %, at least 60 s), per instance.
  const warmUp = Math.max(60, SECONDS * 0.2);
  const memory = apps.map((app, i) => {
    const points = rss
      .filter((s) => s.second >= warmUp && s.mib[i] !== null)
      .map((s) => ({ minute: s.second / 60, value: s.mib[i]! }));
    const mean = points.reduce((s, p) => s + p.value, 0) / Math.max(1, points.length);
    const perMinute = slope(points);
    return {
      instance: app.name,
      samples: points.length,
      meanMiB: round(mean),
      slopeMiBPerMinute: round(perMinute, 2),
      limitMiBPerMinute: round(mean * MEMORY_SLOPE_SHARE, 2),
      stable: points.length >= 2 && perMinute < mean * MEMORY_SLOPE_SHARE,
    };
  });

  const getStats = stats(gets);
  const postStats = stats(posts);
  const errorRate = total === 0 ? 1 : errorCount / total;
  const rows = [
    {
      workload: "load hold: GET p95 (ms), 50 connections, mixed",
      measured: getStats.p95,
      limit: TARGET.getP95,
      ratio: round(getStats.p95 / TARGET.getP95, 3),
      target: "< 300 ms",
      pass: getStats.p95 < TARGET.getP95,
    },
    {
      workload: "load hold: POST p95 (ms)",
      measured: postStats.p95,
      limit: TARGET.postP95,
      ratio: round(postStats.p95 / TARGET.postP95, 3),
      target: "< 800 ms",
      pass: postStats.p95 < TARGET.postP95,
    },
    {
      workload: "load hold: error rate",
      measured: round(errorRate, 6),
      limit: TARGET.errorRate,
      ratio: round(errorRate / TARGET.errorRate, 3),
      target: "< 0.1 %",
      pass: errorRate < TARGET.errorRate,
    },
    ...memory.map((m) => ({
      workload: `load hold: RSS slope after warm-up (MiB/min), instance ${m.instance}`,
      measured: m.slopeMiBPerMinute,
      limit: m.limitMiBPerMinute,
      ratio: m.limitMiBPerMinute ? round(m.slopeMiBPerMinute / m.limitMiBPerMinute, 3) : null,
      target: "< 1 % of mean RSS per minute",
      pass: m.stable,
    })),
    {
      workload: "load hold: submits in the database vs acknowledged",
      measured: stored!.n,
      limit: acknowledged.size,
      ratio: acknowledged.size ? round(stored!.n / acknowledged.size, 4) : null,
      target: "equal, every acknowledged one found",
      pass: stored!.n === acknowledged.size && stored!.acknowledgedFound === acknowledged.size,
    },
  ];
  const report = {
    seconds: round(elapsed),
    connections: CONNECTIONS,
    instances: apps.length,
    contributors: CONTRIBUTORS,
    requests: total,
    requestsPerSecond: round(total / elapsed),
    // contention-independent cost: server CPU per request, and the share of a core it got
    serverCpuSeconds: cpuUsed.map((c) => round(c)),
    serverCpuMsPerRequest: round((cpuUsed.reduce((s, c) => s + c, 0) * 1000) / Math.max(1, total)),
    serverCoresUsed: cpuUsed.map((c) => round(c / elapsed, 2)),
    loadAverageMean: round(rss.reduce((s, r) => s + r.loadAverage, 0) / rss.length, 2),
    get: getStats,
    post: postStats,
    byWorkload: Object.fromEntries(
      (Object.keys(latencies) as Workload[]).map((w) => [
        w,
        { ...stats(sorted(latencies[w])), errors: errors[w] },
      ]),
    ),
    pageViewsByPath: Object.fromEntries(
      [...byPath].map(([path, values]) => [path, stats(sorted(values))]),
    ),
    errors: errorCount,
    errorSamples,
    submits: {
      sent: submitsSent,
      acknowledged: acknowledged.size,
      inDatabase: stored!.n,
      acknowledgedFound: stored!.acknowledgedFound,
      receiptsQueued: outbox!.queued,
      receiptsSent: outbox!.sent,
      smtpReceived: smtp.received.length,
    },
    rssMiBEvery30s: rss,
    windows: windowsOf(timeline, rss, stats),
    autovacuum: autovacuum.setting,
    deadRows,
    memory,
  };
  console.log(JSON.stringify(report, null, 2));
  const pass = rows.every((row) => row.pass);
  console.log(JSON.stringify({ rows }));
  return { pass };
}
