import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, nextAttemptAt } from "./retry-policy";

const queuedAt = new Date("2026-01-01T12:00:00Z");
const noJitter = () => 0;

describe("nextAttemptAt", () => {
  it("backs off exponentially from 30 seconds", () => {
    const delays = [1, 2, 3, 4].map(
      (attempts) =>
        nextAttemptAt(attempts, queuedAt, queuedAt, noJitter)!.getTime() - queuedAt.getTime(),
    );
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits more than 20 minutes between attempts", () => {
    expect(nextAttemptAt(30, queuedAt, queuedAt, noJitter)!.getTime() - queuedAt.getTime()).toBe(
      20 * 60 * 1000,
    );
  });

  it("adds at most 10 % jitter", () => {
    const delay = nextAttemptAt(1, queuedAt, queuedAt, () => 0.999)!.getTime() - queuedAt.getTime();
    expect(delay).toBeGreaterThan(30_000);
    expect(delay).toBeLessThanOrEqual(33_000);
  });

  it("gives up four hours after the message was queued", () => {
    const justBefore = new Date(queuedAt.getTime() + GIVE_UP_AFTER_MS - 1);
    const after = new Date(queuedAt.getTime() + GIVE_UP_AFTER_MS);
    expect(nextAttemptAt(20, queuedAt, justBefore, noJitter)).not.toBeNull();
    expect(nextAttemptAt(20, queuedAt, after, noJitter)).toBeNull();
  });
});
