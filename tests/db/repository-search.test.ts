import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listPublishedPracticesForExport,
  listRepositoryFilterOptions,
  searchPublishedPractices,
  type RepositoryFilters,
} from "../../db/queries/repository";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

const privateKeys = demoScenario.practices
  .filter((practice) => practice.consent === "private")
  .map((practice) => practice.title.en);

describe("the public repository of practices", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoScenario(database.db, demoScenario);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const search = (filters: RepositoryFilters) =>
    searchPublishedPractices(database.db, filters, { limit: 100, offset: 0 });
  const titles = (rows: Array<{ texts: Array<{ language: string; title: string }> }>) =>
    rows.map((row) => row.texts.find((text) => text.language === "en")?.title);

  it("lists only published practices, never private ones", async () => {
    const everything = await search({});
    const published = demoScenario.practices.filter((p) => p.consent !== "private");
    expect(everything.total).toBe(published.length);
    expect(privateKeys.length).toBeGreaterThan(0);
    for (const title of privateKeys) expect(titles(everything.practices)).not.toContain(title);
    // Even a search for the private practice's own words does not find it.
    const ethical = await search({ q: "ethical recruitment corridor Mexico" });
    for (const title of privateKeys) expect(titles(ethical.practices)).not.toContain(title);
  });

  it("finds a French text by an accented and an unaccented word", async () => {
    const accented = await search({ q: "Équateur" });
    const plain = await search({ q: "equateur" });
    expect(accented.total).toBeGreaterThan(0);
    expect(plain.practices.map((p) => p.reference)).toEqual(
      accented.practices.map((p) => p.reference),
    );
    const communautes = await search({ q: "communautés", language: "fr" });
    const communautesPlain = await search({ q: "communautes", language: "fr" });
    expect(communautes.total).toBeGreaterThan(0);
    expect(communautesPlain.total).toBe(communautes.total);
    expect(communautes.practices.every((p) => p.language === "fr")).toBe(true);
  });

  it("keeps the organization of anonymous practices out of sight (consent travels with the row)", async () => {
    const everything = await search({});
    const anonymous = everything.practices.filter((p) => p.publicationConsent === "anonymous");
    expect(anonymous.length).toBeGreaterThan(0);
  });

  it("filters by objective, principle, category, province, year and language", async () => {
    const objective7 = await search({ objective: 7 });
    expect(objective7.total).toBeGreaterThan(2);
    expect(objective7.practices.every((p) => p.objectives.some((o) => o.number === 7))).toBe(true);

    const principle = await search({ principle: "child-sensitive" });
    expect(
      principle.practices.every((p) => p.principles.some((x) => x.key === "child-sensitive")),
    ).toBe(true);

    const federal = await search({ category: "federal-department" });
    const all = await search({});
    expect(federal.total).toBeGreaterThan(0);
    expect(federal.total).toBeLessThan(all.total);

    const ontario = await search({ province: "ON" });
    expect(ontario.total).toBeGreaterThan(0);
    expect(
      ontario.practices.every((p) => p.jurisdiction === "ON" || p.regions.includes("ON")),
    ).toBe(true);

    const y2019 = await search({ year: 2019 });
    expect(y2019.total).toBeGreaterThan(0);
    expect(await search({ year: 1990 })).toMatchObject({ total: 0, practices: [] });

    const french = await search({ language: "fr" });
    expect(french.total).toBeGreaterThan(0);
    expect(french.practices.every((p) => p.language === "fr")).toBe(true);
  });

  it("pages through the results and exports the same list", async () => {
    const first = await searchPublishedPractices(database.db, {}, { limit: 5, offset: 0 });
    const second = await searchPublishedPractices(database.db, {}, { limit: 5, offset: 5 });
    expect(first.practices).toHaveLength(5);
    const overlap = first.practices.filter((p) =>
      second.practices.some((q) => q.reference === p.reference),
    );
    expect(overlap).toEqual([]);
    const exported = await listPublishedPracticesForExport(database.db, { objective: 7 });
    expect(exported.map((p) => p.reference)).toEqual(
      (await search({ objective: 7 })).practices.map((p) => p.reference),
    );
  });

  it("offers filter choices drawn from the published practices", async () => {
    const options = await listRepositoryFilterOptions(database.db);
    expect(options.objectives).toHaveLength(23);
    expect(options.places).toContain("ON");
    expect(options.years).toContain(2019);
  });
});
