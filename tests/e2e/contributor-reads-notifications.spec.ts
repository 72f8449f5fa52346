import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";

const w = {
  en: {
    unread: /Notifications, [1-9]\d* unread/,
    title: "Notifications",
    received: /Input RT-\d{4}-\d{6} received/,
    markAll: "Mark all as read",
    none: /Notifications, 0 unread/,
  },
  fr: {
    unread: /Notifications, [1-9]\d* non lues/,
    title: "Notifications",
    received: /Contribution RT-\d{4}-\d{6} reçue/,
    markAll: "Tout marquer comme lu",
    none: /Notifications, 0 non lues/,
  },
} as const;

test.describe.configure({ mode: "serial" });

for (const locale of LOCALES) {
  test(`a contributor sees the receipt among their notifications (${locale})`, async ({ page }) => {
    const t = w[locale];
    await signInWithBrowser(page, DEMO.contributorA, locale);
    await page.goto(`/${locale}/notifications`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    // the seeded receipt, and those of inputs other specs submit as this person
    await expect(page.getByText(t.received).first()).toBeVisible();
    await expectNoAxeViolations(page);
    if (locale === "en") {
      await expect(page.getByRole("link", { name: t.unread })).toBeVisible();
      await page.getByRole("button", { name: t.markAll }).click();
      await expect(page.getByRole("link", { name: t.none })).toBeVisible();
      await expect(page.getByRole("button", { name: t.markAll })).toBeHidden();
    }
  });
}
