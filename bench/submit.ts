// Practice submit at scale (issue 10): POST /en/consultations/2021-update/practices/new with
// intent=submit (validate, store the input, its texts, tags, version, audit row, near-
// duplicate check and the receipt in the e-mail outbox) from 50 connections, each its own
// signed-in contributor, texts of their own with one in five a campaign copy, against the
// built app run by server/start.ts. Beside it, in the same run: a bare INSERT of the same input row and its text through postgres.js, 50 at a time.
// Targets: ≥ 300 submits/s and p95 ≤ 50 ms.
//   npx tsx bench/submit.ts [--inputs 100000] [--seconds 10] [--connections 50] [--port 4304]
//     [--instances 2]   (one app instance per core by default, as deployed: decision 019; the
//                        connections are split between them, each instance on its own port)
// Beside the rate it prints the CPU one submit costs each part of the machine (the app
// instances, the PostgreSQL backends of the bench database, this process as the load
// generator) and the rate those costs allow on this machine's cores at best.
// BENCH_SUBMIT_DATABASE (a name starting rt_bench_) and BENCH_SUBMIT_PORT let parallel
// checkouts run it side by side.
// Sessions are written straight into the sessions table the way sign-in stores them (the
// SHA-256 of a random token); the cookie carries the token. Submits are not rate limited
// (only sign-in, password reset and 2FA are), and a POST without Origin/Sec-Fetch-Site passes
// server/csrf.ts as any non-browser client does, so no default is weakened.
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import postgres from "postgres";
import { hashToken } from "../app/features/accounts/tokens.server";
import { databaseCpuSeconds, processCpuSeconds } from "./lib-http";
import { SESSION_COOKIE } from "../app/features/accounts/sessions.server";
import { dropDatabase, scaleDatabase } from "./lib/database";
import { option, percentiles, printRows, round, stringOption } from "./lib/report";
import { buildApp, load, startApp } from "./lib/servers";
import { submittedWords } from "./lib/synthetic";
import { mulberry32 } from "../app/features/triage/near-duplicates";

const INPUTS = option("inputs", "BENCH_N", 100_000);
const SECONDS = option("seconds", "BENCH_SECONDS", 10);
const CONNECTIONS = option("connections", "BENCH_CONNECTIONS", 50);
const NAME = stringOption("database", "BENCH_SUBMIT_DATABASE", "rt_bench_h3_submit")!;
const PORT = option("port", "BENCH_SUBMIT_PORT", 4304);
const INSTANCES = option("instances", "BENCH_INSTANCES", availableParallelism());
const SLUG = "2021-update";

const formKey = () => encodeBase32LowerCaseNoPadding(randomBytes(20));

const practiceWords = submittedWords(mulberry32(42));

function practiceBody(n: number) {
  const words = practiceWords(n);
  const form = new URLSearchParams({
    intent: "submit",
    submitKey: formKey(),
    language: words.language,
    title: `Settlement services practice ${n}`,
    summary: words.summary,
    description: words.description,
    scope: "provincial",
    consent: "attributed",
  });
  form.append("objectives", "16");
  form.append("objectives", String(1 + (n % 23)));
  return form.toString();
}

async function main() {
  if (!NAME.startsWith("rt_bench_")) throw new Error("bench databases start with rt_bench_");
  const figures: Record<string, unknown> = {};
  const { url, seed } = await scaleDatabase(NAME, {
    inputs: INPUTS,
    log: (m) => console.error(m),
  });
  if (seed) figures.seed = seed;
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  buildApp();
  // BENCH_SUBMIT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the app
  const nodeArgs = process.env.BENCH_SUBMIT_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const apps = await Promise.all(
    Array.from({ length: INSTANCES }, (_, i) => startApp(PORT + i, url, {}, nodeArgs)),
  );
  const app = apps[0]!;
  try {
    // One contributor per connection, each of a different stakeholder organization.
    const users = await sql`
      select distinct on (m.organization_id) m.user_id
      from memberships m
      join organizations o on o.id = m.organization_id
      join stakeholder_categories c on c.id = o.stakeholder_category_id
      join user_roles r on r.user_id = m.user_id and r.role = 'contributor'
      join users u on u.id = m.user_id
      where c.key <> 'federal-department' and u.email like 'scale-user-%'
        -- the consultation's audience (2021-update invites stakeholder categories)
        and exists (select 1 from consultations co
          left join consultation_audience_categories a on a.consultation_id = co.id
          where co.slug = ${SLUG}
            and (co.audience_public or a.stakeholder_category_id = o.stakeholder_category_id))
      order by m.organization_id, m.user_id
      limit ${CONNECTIONS}`;
    if (users.length < CONNECTIONS) throw new Error(`only ${users.length} contributors`);
    const tokens = users.map(() => encodeBase32LowerCaseNoPadding(randomBytes(20)));
    await sql`insert into sessions ${sql(
      users.map((user, i) => ({
        id: hashToken(tokens[i]!),
        user_id: user.user_id as number,
        expires_at: new Date(Date.now() + 12 * 3600_000),
        two_factor_verified: false,
      })),
    )}`;
    const path = `/en/consultations/${SLUG}/practices/new`;
    // Check one submit by hand: it must answer with the receipt redirect.
    const probe = await fetch(`${app.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: `${SESSION_COOKIE}=${tokens[0]}`,
      },
      body: practiceBody(0),
    });
    if (probe.status !== 302) throw new Error(`a submit answered ${probe.status}`);
    const before = Number((await sql`select count(*)::int as n from inputs`)[0]!.n);

    let sent = 0;
    const appCpu = () => apps.reduce((sum, a) => sum + (processCpuSeconds(a.process.pid!) ?? 0), 0);
    const cpuBefore = {
      app: appCpu(),
      database: databaseCpuSeconds(NAME),
      bench: process.cpuUsage(),
    };
    // The connections split between the instances, each its own contributors' sessions.
    const perInstance = await Promise.all(
      apps.map((instance, i) => {
        let nextClient = i;
        return load({
          url: `${instance.url}${path}`,
          connections: Math.round(CONNECTIONS / apps.length),
          seconds: SECONDS,
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          setupClient: (client) => {
            client.setHeaders({
              "Content-Type": "application/x-www-form-urlencoded",
              Cookie: `${SESSION_COOKIE}=${tokens[nextClient % tokens.length]}`,
            });
            nextClient += apps.length;
          },
          requests: [
            {
              method: "POST",
              setupRequest: (request) => ({ ...request, body: practiceBody(++sent) }),
            },
          ],
        });
      }),
    );
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const cpuSeconds = {
      app: appCpu() - cpuBefore.app,
      database: databaseCpuSeconds(NAME) - cpuBefore.database,
      loadGenerator: (benchCpu.user + benchCpu.system) / 1e6,
    };
    const result = {
      requestsPerSecond: round(
        perInstance.reduce((sum, r) => sum + r.requestsPerSecond, 0),
        1,
      ),
      // the slowest instance's percentiles: conservative where the two are not merged
      p50: Math.max(...perInstance.map((r) => r.p50)),
      p95: Math.max(...perInstance.map((r) => r.p95)),
      errors: perInstance.reduce((sum, r) => sum + r.errors, 0),
      statusCodes: perInstance.reduce<Record<string, number>>((codes, r) => {
        for (const [code, count] of Object.entries(r.statusCodes))
          codes[code] = (codes[code] ?? 0) + count;
        return codes;
      }, {}),
      perInstance,
    };
    const after = Number((await sql`select count(*)::int as n from inputs`)[0]!.n);
    const outbox = Number(
      (
        await sql`select count(*)::int as n from email_messages where created_at > now() - interval '10 minutes'`
      )[0]!.n,
    );
    const redirects = result.statusCodes["302"] ?? 0;
    const appRate = round(redirects / SECONDS, 1);
    // What one submit costs each part of the machine, and the rate the cores allow at best.
    const cpuMsPerSubmit = Object.fromEntries(
      Object.entries(cpuSeconds).map(([part, seconds]) => [
        part,
        round((seconds * 1000) / Math.max(1, redirects), 2),
      ]),
    ) as Record<keyof typeof cpuSeconds, number>;
    const totalMs = cpuMsPerSubmit.app + cpuMsPerSubmit.database + cpuMsPerSubmit.loadGenerator;
    figures.app = {
      ...result,
      instances: apps.length,
      acknowledged: redirects,
      // in flight when the load stopped: stored, never acknowledged
      stored: after - before,
      receiptsInOutbox: outbox,
      cpuMsPerSubmit: { ...cpuMsPerSubmit, total: round(totalMs, 2) },
      cores: availableParallelism(),
      ceilingSubmitsPerSecond: round((availableParallelism() * 1000) / totalMs, 1),
    };

    // The limit: the same row inserted bare, 50 at a time, for the same duration.
    const [template] = await sql`
      select consultation_id, organization_id, author_user_id from inputs
      where kind = 'practice' order by id desc limit 1`;
    const samples: number[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    let n = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          const start = performance.now();
          const i = ++n;
          await sql.begin(async (tx) => {
            const [row] = await tx`
              insert into inputs (consultation_id, organization_id, kind, status, language,
                publication_consent, submitted_at, author_user_id, submit_key)
              values (${template!.consultation_id}, ${template!.organization_id}, 'practice',
                'submitted', 'en', 'attributed', now(), ${template!.author_user_id}, ${formKey()})
              returning id`;
            await tx`insert into input_texts (input_id, language, title, summary, body)
              values (${row!.id}, 'en', ${`Settlement services practice ${i}`},
                'Language training and employment support for newcomers.',
                'Community organizations in three provinces offer language training.')`;
          });
          samples.push(performance.now() - start);
        }
      }),
    );
    const bare = { perSecond: round(samples.length / SECONDS, 1), ...percentiles(samples) };
    figures.bareInsert = bare;
    const pass =
      appRate >= 300 && result.p95 <= 50 && result.errors === 0 && after - before >= redirects;
    printRows(
      [
        {
          workload: `practice submit (validate, store, outbox), ${CONNECTIONS} connections, ${INPUTS} inputs`,
          measured: `${appRate} submits/s, p95 ${result.p95} ms`,
          limit: `${bare.perSecond} bare INSERTs/s, p95 ${bare.p95} ms`,
          ratio: round(appRate / bare.perSecond, 3),
          target: "≥ 300 submits/s and p95 ≤ 50 ms",
          pass,
        },
      ],
      figures,
    );
  } finally {
    await Promise.all(apps.map((instance) => instance.stop()));
    await sql.end({ timeout: 5 });
    if (process.env.BENCH_KEEP !== "1") await dropDatabase(NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
