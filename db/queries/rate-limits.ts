import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { rateLimits } from "../schema";
import { rowsOf } from "./framework";

/**
 * Counts one hit in a fixed window for `bucket` and returns the count in the current window.
 * One upsert, so concurrent instances agree.
 */
export async function hitRateLimit(
  db: Database,
  bucket: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  // Raw SQL gets timestamps as ISO text: postgres.js and PGlite bind Date objects differently.
  const at = sql`${now.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const result = await db.execute<{ hits: number }>(sql`
    insert into ${rateLimits} (bucket, window_started_at, hits)
    values (${bucket}, ${at}, 1)
    on conflict (bucket) do update set
      hits = case when ${rateLimits.windowStartedAt} <= ${windowStart} then 1 else ${rateLimits.hits} + 1 end,
      window_started_at = case when ${rateLimits.windowStartedAt} <= ${windowStart} then ${at} else ${rateLimits.windowStartedAt} end
    returning hits
  `);
  return Number(rowsOf<{ hits: number }>(result)[0]?.hits ?? 0);
}

/** The count in the current window without adding to it. */
export async function peekRateLimit(
  db: Database,
  bucket: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const windowStart = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const result = await db.execute<{ hits: number }>(sql`
    select hits from ${rateLimits} where bucket = ${bucket} and window_started_at > ${windowStart}
  `);
  return Number(rowsOf<{ hits: number }>(result)[0]?.hits ?? 0);
}

/** Gives back one hit counted by `hitRateLimit` (an attempt reserved and then not a failure). */
export async function refundRateLimit(db: Database, bucket: string) {
  await db.execute(
    sql`update ${rateLimits} set hits = greatest(${rateLimits.hits} - 1, 0) where bucket = ${bucket}`,
  );
}

export async function clearRateLimit(db: Database, bucket: string) {
  await db.execute(sql`delete from ${rateLimits} where bucket = ${bucket}`);
}
