import { describe, expect, it } from "vitest";
import { isPostgresSocketRace } from "./postgres-socket-race";

describe("isPostgresSocketRace", () => {
  it("recognises postgres.js writing to a dropped socket", () => {
    const error = new TypeError("Cannot read properties of null (reading 'write')");
    error.stack = `${error.message}\n    at Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)`;
    expect(isPostgresSocketRace(error)).toBe(true);
  });

  it("leaves every other error to end the process", () => {
    const elsewhere = new TypeError("Cannot read properties of null (reading 'write')");
    elsewhere.stack = `${elsewhere.message}\n    at file:///app/server/app.ts:1:1`;
    expect(isPostgresSocketRace(elsewhere)).toBe(false);
    expect(isPostgresSocketRace(new Error("boom"))).toBe(false);
  });
});
