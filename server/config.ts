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
});

export type ServerConfig = ReturnType<typeof readConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.parse({ ...env, DATABASE_URL: env.DATABASE_URL || undefined });
  return {
    ...parsed,
    // The demo is seeded into an empty database unless this is production.
    seedDemo: parsed.SEED_DEMO ? parsed.SEED_DEMO === "true" : parsed.NODE_ENV !== "production",
  };
}
