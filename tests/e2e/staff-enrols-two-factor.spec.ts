import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const w = {
  en: {
    email: "E-mail address",
    invite: "Send the invitation",
    sent: "An invitation is on its way",
    name: "Your name",
    password: "Choose a password",
    create: "Create my account",
    code: "Six-digit code from your app",
    turnOn: "Turn on two-step verification",
    wrong: "That code is not right",
    codes: "Save your recovery codes",
    continue: "I have saved them: continue",
    staff: "Staff workspace",
    notice: /security notice/,
  },
  fr: {
    email: "Adresse courriel",
    invite: "Envoyer l'invitation",
    sent: "Une invitation est en route",
    name: "Votre nom",
    password: "Choisissez un mot de passe",
    create: "Créer mon compte",
    code: "Code à six chiffres de votre application",
    turnOn: "Activer la vérification en deux étapes",
    wrong: "Ce code est incorrect",
    codes: "Conservez vos codes de récupération",
    continue: "Je les ai conservés : continuer",
    staff: "Espace du personnel",
    notice: /Avis de sécurité/,
  },
} as const;

for (const locale of LOCALES) {
  test(`a new moderator must enrol two-step verification before any staff page (${locale})`, async ({
    browser,
  }) => {
    const t = w[locale];
    const email = `moderator-${locale}-${Date.now()}@example.org`;
    const admin = await (await browser.newContext()).newPage();
    await signInWithBrowser(admin, DEMO.admin, locale);
    await admin.goto(`/${locale}/admin/invitations/new`);
    await admin.getByLabel(t.email).fill(email);
    await admin.locator(`#language-${locale}`).check();
    await admin.locator("#role-moderator").check();
    await admin.getByRole("button", { name: t.invite }).click();
    await expect(admin.getByText(t.sent)).toBeVisible();
    await admin.close();

    const invitation = await waitForEmail(email, /Invitation/);
    const page = await (await browser.newContext()).newPage();
    await page.goto(
      new URL(
        linkIn(invitation, new RegExp(`http://localhost:\\d+/${locale}/invitations/[a-z2-7]{32}`)),
      ).pathname,
    );
    await page.getByLabel(t.name).fill("New Moderator");
    await page.getByLabel(t.password).fill("triage all the things carefully");
    await page.getByRole("button", { name: t.create }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/two-factor/setup$`));

    // No staff page without the second factor.
    await page.goto(`/${locale}/staff`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/two-factor/setup$`));
    await expectNoAxeViolations(page);

    const key = (await page.getByTestId("totp-key").innerText()).trim();
    await page.getByLabel(t.code).fill("000000");
    await page.getByRole("button", { name: t.turnOn }).click();
    await expect(page.locator(".field__error")).toContainText(t.wrong);
    await expect(page.getByTestId("totp-key")).toHaveText(key);

    await page.getByLabel(t.code).fill(generateTOTP(decodeBase32IgnorePadding(key), 30, 6));
    await page.getByRole("button", { name: t.turnOn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.codes);
    await expect(page.locator(".code-list li")).toHaveCount(10);
    await page.getByRole("link", { name: t.continue }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.staff);

    expect((await waitForEmail(email, t.notice)).to).toContain(email);
    await page.close();
  });
}

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
