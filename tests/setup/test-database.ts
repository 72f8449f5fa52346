import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDatabase } from "../../seeds/seed";

/** The PostgreSQL every database test can use: DATABASE_URL, or the machine's local server. */
export const POSTGRES_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
/** Several checkouts may test against one server at once: each names its own template. */
export const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE ?? "roundtable_test_template";

export function databaseUrl(base: string, name: string) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates a database and writes the reference data (framework, categories); no demo. */
export async function prepareReferenceData(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: false });
}

export type TestDatabase = DatabaseHandle & { destroy(): Promise<void> };

/**
 * A fresh database for one test file, migrated and holding the reference data.
 * With DATABASE_URL: a copy of the template database made by the global setup (fast).
 * Without: a new in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!process.env.DATABASE_URL) {
    const handle = await openDatabase({ dataDir: "memory://" });
    await prepareReferenceData(handle);
    return { ...handle, destroy: () => handle.close() };
  }
  return createPostgresDatabase({ template: TEMPLATE_DATABASE });
}

/** A new, uniquely named database on the PostgreSQL server; empty unless a template is given. */
export async function createPostgresDatabase(
  options: { template?: string } = {},
): Promise<TestDatabase> {
  const name = `roundtable_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    const template = options.template ? ` template "${options.template}"` : "";
    await admin.unsafe(`create database "${name}"${template}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ url: databaseUrl(POSTGRES_URL, name), max: 5 });
  return {
    ...handle,
    async destroy() {
      await handle.close();
      const dropper = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
