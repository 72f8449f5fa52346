import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { readConfig } from "./config";
import { startEmailWorker } from "./email-worker";
import { survivePostgresSocketRace } from "./postgres-socket-race";

survivePostgresSocketRace();

// `npm run worker`: the e-mail worker on its own, for deployments that run it apart from
// the web instances (start those with WORKER=off). Several may run at once.
const config = readConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.PGLITE_DATA_DIR });
await migrateDatabase(database);
const worker = startEmailWorker(database.db, config);
console.log(`Roundtable e-mail worker running (${config.SMTP_URL ? "SMTP" : "mailbox"}).`);

async function stop() {
  await worker.stop();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
