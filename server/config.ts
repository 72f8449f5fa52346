import { z } from "zod";
import { DEFAULT_PGLITE_DIR } from "../db/client";

// Everything the server reads from the environment, checked once at start-up.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DATA_DIR: z.string().default(DEFAULT_PGLITE_DIR),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  /** where people reach the app; links in e-mails start with it */
  PUBLIC_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port; unset keeps messages in the admin mailbox instead of sending */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Roundtable <no-reply@roundtable.localhost>"),
  /** "off" runs no e-mail worker in this process (run `npm run worker` separately) */
  WORKER: z.enum(["on", "off"]).default("on"),
  /** connections in the PostgreSQL pool of this instance */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** ceiling for any one statement: a slow query becomes a 503, not a held pool (QUALITY R10) */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** how often this instance looks for due scheduled tasks (reminders, digest); the bench shortens it */
  SCHEDULE_CHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /**
   * seconds a signed-out visitor's public page is served from memory (decisions 022, 024);
   * 0 turns it off. Defaults to 5 in production, 0 elsewhere (tests see every change at once).
   */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
});

export type ServerConfig = ReturnType<typeof readConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.parse({
    ...env,
    DATABASE_URL: env.DATABASE_URL || undefined,
    SMTP_URL: env.SMTP_URL || undefined,
    PUBLIC_URL: env.PUBLIC_URL || undefined,
  });
  return {
    ...parsed,
    pageCacheSeconds: parsed.PAGE_CACHE_SECONDS ?? (parsed.NODE_ENV === "production" ? 5 : 0),
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
    // In development and on the demo, admins can read every message the app sent (and,
    // without SMTP_URL, the only copy); never on a production installation.
    mailboxEnabled: parsed.NODE_ENV !== "production" || parsed.SEED_DEMO === "true",
    // The demo is seeded into an empty database unless this is production.
    seedDemo: parsed.SEED_DEMO ? parsed.SEED_DEMO === "true" : parsed.NODE_ENV !== "production",
  };
}
