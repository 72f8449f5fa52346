import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { matchPath, matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import { describe, expect, it } from "vitest";

// patches/@remix-run+router+1.23.3.patch (applied by `npm install`, decision 024): route
// branches are ranked once per routes array and each pattern compiled once, not on every
// request. Matching must answer exactly as before.
const routes: AgnosticRouteObject[] = [
  {
    id: "root",
    path: "/:locale",
    children: [
      { id: "home", index: true },
      { id: "objective", path: "objectives/:number" },
      { id: "practice", path: "practices/:reference" },
      { id: "staff", path: "staff", children: [{ id: "queue", path: "triage" }] },
      { id: "splat", path: "*" },
    ],
  },
];

describe("route matching (patched @remix-run/router)", () => {
  it("is the patched build the server loads", () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve("@remix-run/router/dist/router.cjs.js"), "utf8");
    expect(source).toContain("rankedBranchesCache");
    expect(source).toContain("compilePathUncached");
  });

  it("answers the same matches, call after call, for the same routes", () => {
    const ids = (path: string) => matchRoutes(routes, path)?.map((m) => m.route.id) ?? null;
    for (let i = 0; i < 3; i++) {
      expect(ids("/en")).toEqual(["root", "home"]);
      expect(ids("/fr/objectives/7")).toEqual(["root", "objective"]);
      expect(matchRoutes(routes, "/fr/objectives/7")![1]!.params).toEqual({
        locale: "fr",
        number: "7",
      });
      expect(ids("/en/staff/triage")).toEqual(["root", "staff", "queue"]);
      expect(ids("/en/no/such/page")).toEqual(["root", "splat"]);
      expect(matchRoutes(routes, "/en/no/such/page")![1]!.params["*"]).toBe("no/such/page");
    }
    // a new routes array is ranked on its own
    expect(matchRoutes([{ id: "only", path: "/x/:y" }], "/x/1")![0]!.params).toEqual({ y: "1" });
  });

  it("compiles a pattern once yet keeps case, end and parameters apart", () => {
    expect(
      matchPath({ path: "/en/Practices/:ref", caseSensitive: true }, "/en/practices/RT-1"),
    ).toBeNull();
    expect(matchPath({ path: "/en/Practices/:ref" }, "/en/practices/RT-1")?.params).toEqual({
      ref: "RT-1",
    });
    expect(matchPath({ path: "/en", end: false }, "/en/objectives")?.pathnameBase).toBe("/en");
    expect(matchPath({ path: "/en", end: true }, "/en/objectives")).toBeNull();
  });
});
