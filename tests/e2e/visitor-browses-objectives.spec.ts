import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, LOCALES } from "./fixtures";

const text = {
  en: {
    home: /Roundtable: Canada's consultations/,
    objectives: "Objectives",
    objective7: /^Objective 7: Address and reduce vulnerabilities/,
    toggle: "Français",
    open: "Open consultations",
  },
  fr: {
    home: /Table ronde : les consultations du Canada/,
    objectives: "Objectifs",
    objective7: /^Objectif 7 : S'attaquer aux facteurs de vulnérabilité/,
    toggle: "English",
    open: "Consultations ouvertes",
  },
} as const;

const demoTitles = {
  en: ["2020 GCM regional review", "2021 update to Canada's voluntary inputs"],
  fr: ["Examen régional du PMM 2020", "Mise à jour 2021 des contributions volontaires du Canada"],
} as const;

for (const locale of LOCALES) {
  test.describe(`visitor in ${locale}`, () => {
    test("reads the home page with the seeded consultations", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].home);
      await expect(page.getByRole("heading", { level: 2, name: text[locale].open })).toBeVisible();
      // Both demo consultations are listed (other journeys may add more).
      for (const title of demoTitles[locale]) {
        await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });

    test("browses the objectives index with practice counts", async ({ page }) => {
      await page.goto(`/${locale}/objectives`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].objectives);
      const rows = page.locator("table tbody tr");
      await expect(rows).toHaveCount(23);
      const count7 = Number(await rows.nth(6).locator("td.numeric").innerText());
      expect(count7).toBeGreaterThanOrEqual(3);
      await expectNoAxeViolations(page);
    });

    test("opens objective 7 and one of its practices", async ({ page }) => {
      await page.goto(`/${locale}/objectives/7`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].objective7);
      const cards = page.locator(".card-list .card");
      expect(await cards.count()).toBeGreaterThanOrEqual(3);
      await expectNoAxeViolations(page);

      const first = cards.first().getByRole("link");
      const title = (await first.innerText()).trim();
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/practices/RT-\\d{4}-\\d{6}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("link", { name: text[locale].objective7 })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("switches language and stays on the same page", async ({ page }) => {
      await page.goto(`/${locale}/objectives/7?view=list`);
      await page.getByRole("link", { name: text[locale].toggle, exact: true }).click();
      const other = locale === "en" ? "fr" : "en";
      await expect(page).toHaveURL(new RegExp(`/${other}/objectives/7\\?view=list$`));
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[other].objective7);
    });
  });
}

test("the root address sends a French browser to /fr", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "fr-CA",
    extraHTTPHeaders: { "Accept-Language": "fr-CA,fr;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await context.close();
});

test("the consultation page lists its published practices only", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "2020 GCM regional review" }).click();
  await expect(page).toHaveURL(/\/en\/consultations\/2020-regional-review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2020 GCM regional review");
  expect(await page.locator(".card-list .card").count()).toBeGreaterThan(5);
  await expectNoAxeViolations(page);
});
