import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findFrameworkByCode,
  countTaxonomy,
  listObjectivesWithPublishedPracticeCounts,
} from "../../db/queries/framework";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDatabase } from "../../seeds/seed";
import { createPostgresDatabase, type TestDatabase } from "../setup/test-database";

// The same committed migrations and the same seed, run from nothing on both engines
// (PGlite is PostgreSQL 18, the server here 15), must give the same data.
async function migrateAndSeed(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: true });
  // Seeding again changes nothing: it is idempotent.
  const second = await seedDatabase(handle.db, { demo: true });
  return second;
}

async function objectiveCounts(handle: DatabaseHandle) {
  const framework = await findFrameworkByCode(handle.db, "GCM");
  const rows = await listObjectivesWithPublishedPracticeCounts(handle.db, framework!.id);
  return {
    taxonomy: await countTaxonomy(handle.db, framework!.id),
    perObjective: rows.map((row) => [row.number, Number(row.publishedPractices)]),
  };
}

describe("migrations and seed on PGlite and PostgreSQL", () => {
  let pglite: DatabaseHandle;
  let server: TestDatabase;

  beforeAll(async () => {
    [pglite, server] = await Promise.all([
      openDatabase({ dataDir: "memory://" }),
      createPostgresDatabase(),
    ]);
  });
  afterAll(async () => {
    await pglite?.close();
    await server?.destroy();
  });

  it("give the same objective counts on both engines", async () => {
    const [secondPglite, secondServer] = await Promise.all([
      migrateAndSeed(pglite),
      migrateAndSeed(server),
    ]);
    expect(secondPglite.demo).toBeNull();
    expect(secondServer.demo).toBeNull();

    const [onPglite, onServer] = await Promise.all([
      objectiveCounts(pglite),
      objectiveCounts(server),
    ]);
    expect(onPglite.taxonomy).toEqual({ objectives: 23, principles: 10, clusters: 6 });
    expect(onPglite).toEqual(onServer);
    expect(onPglite.perObjective).toHaveLength(23);
    // Objective 7 (vulnerabilities) is cited by several demo practices.
    expect(onPglite.perObjective[6]![1]).toBeGreaterThanOrEqual(3);
  });

  it("runs migrations again without error (start-up on an existing database)", async () => {
    await expect(migrateDatabase(pglite)).resolves.toBeUndefined();
    await expect(migrateDatabase(server)).resolves.toBeUndefined();
  });
});
