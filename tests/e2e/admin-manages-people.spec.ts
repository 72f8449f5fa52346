import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./admin-fixtures";

test("admin searches people, accents aside, and opens one", async ({ page }) => {
  await signInAsAdmin(page, "/en/admin/people");
  await page.getByLabel("Name or e-mail address").fill("elise");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/people\?q=elise/);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2); // header and Élise
  await table.getByRole("link", { name: "Élise Gagnon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Élise Gagnon");
  await expect(page.getByText("expert@demo.roundtable.localhost")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Contributor" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Moderator" })).not.toBeChecked();
});

test("admin changes a person's roles, sees the change and its audit log entry", async ({
  page,
}) => {
  await signInAsAdmin(page, "/en/admin/people");
  await page.getByLabel("Name or e-mail address").fill("francophone@demo");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Luc Robichaud" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luc Robichaud");
  const personUrl = page.url();

  await page.getByRole("checkbox", { name: "Drafter" }).check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText("The roles are saved.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Drafter" })).toBeChecked();
  const activity = page.getByRole("table", { name: /What Luc Robichaud did/ });
  await expect(activity.getByRole("row").nth(1)).toContainText("Roles changed");
  await expect(activity.getByRole("row").nth(1)).toContainText("Added: Drafter");

  // The people list and the audit log say the same.
  await page.goto("/en/admin/people?q=luc");
  await expect(page.getByRole("row", { name: /Luc Robichaud/ })).toContainText(
    "Contributor, Drafter",
  );
  await page.goto("/en/admin/audit");
  // Other journeys sign in at the same time: look for the entry, not at the first row.
  const entry = page
    .getByRole("table")
    .getByRole("row")
    .filter({ hasText: "Roles changed" })
    .filter({ hasText: "Luc Robichaud" })
    .first();
  await expect(entry).toContainText("Alex Morgan");
  await expect(entry).toContainText("Added: Drafter");
  await page
    .getByLabel("Person")
    .selectOption({ label: "Alex Morgan (admin@demo.roundtable.localhost)" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "Entries about Alex Morgan" })).toBeVisible();
  await expect(
    page
      .getByRole("table")
      .getByRole("row", { name: /Roles changed/ })
      .first(),
  ).toBeVisible();

  // Put things back for the other journeys.
  await page.goto(personUrl);
  await page.getByRole("checkbox", { name: "Drafter" }).uncheck();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText("The roles are saved.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Drafter" })).not.toBeChecked();
});

test("admin cannot remove their own administrator role, and is told so in French", async ({
  page,
}) => {
  await signInAsAdmin(page, "/en/admin/people");
  await page.getByLabel("Name or e-mail address").fill("admin@demo");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Alex Morgan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alex Morgan");
  await page.goto(page.url().replace("/en/", "/fr/"));
  await page.getByRole("checkbox", { name: "Administrateur" }).uncheck();
  await page.getByRole("button", { name: "Enregistrer les rôles" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Vous ne pouvez pas retirer votre propre rôle d'administrateur",
  );
  await expect(page.getByRole("checkbox", { name: "Administrateur" })).toBeChecked();
});

test("admin adds a person to an organization and removes them", async ({ page }) => {
  await signInAsAdmin(page, "/en/admin/people?q=province");
  await page.getByRole("link", { name: "Pat Wilson" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pat Wilson");
  await page.getByRole("button", { name: "Add to this organization" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose an organization.");
  await page.getByLabel("Add to an organization").selectOption({ index: 1 });
  const chosen =
    (await page.getByLabel("Add to an organization").locator("option").nth(1).textContent()) ?? "";
  await page.getByRole("button", { name: "Add to this organization" }).click();
  await expect(page.getByText("The person is added to the organization.")).toBeVisible();
  await page.getByRole("button", { name: `Remove from ${chosen}` }).click();
  await expect(page.getByText("The person is removed from the organization.")).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove from ${chosen}` })).toHaveCount(0);
});

test("admin lists organizations in the page's language", async ({ page }) => {
  await signInAsAdmin(page, "/fr/admin/organizations");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Compétence" })).toBeVisible();
  expect(await table.getByRole("row").count()).toBeGreaterThan(5);
});

test("an unknown person is a 404", async ({ page }) => {
  await signInAsAdmin(page, "/en/admin");
  expect((await page.goto("/en/admin/people/999999"))?.status()).toBe(404);
  expect((await page.goto("/en/admin/people/not-a-number"))?.status()).toBe(404);
});
