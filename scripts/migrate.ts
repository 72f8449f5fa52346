import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { readConfig } from "../server/config";

const config = readConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.PGLITE_DATA_DIR });
await migrateDatabase(database);
await database.close();
console.log("Migrations applied.");
