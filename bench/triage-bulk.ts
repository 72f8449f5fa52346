// Bulk triage actions on 500 inputs (issue 7): a status change to review, a rejection with one
// reason (a notice per input, in the same transaction) and a bulk tag. Script, not a test:
//   DATABASE_URL=… TEST_TEMPLATE_DATABASE=… npx tsx bench/triage-bulk.ts
// Prints JSON (milliseconds per 500-input action, 3 runs each on fresh inputs).
import type { SignedIn } from "../app/features/accounts/auth.server";
import { generateToken } from "../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../app/features/contributions/practice.schema";
import { createPractice } from "../app/features/contributions/practices.server";
import { decideInputsInBulk } from "../app/features/triage/decisions.server";
import { tagInputsInBulk } from "../app/features/triage/tags.server";
import { seedDemoScenario } from "../seeds/demo";
import { demoScenario } from "../seeds/seed";
import { signedInPerson } from "../tests/setup/people";
import { createTestDatabase } from "../tests/setup/test-database";

const RUNS = 3;
const BATCH = 500;
const context = { ip: null, publicUrl: "http://localhost" };

async function main() {
  const database = await createTestDatabase();
  try {
    await seedDemoScenario(database.db, demoScenario);
    const contributor: SignedIn = await signedInPerson(
      database.db,
      "bench-bulk@example.org",
      "francophone-network-nb",
      ["contributor"],
    );
    const moderator = (
      await signedInPerson(database.db, "bench-mod@example.org", "ircc", ["moderator"])
    ).actor;
    const references: string[] = [];
    for (let i = 0; i < RUNS * BATCH; i++) {
      const result = await createPractice(
        database.db,
        contributor,
        "2021-update",
        PracticeSubmitSchema.parse({
          language: i % 2 ? "fr" : "en",
          title: `Bench practice ${i}`,
          summary: `Summary ${i}.`,
          description: `Settlement support number ${i} for newcomers.`,
          objectives: ["7"],
          scope: "national",
          consent: "attributed",
          submitKey: generateToken(),
        }),
        { ...context, submit: true },
      );
      if (!result.ok) throw new Error(result.errors.join());
      references.push(result.value.reference);
    }
    const timed = async (fn: () => Promise<{ ok: boolean }>) => {
      const t0 = performance.now();
      const result = await fn();
      if (!result.ok) throw new Error(JSON.stringify(result));
      return Math.round((performance.now() - t0) * 10) / 10;
    };
    const figures: Record<string, number[]> = { toReview: [], rejectWithNotices: [], tag: [] };
    for (let run = 0; run < RUNS; run++) {
      const batch = references.slice(run * BATCH, (run + 1) * BATCH);
      figures.toReview!.push(
        await timed(() =>
          decideInputsInBulk(
            database.db,
            moderator,
            { references: batch },
            { to: "in-review" },
            context,
          ),
        ),
      );
      figures.rejectWithNotices!.push(
        await timed(() =>
          decideInputsInBulk(
            database.db,
            moderator,
            { references: batch },
            { to: "rejected", reasonCode: "out-of-scope", message: "Outside this consultation." },
            context,
          ),
        ),
      );
      figures.tag!.push(
        await timed(() =>
          tagInputsInBulk(
            database.db,
            moderator,
            { references: batch },
            {
              objectives: [3],
              principles: [],
              cluster: null,
              tags: ["bench"],
              visibility: "internal",
            },
            context,
          ),
        ),
      );
    }
    console.log(JSON.stringify({ batch: BATCH, runs: RUNS, ms: figures }, null, 2));
  } finally {
    await database.destroy();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
