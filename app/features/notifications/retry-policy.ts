/** GC Notify keeps trying for hours; so do we, then tell staff. */
export const GIVE_UP_AFTER_MS = 4 * 60 * 60 * 1000;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 20 * 60 * 1000;

/**
 * When to try again after `attempts` failed attempts of a message queued at `queuedAt`, or
 * null when it has been trying for four hours. Delays double from 30 s up to 20 min, with
 * up to 10 % jitter so a recovering mail server is not hit by every message at once.
 */
export function nextAttemptAt(
  attempts: number,
  queuedAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (now.getTime() - queuedAt.getTime() >= GIVE_UP_AFTER_MS) return null;
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  const delay = base + Math.floor(base * 0.1 * random());
  return new Date(now.getTime() + delay);
}
