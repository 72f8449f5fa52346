import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../seeds/seed";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32, demoPeople } from "../seeds/data/people";
import { createApp } from "./app";
import { readConfig } from "./config";
import { startEmailWorker } from "./email-worker";
import { survivePostgresSocketRace } from "./postgres-socket-race";

survivePostgresSocketRace();

// `npm start`: build if there is no build, migrate, seed an empty database, serve.
const config = readConfig();
const buildFile = path.resolve("build/index.js");

if (!existsSync(buildFile)) {
  console.log("No build found: building the app (about 10 seconds)…");
  execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "inherit" });
}

const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.PGLITE_DATA_DIR,
  max: config.DB_POOL_MAX,
  statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
});
await migrateDatabase(database);
const seeded = await seedDatabase(database.db, {
  demo: config.seedDemo,
  publicUrl: config.publicUrl,
});

const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
const app = createApp({
  db: database.db,
  build,
  publicUrl: config.publicUrl,
  mailboxEnabled: config.mailboxEnabled,
  pageCacheSeconds: config.pageCacheSeconds,
});
const worker = config.WORKER === "on" ? startEmailWorker(database.db, config) : null;
const server = app.listen(config.PORT, config.HOST, () => {
  const where = config.DATABASE_URL
    ? "PostgreSQL (DATABASE_URL)"
    : `embedded PGlite in ${config.PGLITE_DATA_DIR}`;
  console.log(`\nRoundtable is running on http://localhost:${config.PORT}  (database: ${where})`);
  console.log(
    `  English: http://localhost:${config.PORT}/en   Français : http://localhost:${config.PORT}/fr`,
  );
  if (seeded.demo)
    console.log(
      `  Demo data: ${seeded.demo.consultations} consultations, ${seeded.demo.practices} practices.`,
    );
  if (config.seedDemo && config.NODE_ENV !== "production") printDemoSignIns();
  if (!config.SMTP_URL) {
    console.log(
      `  No SMTP_URL: e-mails are kept in the admin mailbox, ${config.publicUrl}/en/admin/mailbox`,
    );
  }
  console.log("");
});

// Behind a load balancer spreading requests over several instances, an idle keep-alive
// connection must outlive the balancer's own idle timeout (60 s on the common ones), or the
// balancer reuses a socket this server has just closed and its client gets a reset (the load
// hold over two instances saw "socket hang up" with Node's default of 5 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing connections…`);
  server.close();
  server.closeIdleConnections();
  await worker?.stop();
  // PGlite must be closed cleanly or its data directory needs recovery at the next start.
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

function printDemoSignIns() {
  console.log(`\n  Demo sign-ins (password for all: ${DEMO_PASSWORD})`);
  for (const person of demoPeople)
    console.log(`    ${person.roles.join(", ").padEnd(12)} ${person.email}`);
  console.log(
    `  Staff accounts ask for a two-step code: add the key ${DEMO_TOTP_KEY_BASE32} to any authenticator app.`,
  );
}
