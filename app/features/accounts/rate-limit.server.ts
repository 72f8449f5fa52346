import type { Database } from "../../../db/client";
import { hitRateLimit, peekRateLimit, refundRateLimit } from "../../../db/queries/rate-limits";

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

/**
 * Takes one of the window's attempts before the work it limits, in one atomic upsert:
 * concurrent attempts, on one instance or several, each get their own count, so no more
 * than `limit.max` are ever let through. A check-then-count (peek, work, hit) lets a burst
 * through whole, since every request peeks before any counts. `refund` gives the attempt
 * back when it turned out not to be a failure, or when it was refused.
 */
export async function reserveAttempt(db: Database, bucket: string, limit: Limit, now: Date) {
  const allowed = (await hitRateLimit(db, bucket, limit.windowMs, now)) <= limit.max;
  return { allowed, refund: () => refundRateLimit(db, bucket) };
}
