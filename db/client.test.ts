import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES_URL } from "../tests/setup/test-database";
import { openDatabase, STARTUP_PADDING_SETTING, type DatabaseHandle } from "./client";

// postgres.js sends a write under 1 KB on the next tick, and a connection whose socket closed
// with such a write pending never flushed a small write again (QUALITY R5; the reason is in
// db/client.ts). A startup message of 1 KB or more is written at once.
describe("openDatabase on PostgreSQL", () => {
  let handle: DatabaseHandle | undefined;
  afterAll(() => handle?.close());

  it("sends a startup message of at least 1 KB, so a connection cannot be left unable to connect", async () => {
    handle = await openDatabase({ url: POSTGRES_URL, max: 1 });
    if (handle.driver !== "postgres") throw new Error("expected postgres.js");
    const [row] = await handle.sql<{ bytes: number }[]>`
      select octet_length(current_setting(${STARTUP_PADDING_SETTING})) as bytes`;
    expect(row!.bytes).toBeGreaterThanOrEqual(1024);
  });

  it("prepares what drizzle sends, in transactions and savepoints too (one round trip each)", async () => {
    handle ??= await openDatabase({ url: POSTGRES_URL, max: 1 });
    if (handle.driver !== "postgres") throw new Error("expected postgres.js");
    const { db } = handle;
    const marker = (name: string) => sql.raw(`'${name}'`);
    await db.execute(sql`select ${marker("rt-outside")}::text, ${1}::int`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`select ${marker("rt-in-transaction")}::text, ${2}::int`);
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(sql`select ${marker("rt-in-savepoint")}::text, ${3}::int`);
      });
    });
    // one pooled connection: its prepared statements are the ones above
    const prepared = await handle.sql<{ statement: string }[]>`
      select statement from pg_prepared_statements`;
    for (const name of ["rt-outside", "rt-in-transaction", "rt-in-savepoint"])
      expect(
        prepared.some((row) => row.statement.includes(name)),
        name,
      ).toBe(true);
  });
});
