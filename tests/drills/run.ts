// `npm run drills [-- R1 R5 …]`: the fault drills of QUALITY.md against the built app, a
// PostgreSQL database of their own and a real SMTP server. Prints one JSON line per drill
// and a summary; exits 1 when a drill fails. Without arguments every drill runs except R5,
// which restarts the machine's PostgreSQL cluster (ask for it by name). On a shared machine,
// give R5 a cluster of its own: the drills' database lives wherever DATABASE_URL points, and
// DRILL_PG_CLUSTER names the cluster R5 restarts (default "15 main"; R5 refuses a cluster
// whose port is not DATABASE_URL's):
//   pg_createcluster 15 drill --port 5439 -- --auth=trust && pg_ctlcluster 15 drill start
//   DATABASE_URL=postgres://postgres@127.0.0.1:5439/postgres DRILL_PG_CLUSTER="15 drill" \
//     npx tsx tests/drills/run.ts R5
//   pg_dropcluster 15 drill --stop
import { DrillApp, freshDatabase, MailBox, type DrillResult } from "./harness";
import { ALL_DRILLS } from "./registry";

const asked = process.argv.slice(2).map((name) => name.toUpperCase());
const selected = Object.entries(ALL_DRILLS).filter(([name, drill]) =>
  asked.length > 0 ? asked.includes(name) : !drill.disruptive,
);
if (selected.length === 0) {
  console.error(`no such drill; choose from ${Object.keys(ALL_DRILLS).join(" ")}`);
  process.exit(2);
}

const port = Number(process.env.DRILL_PORT ?? 3800);
const mail = new MailBox(Number(process.env.DRILL_SMTP_PORT ?? 3825));
await mail.start();
const database = await freshDatabase(`roundtable_drills_${port}`);
const app = new DrillApp({ port, databaseUrl: database.url, smtpUrl: mail.url });
const results: DrillResult[] = [];
const started = Date.now();
try {
  await app.start();
  for (const [name, drill] of selected) {
    const began = Date.now();
    const result = await drill
      .run({ app, sql: database.sql, mail, port, databaseUrl: database.url })
      .catch((error: Error): DrillResult => ({
        drill: name,
        passed: false,
        facts: {},
        failures: [`the drill itself failed: ${error.message}`],
      }));
    results.push(result);
    if (!result.passed) console.error(`--- the app's log, last lines:\n${app.log.slice(-3000)}`);
    console.log(JSON.stringify({ ...result, seconds: (Date.now() - began) / 1000 }));
  }
} finally {
  await app.stop();
  await mail.stop();
  await database.drop(database.sql);
}
const failed = results.filter((result) => !result.passed);
console.log(
  JSON.stringify({
    drills: results.length,
    passed: results.length - failed.length,
    failed: failed.map((result) => result.drill),
    seconds: (Date.now() - started) / 1000,
  }),
);
process.exit(failed.length > 0 ? 1 : 0);
