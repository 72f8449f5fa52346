import { afterEach, describe, expect, it } from "vitest";
import { cachedCount, clearCountCache, COUNT_TTL_MS } from "./count-cache.server";

afterEach(() => clearCountCache());

describe("cachedCount", () => {
  it("answers concurrent requests for the same key with one query", async () => {
    let queries = 0;
    const load = async () => {
      queries++;
      return 42;
    };
    const values = await Promise.all([cachedCount("a", load, 0), cachedCount("a", load, 0)]);
    expect(values).toEqual([42, 42]);
    expect(queries).toBe(1);
  });

  it("queries again once the number is older than the time to live", async () => {
    let value = 1;
    const load = async () => value;
    expect(await cachedCount("a", load, 0)).toBe(1);
    value = 2;
    expect(await cachedCount("a", load, COUNT_TTL_MS - 1)).toBe(1);
    expect(await cachedCount("a", load, COUNT_TTL_MS)).toBe(2);
  });

  it("does not remember a failed query", async () => {
    await expect(cachedCount("a", () => Promise.reject(new Error("down")), 0)).rejects.toThrow();
    expect(await cachedCount("a", async () => 7, 1)).toBe(7);
  });
});
