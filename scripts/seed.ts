import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../seeds/seed";
import { readConfig } from "../server/config";

const config = readConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.PGLITE_DATA_DIR });
await migrateDatabase(database);
const result = await seedDatabase(database.db, { demo: config.seedDemo });
await database.close();
console.log(
  result.demo
    ? `Seeded the demo: ${result.demo.practices} practices.`
    : "Reference data seeded; demo not needed.",
);
