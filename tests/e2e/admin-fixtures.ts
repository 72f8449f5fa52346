import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32 } from "../../seeds/data/people";

export const ADMIN_EMAIL = "admin@demo.roundtable.localhost";
export const CONTRIBUTOR_EMAIL = "contributor@demo.roundtable.localhost";

/** Clicks a submit button and waits until the server has answered the POST it sends. */
async function submit(page: Page, button: string, path: string) {
  await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname.startsWith(path),
    ),
    page.getByRole("button", { name: button }).click(),
  ]);
}

/** Signs in through the English form; the session cookie is set when this returns. */
async function signIn(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await submit(page, "Sign in", "/en/sign-in");
}

/**
 * The demo admin, second factor computed from the demo TOTP key, then on `path`. Each step
 * waits for the server rather than for client-side navigation, so a page reload in between
 * (a new build deployed while the test runs) cannot lose the way.
 */
export async function signInAsAdmin(page: Page, path = "/en/admin") {
  await signIn(page, ADMIN_EMAIL);
  await page.goto("/en/two-factor/verify");
  const code = generateTOTP(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32), 30, 6);
  await page.getByLabel("Code").fill(code);
  await submit(page, "Verify", "/en/two-factor/verify");
  await page.goto(path);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
}

/** The demo contributor, who has no second factor. */
export async function signInAsContributor(page: Page) {
  await signIn(page, CONTRIBUTOR_EMAIL);
}

/** An address no demo person has, so each run invites someone new. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}
