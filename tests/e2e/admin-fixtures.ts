import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32 } from "../../seeds/data/people";

export const ADMIN_EMAIL = "admin@demo.roundtable.localhost";
export const CONTRIBUTOR_EMAIL = "contributor@demo.roundtable.localhost";

/** Signs in through the English form and lands on `redirectTo`. */
async function signIn(page: Page, email: string, redirectTo: string) {
  await page.goto(`/en/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The demo admin, with the second factor computed from the demo TOTP key. */
export async function signInAsAdmin(page: Page, redirectTo = "/en/admin") {
  await signIn(page, ADMIN_EMAIL, redirectTo);
  await expect(page).toHaveURL(/\/two-factor\/verify/);
  const code = generateTOTP(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32), 30, 6);
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  const target = new URL(redirectTo, "http://localhost").pathname;
  await page.waitForURL((url) => url.pathname === target);
}

/** The demo contributor, who has no second factor. */
export async function signInAsContributor(page: Page, redirectTo = "/en") {
  await signIn(page, CONTRIBUTOR_EMAIL, redirectTo);
}

/** An address no demo person has, so each run invites someone new. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}
