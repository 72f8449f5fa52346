import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable, withDatabaseUnavailablePage } from "./database-unavailable";

const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
    code: "ECONNREFUSED",
  });

function buildWith(modules: Record<string, Record<string, unknown>>) {
  const routes = Object.fromEntries(
    Object.entries(modules).map(([id, module]) => [id, { id, path: id, module }]),
  );
  return withDatabaseUnavailablePage({ routes } as unknown as ServerBuild);
}

async function statusOf(promise: unknown) {
  try {
    await promise;
    return "answered";
  } catch (thrown) {
    return thrown instanceof Response ? thrown.status : "other error";
  }
}

describe("withDatabaseUnavailablePage", () => {
  it("answers 503 when a query cannot reach the database, wrapped as drizzle wraps it", async () => {
    const build = buildWith({
      page: { loader: () => Promise.reject(new Error("Failed query", { cause: refused() })) },
    });
    const loader = build.routes.page!.module.loader as (args: object) => Promise<unknown>;
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await statusOf(loader({ context: {} }))).toBe(503);
  });

  it("refuses the other loaders of a request that met an unavailable database without running them", async () => {
    const rootLoader = vi.fn(() => "root data");
    const build = buildWith({
      root: { loader: rootLoader },
      page: { action: () => Promise.reject(refused()) },
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const action = build.routes.page!.module.action as (args: object) => Promise<unknown>;
    const loader = build.routes.root!.module.loader as (args: object) => Promise<unknown>;
    const request = { context: {} };
    expect(await statusOf(action(request))).toBe(503);
    // Remix runs the loaders above the error boundary with the same load context.
    expect(await statusOf(loader({ context: request.context }))).toBe(503);
    expect(rootLoader).not.toHaveBeenCalled();
    // Another request (another context) still runs them.
    expect(await loader({ context: {} })).toBe("root data");
    expect(rootLoader).toHaveBeenCalledTimes(1);
  });

  it("leaves other errors alone", async () => {
    const build = buildWith({ page: { loader: () => Promise.reject(new Error("a bug")) } });
    const loader = build.routes.page!.module.loader as (args: object) => Promise<unknown>;
    expect(await statusOf(loader({ context: {} }))).toBe("other error");
    expect(isDatabaseUnavailable(new Error("a bug"))).toBe(false);
  });
});
