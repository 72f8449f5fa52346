import { pingDatabase } from "../../../db/queries/health";
import type { Database } from "../../../db/client";

const startedAt = Date.now();

/** What /healthz reports: the app is up, and whether the database answers and how fast. */
export async function checkHealth(db: Database) {
  const started = performance.now();
  let database: { status: "ok" | "unavailable"; latencyMs: number };
  try {
    await pingDatabase(db);
    database = { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch {
    database = { status: "unavailable", latencyMs: Math.round(performance.now() - started) };
  }
  return {
    status: database.status === "ok" ? ("ok" as const) : ("degraded" as const),
    app: { status: "ok" as const, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    database,
  };
}
