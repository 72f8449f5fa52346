import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

test("a moderator searches with highlighted matches, moves through rows by keyboard and saves a view", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.moderator, "en");
  await page.goto("/en/staff/triage?q=refugees");
  await expect(page.getByText("Sorted by relevance to the search")).toBeVisible();
  const marks = page.locator("tbody mark");
  expect(await marks.count()).toBeGreaterThan(1);
  await expect(marks.first()).toHaveText(/refugee/i);
  await expectNoAxeViolations(page);

  // Keyboard: j and k (or the arrows) move between the rows' links; Enter opens.
  const links = page.locator("tbody a[data-row-link]");
  const second = (await links.nth(1).textContent())!;
  await links.first().focus();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/staff/triage/${second}`));

  // A saved view keeps the filters; it can be deleted.
  await page.goto("/en/staff/triage?q=refugees&language=en&before=999999");
  const name = `English refugees ${Date.now()}`;
  await page.getByLabel("Save the current filters as").fill(name);
  await page.getByRole("button", { name: "Save this view" }).click();
  await expect(page.getByRole("status")).toContainText("The view is saved.");
  await page.goto("/en/staff/triage");
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/en\/staff\/triage\?language=en&q=refugees$/);
  await expect(page.locator("#filter-language")).toHaveValue("en");
  await page.goto("/fr/staff/triage?q=refugees");
  await expect(page.getByRole("heading", { name: "Mes vues enregistrées" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Supprimer la vue ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("La vue est supprimée.");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});
