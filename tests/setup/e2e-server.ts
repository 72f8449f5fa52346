import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startMailCatcher } from "./mail-catcher";
import { databaseUrl, POSTGRES_URL } from "./test-database";

// Starts the built app the way `npm start` does, on a database of its own, sending its
// e-mail to a real SMTP server that the tests can read (tests/e2e/mail.ts).
const port = Number(process.env.PORT ?? 3100);
const mail = await startMailCatcher(
  Number(process.env.E2E_SMTP_PORT ?? 3125),
  Number(process.env.E2E_MAIL_PORT ?? 3126),
);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  SEED_DEMO: "true",
  SMTP_URL: mail.smtpUrl,
  PUBLIC_URL: `http://localhost:${port}`,
  // Journeys look at a public page right after a staff decision: no cached copy in between
  // (server/page-cache.test.ts covers the cache through the real middleware chain).
  PAGE_CACHE_SECONDS: "0",
};

// PostgreSQL (DATABASE_URL, or the machine's server): some journeys prepare data in the
// server's database. E2E_PGLITE=true runs the app on a fresh embedded PGlite instead.
if (process.env.E2E_PGLITE !== "true") {
  // one database per port, so that runs on different ports never share one
  const name = port === 3100 ? "roundtable_e2e" : `roundtable_e2e_${port}`;
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  env.DATABASE_URL = databaseUrl(POSTGRES_URL, name);
} else {
  env.PGLITE_DATA_DIR = mkdtempSync(path.join(tmpdir(), "roundtable-e2e-"));
}

const child = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    child.kill(signal);
    void mail.close();
  });
}
child.on("exit", (code) => process.exit(code ?? 0));
