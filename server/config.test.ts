import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

const config = (vars: Record<string, string>) => readConfig(vars as NodeJS.ProcessEnv);

describe("server configuration", () => {
  it("caches public pages for 5 seconds in production and not elsewhere, unless told", () => {
    expect(config({ NODE_ENV: "production" }).pageCacheSeconds).toBe(5);
    expect(config({ NODE_ENV: "development" }).pageCacheSeconds).toBe(0);
    expect(config({}).pageCacheSeconds).toBe(0);
    expect(config({ NODE_ENV: "production", PAGE_CACHE_SECONDS: "0" }).pageCacheSeconds).toBe(0);
    expect(config({ PAGE_CACHE_SECONDS: "30" }).pageCacheSeconds).toBe(30);
    expect(() => config({ PAGE_CACHE_SECONDS: "-1" })).toThrow();
  });
});
