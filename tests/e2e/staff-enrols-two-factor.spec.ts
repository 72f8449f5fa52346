import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

test("a new moderator must enrol two-step verification before any staff page", async ({
  browser,
}) => {
  const email = `moderator-${Date.now()}@example.org`;
  const admin = await (await browser.newContext()).newPage();
  await signInWithBrowser(admin, DEMO.admin);
  await admin.goto("/en/admin/invitations/new");
  await admin.getByLabel("E-mail address").fill(email);
  await admin.locator("#language-en").check();
  await admin.locator("#role-moderator").check();
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText("An invitation is on its way")).toBeVisible();
  await admin.close();

  const invitation = await waitForEmail(email, /Invitation/);
  const page = await (await browser.newContext()).newPage();
  await page.goto(
    new URL(linkIn(invitation, /http:\/\/localhost:\d+\/en\/invitations\/[a-z2-7]{32}/)).pathname,
  );
  await page.getByLabel("Your name").fill("New Moderator");
  await page.getByLabel("Choose a password").fill("triage all the things carefully");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/two-factor\/setup$/);

  // No staff page without the second factor.
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/two-factor\/setup$/);
  await expectNoAxeViolations(page);

  const key = (await page.getByTestId("totp-key").innerText()).trim();
  await page.getByLabel("Six-digit code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.locator(".field__error")).toContainText("That code is not right");
  await expect(page.getByTestId("totp-key")).toHaveText(key);

  await page
    .getByLabel("Six-digit code from your app")
    .fill(generateTOTP(decodeBase32IgnorePadding(key), 30, 6));
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save your recovery codes");
  await expect(page.locator(".code-list li")).toHaveCount(10);
  await page.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff workspace");

  await expect
    .poll(async () => (await waitForEmail(email, /security notice/)).subject)
    .toContain("security notice");
  await page.close();
});

test("an enrolled staff member is asked for a code at every sign-in", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(DEMO.moderator);
  await page.getByLabel("Password", { exact: true }).fill("roundtable-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/two-factor\/verify/);
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/two-factor\/verify/);
  await page.getByLabel("Code").fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator(".field__error")).toBeVisible();
  await expectNoAxeViolations(page);
});
