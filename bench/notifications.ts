// Queues 10,000 notifications and sends them through real SMTP with several workers sharing
// the outbox; prints the send rate and whether each arrived exactly once. Run on demand:
//   npm run bench:notifications            (PostgreSQL at DATABASE_URL, default local)
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createEmailWorker } from "../app/features/notifications/email-worker.server";
import { notify } from "../app/features/notifications/notify.server";
import { smtpTransport } from "../app/features/notifications/transports.server";
import { sampleEmailData } from "../emails/sample-data";
import { startSmtpServer } from "../tests/setup/smtp-server";
import { createPostgresDatabase } from "../tests/setup/test-database";
import { migrateDatabase } from "../db/migrate";

const TOTAL = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
const BATCH = 50;

const database = await createPostgresDatabase();
await migrateDatabase(database);
const smtp = await startSmtpServer(0, { parse: false });

const queueStarted = performance.now();
for (let offset = 0; offset < TOTAL; offset += 500) {
  await database.db.transaction(async (tx) => {
    for (let n = offset; n < Math.min(TOTAL, offset + 500); n++) {
      await notify(
        tx,
        "input.submitted",
        {
          userId: null,
          email: `person${n}@example.org`,
          name: `Person ${n}`,
          language: n % 2 ? "fr" : "en",
        },
        {
          ...sampleEmailData["input.submitted"],
          reference: `RT-2026-${String(n).padStart(6, "0")}`,
        },
      );
    }
  });
}
const queueSeconds = (performance.now() - queueStarted) / 1000;

const sendStarted = performance.now();
const workers = Array.from({ length: WORKERS }, () =>
  createEmailWorker({
    db: database.db,
    transport: smtpTransport(smtp.url, { maxConnections: 5 }),
    from: "Roundtable <no-reply@roundtable.localhost>",
    batchSize: BATCH,
    log: () => {},
  }),
);
await Promise.all(
  workers.map(async (worker) => {
    while ((await worker.runOnce()) > 0) {
      /* drain */
    }
  }),
);
await smtp.waitFor(TOTAL, 60_000).catch(() => undefined);
const sendSeconds = (performance.now() - sendStarted) / 1000;
await Promise.all(workers.map((worker) => worker.stop()));

const messageIds = smtp.received.map(
  (email) => /^Message-ID:\s*(\S+)/im.exec(email.raw)?.[1] ?? "",
);
const unique = new Set(messageIds).size;
const [statuses] = await database.db
  .execute(
    sql`select count(*) filter (where status = 'sent')::int as sent, count(*)::int as total from email_messages`,
  )
  .then(
    (r) =>
      (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Array<{
        sent: number;
        total: number;
      }>,
  );

const result = {
  benchmark: "notifications",
  queued: TOTAL,
  workers: WORKERS,
  batchSize: BATCH,
  queueSeconds: Number(queueSeconds.toFixed(2)),
  sendSeconds: Number(sendSeconds.toFixed(2)),
  sendRatePerSecond: Math.round(TOTAL / sendSeconds),
  received: smtp.received.length,
  uniqueMessageIds: unique,
  duplicates: smtp.received.length - unique,
  markedSent: statuses?.sent ?? 0,
  exactlyOnce: smtp.received.length === TOTAL && unique === TOTAL && statuses?.sent === TOTAL,
};
console.log(JSON.stringify(result, null, 2));
await smtp.close();
await database.destroy();
process.exit(result.exactlyOnce ? 0 : 1);
