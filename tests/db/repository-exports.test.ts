import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchPublishedPractices } from "../../db/queries/repository";
import { inputs } from "../../db/schema";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { hubDocx } from "~/features/repository/hub-docx.server";
import { getHubExport } from "~/features/repository/hub-export.server";
import { practicesCsv, practicesJson } from "~/features/repository/open-data";
import { exportPracticeRepository } from "~/features/repository/repository.server";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { zipEntry } from "../setup/zip";

describe("open data and Hub exports", () => {
  let database: TestDatabase;
  const publicUrl = "https://roundtable.example";

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoScenario(database.db, demoScenario);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it("exports anonymous practices without their organization, in CSV and JSON", async () => {
    const practices = await exportPracticeRepository(database.db, "fr", { page: 1 });
    const anonymous = practices.filter((p) => p.organization === null);
    expect(anonymous.length).toBeGreaterThan(0);
    const csv = practicesCsv(practices, "fr", publicUrl);
    expect(csv.startsWith('\uFEFF"Référence","Titre","Résumé"')).toBe(true);
    const json = practicesJson(practices, "fr", publicUrl, {});
    expect(json.licence).toBe("Licence du gouvernement ouvert – Canada");
    expect(json.licenceUrl).toBe(
      "https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada",
    );
    const anonymousRow = json.practices.find((p) => p.reference === anonymous[0]!.reference);
    expect(anonymousRow?.leadOrganization).toBeNull();
    expect(anonymousRow?.stakeholderCategory).toBeNull();
  });

  it("exports one practice for the Hub in JSON and Word, and nothing for unpublished ones", async () => {
    const { practices } = await searchPublishedPractices(
      database.db,
      { objective: 7 },
      { limit: 1, offset: 0 },
    );
    const reference = practices[0]!.reference;
    const hub = await getHubExport(database.db, "fr", reference, publicUrl);
    expect(hub).toMatchObject({ reference, type: "practice" });
    expect(hub!.objectives.some((o) => o.number === 7)).toBe(true);

    const docx = await hubDocx(hub!, "fr");
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    const xml = zipEntry(docx, "word/document.xml");
    const escaped = hub!.title.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    expect(xml.includes(hub!.title) || xml.includes(escaped)).toBe(true);
    expect(xml).toContain("Avantages et retombées");

    expect(await getHubExport(database.db, "en", "RT-2099-999999", publicUrl)).toBeNull();
    const [unpublished] = await database.db
      .select({ reference: inputs.reference })
      .from(inputs)
      .where(eq(inputs.publicationConsent, "private"));
    expect(unpublished).toBeDefined();
    expect(await getHubExport(database.db, "en", unpublished!.reference, publicUrl)).toBeNull();
  });
});
