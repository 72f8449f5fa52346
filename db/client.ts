import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as relations from "./relations";
import * as tables from "./schema";

export const schema = { ...tables, ...relations };
export type Schema = typeof schema;

/**
 * What every query function takes first: the database or a transaction on it, from either
 * driver (docs/decisions/002-pglite-default-postgresql-in-production.md).
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseHandle =
  | { db: Database; driver: "postgres"; sql: postgres.Sql; close(): Promise<void> }
  | { db: Database; driver: "pglite"; pglite: PGlite; close(): Promise<void> };

export interface DatabaseOptions {
  /** a PostgreSQL URL; without one the embedded PGlite is used */
  url?: string | undefined;
  /** PGlite's data directory; "memory://" keeps it in memory */
  dataDir?: string | undefined;
  /** pool size for postgres.js */
  max?: number;
  /** ceiling for any one statement, so a slow query cannot hold the pool (QUALITY R10) */
  statementTimeoutMs?: number;
}

export const DEFAULT_PGLITE_DIR = "./.data/pglite";

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      // fail fast when the server is away (QUALITY R5: refused in under 2 s): no request waits long for a socket
      connect_timeout: 1,
      idle_timeout: 60,
      onnotice: () => {},
      connection: { statement_timeout: options.statementTimeoutMs ?? 10_000 },
    });
    const db = drizzlePostgres(sql, { schema, casing: "snake_case" });
    return {
      db: db as unknown as Database,
      driver: "postgres",
      sql,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  if (!dataDir.startsWith("memory://")) mkdirSync(path.resolve(dataDir), { recursive: true });
  // Contrib modules the migrations use must be loaded here; CREATE EXTENSION still runs in SQL.
  const client = new PGlite({ dataDir, extensions: { unaccent } });
  await client.waitReady;
  const db = drizzlePglite(client, { schema, casing: "snake_case" });
  return {
    db: db as unknown as Database,
    driver: "pglite",
    pglite: client,
    close: () => client.close(),
  };
}
