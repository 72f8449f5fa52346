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

/**
 * postgres.js 3.4.9 sends writes under 1 KB on the next tick; when a socket closes with such a
 * write pending, its teardown cancels the tick without forgetting it, so the pooled connection
 * never flushes a small write again: its next startup message stays in the buffer, and every
 * connect on it times out (porsager/postgres#1154, LanternOps/breeze#3225). After a PostgreSQL
 * restart under load the app answered 503 for 8–10 s while the server was up (QUALITY R5,
 * found by the drill). A startup message of 1 KB or more is written at once, which also flushes
 * and clears what was stuck: the server refuses that one garbled packet, and the reconnect
 * right after is clean. The padding is a placeholder setting PostgreSQL keeps and ignores
 * (docs/decisions/021-postgres-reconnect-after-restart.md).
 */
export const STARTUP_PADDING_SETTING = "roundtable.startup_padding";
export const STARTUP_PADDING = "x".repeat(1024);

/** How long a closed pooled connection waits before it reconnects for a waiting query. */
export const RECONNECT_BACKOFF_SECONDS = 0.05;

export const DEFAULT_PGLITE_DIR = "./.data/pglite";

/**
 * The client drizzle is given: every statement it sends is prepared (decision 024).
 * drizzle-orm 0.45 asks postgres.js to prepare only statements named with `.prepare()`;
 * unprepared, postgres.js describes each statement before running it, two round trips where
 * one does (measured: 285 µs and 180 µs of CPU per `select $1` against 145 µs and 94 µs).
 * postgres.js names and caches them per connection, forgets them when it reconnects, and
 * re-prepares one whose plan the server invalidated (RevalidateCachedQuery). Transactions and
 * savepoints hand drizzle a new client: it is wrapped the same way.
 */
export function preparing(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe")
        return (query: string, args?: postgres.ParameterOrJSON<never>[], options?: object) =>
          target.unsafe(query, args, { ...options, prepare: true });
      if (property === "begin" || property === "savepoint")
        return (...args: unknown[]) => {
          const callback = args.pop() as (client: postgres.Sql) => unknown;
          const method = Reflect.get(target, property, target) as (...a: unknown[]) => unknown;
          return method.call(target, ...args, (client: postgres.Sql) =>
            callback(preparing(client)),
          );
        };
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      // fail fast when the server is away (QUALITY R5: refused in under 2 s): no request waits long for a socket
      connect_timeout: 1,
      // postgres.js waits before reconnecting a closed connection, 3^n/100 s where n counts
      // connection errors across the whole pool (up to 20 s). During a restart every pooled
      // connection fails, n reaches 6-7, and a request's query sat 7-20 s before even trying
      // to connect (QUALITY R5, found by the drill). A short flat wait: a reconnect is only
      // attempted for a waiting query, so a database that is away costs one refused connect
      // per request, and the request gets its 503 at once.
      backoff: () => RECONNECT_BACKOFF_SECONDS,
      idle_timeout: 60,
      onnotice: () => {},
      connection: {
        statement_timeout: options.statementTimeoutMs ?? 10_000,
        [STARTUP_PADDING_SETTING]: STARTUP_PADDING,
      },
    });
    const db = drizzlePostgres(preparing(sql), { schema, casing: "snake_case" });
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
