// Near-duplicate grouping under concurrent submits (docs/decisions/017): always on PostgreSQL,
// since PGlite has one connection and runs transactions one after the other.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duplicateGroupMembers, inputs } from "../../db/schema";
import { rowsOf } from "../../db/queries/framework";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice } from "../../app/features/contributions/practices.server";
import { recordNearDuplicates } from "../../app/features/triage/duplicates.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import {
  createPostgresDatabase,
  prepareReferenceData,
  TEMPLATE_DATABASE,
  type TestDatabase,
} from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let francophone: SignedIn;
let ontario: SignedIn;

const LETTER =
  "We ask the government to fund settlement services in French for immigrant families in every rural region of New Brunswick, with trained interpreters, free language courses and support towards employment for at least two years after arrival.";
const UNRELATED =
  "Monthly data on arrivals at land border crossings should be published, broken down by age and sex, so that provinces can plan school places and housing ahead of time.";

async function practice(person: SignedIn, description: string, submit: boolean) {
  const result = await createPractice(
    database.db,
    person,
    "2021-update",
    PracticeSubmitSchema.parse({
      language: "en",
      title: "Letter",
      summary: description.split(",")[0]!,
      description,
      objectives: ["16"],
      scope: "provincial",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit },
  );
  if (!result.ok) throw new Error(result.errors.join());
  const [row] = await database.db
    .select({ id: inputs.id })
    .from(inputs)
    .where(eq(inputs.reference, result.value.reference));
  return row!.id;
}

async function groupOf(inputId: number) {
  const [row] = await database.db
    .select({ groupId: duplicateGroupMembers.groupId })
    .from(duplicateGroupMembers)
    .where(eq(duplicateGroupMembers.inputId, inputId));
  return row?.groupId ?? null;
}

async function waitingAdvisoryLocks() {
  const result = await database.db.execute(
    sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted
        and database = (select oid from pg_database where datname = current_database())`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]!.n);
}

/**
 * Submits `inputId` (a draft) in a transaction left open after its near-duplicate check,
 * holding that check's locks until `release` is called.
 */
function holdOpenSubmit(inputId: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let checked!: () => void;
  const holding = new Promise<void>((resolve) => (checked = resolve));
  const done = database.db.transaction(async (tx) => {
    await tx
      .update(inputs)
      .set({ status: "submitted", submittedAt: sql`now()` })
      .where(eq(inputs.id, inputId));
    await recordNearDuplicates(tx, inputId);
    checked();
    await released;
  });
  return { holding, release, done };
}

beforeAll(async () => {
  database = process.env.DATABASE_URL
    ? await createPostgresDatabase({ template: TEMPLATE_DATABASE })
    : await createPostgresDatabase();
  if (!process.env.DATABASE_URL) await prepareReferenceData(database);
  await seedDemoScenario(database.db, demoScenario);
  francophone = await signedInPerson(database.db, "conc-nb@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  ontario = await signedInPerson(database.db, "conc-on@example.org", "ontario", ["contributor"]);
});
afterAll(() => database.destroy());

describe("the per-submit near-duplicate check under concurrent submits", () => {
  it("puts two near-identical letters submitted at the same time in one group", async () => {
    const first = await practice(francophone, LETTER, false);
    const open = holdOpenSubmit(first);
    await open.holding;
    // The second copy, on another connection, while the first is not committed yet.
    const second = practice(ontario, LETTER.replace("two years", "three years"), true);
    // It waits for the first's band-key locks (without them it would commit, seeing nothing).
    while ((await waitingAdvisoryLocks()) === 0) await new Promise(setImmediate);
    open.release();
    await open.done;
    const secondId = await second;
    const group = await groupOf(first);
    expect(group).not.toBeNull();
    expect(await groupOf(secondId)).toBe(group);
  });

  it("lets an unrelated submit commit while a near-duplicate check is still open", async () => {
    const held = await practice(francophone, LETTER.replace("rural region", "rural county"), false);
    const open = holdOpenSubmit(held);
    await open.holding;
    // Would never settle if it waited for the open transaction's locks.
    const unrelated = await practice(ontario, UNRELATED, true);
    expect(await groupOf(unrelated)).toBeNull();
    expect(await waitingAdvisoryLocks()).toBe(0);
    open.release();
    await open.done;
    // The held copy joined the letter's group on its own.
    expect(await groupOf(held)).not.toBeNull();
  });
});
