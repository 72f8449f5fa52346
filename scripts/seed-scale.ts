// A synthetic national consultation for performance work (issue 10):
//   npm run seed:scale -- --inputs 1000000 [--database-url postgres://…/rt_scale]
// Without --database-url it (re)creates the database rt_bench_h3_scale on BENCH_DATABASE_URL's
// server (default postgres://postgres@127.0.0.1:5432/postgres). The target database is
// migrated, seeded with the reference data and the demo as the app does at start-up, then
// filled with set-based SQL (bench/lib/synthetic.ts). An existing database is added to, not
// emptied. Options: --form-letters 0.2 (share of form-letter copies, 0.1–0.3 is realistic),
// --practices 0.25, --published 0.4.
import { openBenchDatabase, recreateDatabase, seedScale } from "../bench/lib/database";
import { option, stringOption } from "../bench/lib/report";

async function main() {
  const inputs = option("inputs", "SEED_SCALE_INPUTS", 100_000);
  const explicit = stringOption("database-url", "SEED_SCALE_DATABASE_URL");
  const url = explicit ?? (await recreateDatabase("rt_bench_h3_scale"));
  const handle = await openBenchDatabase(url);
  try {
    const summary = await seedScale(handle, {
      inputs,
      formLetterShare: option("form-letters", "SEED_SCALE_FORM_LETTERS", 0.2),
      practiceShare: option("practices", "SEED_SCALE_PRACTICES", 0.25),
      publishedShare: option("published", "SEED_SCALE_PUBLISHED", 0.4),
      log: (message) => console.error(message),
    });
    console.log(JSON.stringify({ database: url.replace(/\/\/[^@]*@/, "//"), ...summary }));
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
