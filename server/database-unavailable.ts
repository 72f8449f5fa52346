import type { ServerBuild } from "@remix-run/node";

// When PostgreSQL is away (restarting, refusing connections) or a statement hits the
// configured ceiling, a page must answer quickly with the bilingual "temporarily
// unavailable" page and status 503, not a generic 500 (QUALITY R5, R10). Loaders and actions
// are wrapped once, here, rather than each route catching database errors itself.

const UNAVAILABLE_CODES = new Set([
  // postgres.js, while it cannot reach the server
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // PostgreSQL: shutting down, starting up, too many connections, statement timeout
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "57014",
]);

/** Whether an error (or one it wraps, as drizzle's query errors do) means "database unavailable". */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

type Handler = (...args: never[]) => unknown;

function guarded<F extends Handler>(handler: F): F {
  return (async (...args: Parameters<F>) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        console.error(
          JSON.stringify({ level: "warn", at: new Date().toISOString(), event: "db-unavailable" }),
        );
        throw new Response("Service Unavailable", {
          status: 503,
          headers: { "Retry-After": "10" },
        });
      }
      throw error;
    }
  }) as F;
}

/** The same build with every loader and action answering 503 when the database is unavailable. */
export function withDatabaseUnavailablePage(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const module = { ...route.module };
    if (module.loader) module.loader = guarded(module.loader);
    if (module.action) module.action = guarded(module.action);
    routes[id] = { ...route, module };
  }
  return { ...build, routes };
}
