import { expect, test } from "@playwright/test";
import { signInAsContributor } from "./admin-fixtures";

test("a contributor gets 403 on the admin pages", async ({ page }) => {
  await signInAsContributor(page);
  for (const path of ["/en/admin/people", "/en/admin", "/fr/admin/audit", "/en/admin/deliveries"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "You do not have access to this page",
  );
});

test("a visitor is sent to sign in, and back afterwards", async ({ page }) => {
  await page.goto("/en/admin/people");
  await expect(page).toHaveURL(/\/en\/sign-in\?redirectTo=%2Fen%2Fadmin%2Fpeople/);
});
