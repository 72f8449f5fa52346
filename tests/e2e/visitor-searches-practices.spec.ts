import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { demoConsultations } from "../../seeds/data/consultations";
import { demoPractices } from "../../seeds/data/practices";
import { expectNoAxeViolations, LOCALES } from "./fixtures";

const text = {
  en: {
    title: "Published practices",
    objective: "Objective",
    search: "Search the practices",
    apply: "Apply",
    word: "Ecuador",
    found: /^\d+ practices? found$/,
    none: "No practices found",
    csv: "CSV (spreadsheet)",
    csvHeader: '"Reference","Title","Summary"',
    licence: "Open Government Licence – Canada",
  },
  fr: {
    title: "Pratiques publiées",
    objective: "Objectif",
    search: "Rechercher dans les pratiques",
    apply: "Appliquer",
    // Typed without its accent: the French text says "Équateur".
    word: "equateur",
    found: /^\d+ pratiques? trouvées?$/,
    none: "Aucune pratique trouvée",
    csv: "CSV (tableur)",
    csvHeader: '"Référence","Titre","Résumé"',
    licence: "Licence du gouvernement ouvert – Canada",
  },
} as const;

/** The demo seed numbers its practices in order; a private one must not exist publicly. */
function privateReference() {
  const index = demoPractices.findIndex((practice) => practice.consent === "private");
  const practice = demoPractices[index]!;
  const consultation = demoConsultations.find((c) => c.key === practice.consultation)!;
  const year = new Date(Date.parse(consultation.opensAt) + 7 * 86_400_000).getUTCFullYear();
  return `RT-${year}-${String(index + 1).padStart(6, "0")}`;
}

async function searchObjective7(page: Page, locale: "en" | "fr") {
  await page.goto(`/${locale}/practices`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].title);
  await page.getByLabel(text[locale].objective, { exact: true }).selectOption("7");
  await page.getByLabel(text[locale].search).fill(text[locale].word);
  await page.getByRole("button", { name: text[locale].apply }).click();
  await expect(page).toHaveURL(/[?&]objective=7/);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${text[locale].word}`));
}

for (const locale of LOCALES) {
  test.describe(`visitor in ${locale}`, () => {
    test("filters by objective 7, searches a word and opens a result", async ({ page }) => {
      await page.goto(`/${locale}/practices`);
      await expectNoAxeViolations(page);
      await searchObjective7(page, locale);
      await expect(page.locator("#results-heading")).toHaveText(text[locale].found);
      const cards = page.locator(".card-list .card");
      expect(await cards.count()).toBeGreaterThanOrEqual(1);
      await expectNoAxeViolations(page);

      const first = cards.first().getByRole("link");
      const title = (await first.innerText()).trim();
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/practices/RT-\\d{4}-\\d{6}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    });

    test("sees an empty result announced, accessibly", async ({ page }) => {
      await page.goto(`/${locale}/practices?q=zzqxwv&language=fr`);
      await expect(page.locator("#results-heading")).toHaveText(text[locale].none);
      await expect(page.locator(".card-list")).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test("downloads the filtered list as CSV and JSON under the open licence", async ({
      page,
      request,
    }) => {
      await searchObjective7(page, locale);
      await expect(page.getByRole("link", { name: text[locale].licence })).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: text[locale].csv }).click(),
      ]);
      const csv = await readFile((await download.path())!);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.toString("utf8").slice(1)).toMatch(new RegExp(`^${text[locale].csvHeader}`));
      expect(download.suggestedFilename()).toMatch(/\.csv$/);

      const response = await request.get(
        `/${locale}/practices/open-data.json?objective=7&q=${text[locale].word}`,
      );
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
      const json = (await response.json()) as {
        licence: string;
        licenceUrl: string;
        count: number;
        practices: Array<{ objectives: Array<{ number: number }> }>;
      };
      expect(json.licence).toBe(text[locale].licence);
      expect(json.licenceUrl).toMatch(/^https:\/\/(open|ouvert)\.canada\.ca\//);
      expect(json.count).toBeGreaterThanOrEqual(1);
      expect(json.practices.every((p) => p.objectives.some((o) => o.number === 7))).toBe(true);
    });

    test("exports one practice for the UN Migration Network Hub", async ({ page, request }) => {
      await page.goto(`/${locale}/practices?objective=7`);
      const href = await page.locator(".card-list .card a").first().getAttribute("href");
      const reference = href!.split("/").pop()!;
      const hubJson = await request.get(`/${locale}/practices/${reference}/hub.json`);
      expect(hubJson.status()).toBe(200);
      const hub = (await hubJson.json()) as { title: string; type: string };
      expect(hub.type).toBe("practice");

      const docx = await request.get(`/${locale}/practices/${reference}/hub.docx`);
      expect(docx.status()).toBe(200);
      expect(docx.headers()["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(docx.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.docx"$/);
      const body = await docx.body();
      expect(body.subarray(0, 2).toString()).toBe("PK");
      expect(body.includes(Buffer.from("word/document.xml"))).toBe(true);

      await page.goto(`/${locale}/practices/${reference}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(hub.title);
    });
  });
}

test("unknown and unpublished references have no Hub export", async ({ request }) => {
  for (const reference of ["RT-2099-999999", privateReference()]) {
    for (const format of ["hub.json", "hub.docx"]) {
      const response = await request.get(`/en/practices/${reference}/${format}`);
      expect(response.status(), `${reference}/${format}`).toBe(404);
    }
  }
});

test("pages through the results, 20 at a time", async ({ page }) => {
  await page.goto("/en/practices");
  await expect(page.locator(".card-list .card")).toHaveCount(20);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2$/);
  expect(await page.locator(".card-list .card").count()).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Previous page" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the filters work with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await searchObjective7(page, "en");
  await expect(page.locator("#results-heading")).toHaveText(text.en.found);
  await context.close();
});
