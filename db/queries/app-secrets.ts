import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { appSecrets } from "../schema";

/** A secret shared by every instance, made by whichever instance asks first. */
export async function getOrCreateSecret(db: Database, name: string): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: appSecrets.value })
    .from(appSecrets)
    .where(eq(appSecrets.name, name));
  return row!.value;
}
