import { expect, test } from "@playwright/test";
import { LOCALES, expectNoAxeViolations } from "./fixtures";
import { signInAsAdmin, uniqueEmail } from "./admin-fixtures";

// Every admin page, in both languages, in its ordinary and success states (the forms' error
// states are in error-states-are-accessible.spec.ts).
test("admin pages have no axe violations in English and French", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, "/en/admin/invitations/new");

  // One kept e-mail so the mailbox and a message have something to show.
  const email = uniqueEmail("axe");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Organization").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`An invitation is on its way to ${email}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  let messagePath = "";
  await expect(async () => {
    await page.goto("/en/admin/mailbox");
    const link = page.getByRole("row", { name: new RegExp(email) }).getByRole("link");
    messagePath = (await link.getAttribute("href", { timeout: 500 })) ?? "";
    expect(messagePath).toMatch(/\/en\/admin\/mailbox\/\d+$/);
  }).toPass({ timeout: 15_000 });

  await page.goto("/en/admin/people?q=expert@demo");
  const personPath =
    (await page.getByRole("link", { name: "Élise Gagnon" }).getAttribute("href")) ?? "";

  const paths = [
    "/admin",
    "/admin/people",
    "/admin/people?q=nobody-has-this-name",
    personPath.replace(/^\/en/, ""),
    "/admin/organizations",
    "/admin/invitations/new",
    "/admin/audit",
    "/admin/deliveries",
    "/admin/deliveries?status=failed",
    "/admin/mailbox",
    messagePath.replace(/^\/en/, ""),
  ];
  for (const locale of LOCALES) {
    for (const path of paths) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await test.step(`${locale}${path}`, () => expectNoAxeViolations(page));
    }
  }
});
