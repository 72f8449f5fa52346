import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { consultations } from "../db/schema";
import { demoConsultations } from "./data/consultations";
import { gcmFramework, stakeholderCategories } from "./data/gcm-framework";
import { demoOrganizations } from "./data/organizations";
import { demoPractices } from "./data/practices";
import { seedDemoScenario } from "./demo";
import { seedFramework, seedStakeholderCategories } from "./framework";
import { demoPeople } from "./data/people";
import { seedDemoMessages, seedDemoPeople } from "./people";
import { seedDemoSurveys } from "./surveys";

export const demoScenario = {
  frameworkCode: gcmFramework.code,
  organizations: demoOrganizations,
  consultations: demoConsultations,
  practices: demoPractices,
};

/**
 * Reference data always; the demo scenario when asked and the database holds no
 * consultation yet (a real installation's data is never mixed with the demo's).
 */
export async function seedDatabase(db: Database, options: { demo: boolean; publicUrl?: string }) {
  await seedStakeholderCategories(db, stakeholderCategories);
  await seedFramework(db, gcmFramework);
  if (!options.demo) return { demo: null };
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(consultations);
  const isEmpty = (row?.count ?? 0) === 0;
  if (!isEmpty) return { demo: null };
  const scenario = await seedDemoScenario(db, demoScenario);
  await seedDemoPeople(db, demoPeople);
  await seedDemoSurveys(db);
  await seedDemoMessages(db, options.publicUrl ?? "http://localhost:3000");
  return { demo: { ...scenario, people: demoPeople.length } };
}
