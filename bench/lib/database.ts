// Bench databases: created on the PostgreSQL server, migrated and seeded the way the app
// does it at start-up (reference data + demo), then filled by bench/lib/synthetic.ts.
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDatabase } from "../../seeds/seed";
import {
  generateConsultationData,
  type SyntheticOptions,
  type SyntheticSummary,
} from "./synthetic";

export const BENCH_SERVER =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function urlFor(name: string, server = BENCH_SERVER) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and creates a database on the server; returns its URL. */
export async function recreateDatabase(name: string, server = BENCH_SERVER) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return urlFor(name, server);
}

export async function dropDatabase(name: string, server = BENCH_SERVER) {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** Runs one SQL statement on either driver and returns its rows. */
export function execFor(handle: DatabaseHandle) {
  if (handle.driver === "postgres")
    return async (statement: string) =>
      (await handle.sql.unsafe(statement)) as unknown as Array<Record<string, unknown>>;
  return async (statement: string) =>
    (await handle.pglite.query<Record<string, unknown>>(statement)).rows;
}

/** Migrates, seeds reference data and the demo, then generates the synthetic consultation. */
export async function seedScale(
  handle: DatabaseHandle,
  options: SyntheticOptions,
): Promise<SyntheticSummary> {
  const log = options.log ?? (() => {});
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: true, publicUrl: "http://localhost" });
  log("migrated and seeded (reference data + demo)");
  return generateMore(handle, options);
}

/** Adds more of the synthetic consultation to a database seedScale already prepared. */
export async function generateMore(handle: DatabaseHandle, options: SyntheticOptions) {
  if (handle.driver === "pglite") return generateConsultationData(execFor(handle), options);
  // One connection for the whole generation: its temporary tables and settings persist.
  const connection = await handle.sql.reserve();
  try {
    return await generateConsultationData(
      async (statement) =>
        (await connection.unsafe(statement)) as unknown as Array<Record<string, unknown>>,
      options,
    );
  } finally {
    connection.release();
  }
}

/** Opens a bench database with a long statement timeout (generation runs minutes). */
export function openBenchDatabase(url: string | undefined, dataDir?: string) {
  return openDatabase({ url, dataDir, max: 4, statementTimeoutMs: 3_600_000 });
}

/**
 * A PostgreSQL bench database made by seedScale: created anew, or, with BENCH_REUSE=1, the
 * one a run with BENCH_KEEP=1 left. Returns its URL and the generation's summary (null when
 * reused).
 */
export async function scaleDatabase(name: string, options: SyntheticOptions) {
  if (process.env.BENCH_REUSE === "1") return { url: urlFor(name), seed: null };
  const url = await recreateDatabase(name);
  const handle = await openBenchDatabase(url);
  try {
    return { url, seed: await seedScale(handle, options) };
  } finally {
    await handle.close();
  }
}
