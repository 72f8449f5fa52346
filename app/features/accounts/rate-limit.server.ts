import type { Database } from "../../../db/client";
import { hitRateLimit, peekRateLimit } from "../../../db/queries/rate-limits";

export interface Limit {
  /** hits allowed in one window */
  max: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
const ONE_HOUR = 60 * 60_000;

// An office behind one address must not lock its staff out: the per-address limits are
// generous and count only failures; the per-account limit is the tight one.
export const LIMITS = {
  signInFailuresPerAccount: { max: 5, windowMs: FIFTEEN_MINUTES },
  signInFailuresPerIp: { max: 50, windowMs: FIFTEEN_MINUTES },
  resetRequestsPerAccount: { max: 3, windowMs: ONE_HOUR },
  resetRequestsPerIp: { max: 30, windowMs: ONE_HOUR },
  invitationsPerActor: { max: 500, windowMs: ONE_HOUR },
  twoFactorFailuresPerUser: { max: 10, windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, Limit>;

export async function isOverLimit(db: Database, bucket: string, limit: Limit, now: Date) {
  return (await peekRateLimit(db, bucket, limit.windowMs, now)) >= limit.max;
}

/** Counts a hit; true when it went over the limit. */
export async function countHit(db: Database, bucket: string, limit: Limit, now: Date) {
  return (await hitRateLimit(db, bucket, limit.windowMs, now)) > limit.max;
}
