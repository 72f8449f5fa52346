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

/** The code that makes an error (or one it wraps, as drizzle's query errors do) mean "database unavailable". */
export function unavailableCode(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return null;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether an error (or one it wraps, as drizzle's query errors do) means "database unavailable". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableCode(error) !== null;
}

type Handler = (...args: never[]) => unknown;

/**
 * The load contexts (one per request) of requests that already met an unavailable database.
 * When an action fails, Remix runs the loaders of the routes above the error boundary to
 * render the error page; each would wait for its own connection attempt (up to
 * connect_timeout), one after the other, and the refusal took 2.5–4 s instead of < 2 s
 * (QUALITY R5, found by the drill). Once a request has met an unavailable database, its other
 * loaders answer 503 at once.
 */
const unavailableRequests = new WeakSet<object>();

function contextOf(args: unknown[]): object | null {
  const first = args[0] as { context?: unknown } | undefined;
  return first && typeof first.context === "object" && first.context !== null
    ? first.context
    : null;
}

function unavailable() {
  return new Response("Service Unavailable", {
    status: 503,
    headers: { "Retry-After": "10" },
  });
}

function guarded<F extends Handler>(handler: F): F {
  return (async (...args: Parameters<F>) => {
    const context = contextOf(args);
    const began = Date.now();
    if (context && unavailableRequests.has(context)) throw unavailable();
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        if (context) unavailableRequests.add(context);
        console.error(
          JSON.stringify({
            level: "warn",
            at: new Date().toISOString(),
            event: "db-unavailable",
            code: unavailableCode(error),
            ms: Date.now() - began,
          }),
        );
        throw unavailable();
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
