import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";

const PUBLIC_PAGES = [
  "privacy",
  "accessibility",
  "sign-in",
  "forgot-password",
  "unsubscribe/not-a-valid-token",
  "practices",
  "objectives/23",
];

// Each test scans several pages with axe, which takes most of a core: give it room.
test.describe.configure({ timeout: 180_000 });

for (const locale of LOCALES) {
  test(`public pages pass axe (${locale})`, async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    }
  });

  test(`staff pages pass axe (${locale})`, async ({ page }) => {
    await signInWithBrowser(page, DEMO.moderator, locale);
    for (const path of ["staff", "staff/triage", "account", "notifications", "two-factor/setup"]) {
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
  });
}
