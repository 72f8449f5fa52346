import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const words = {
  en: {
    org: "Organization",
    invite: "Send the invitation",
    sent: "An invitation is on its way",
    name: "Your name",
    password: "Choose a password",
    create: "Create my account",
    account: "My account",
    signOut: "Sign out",
    signedOut: "You are signed out.",
    email: "E-mail address",
    pass: "Password",
    signIn: "Sign in",
    subject: /Invitation/,
  },
  fr: {
    org: "Organisation",
    invite: "Envoyer l'invitation",
    sent: "Une invitation est en route",
    name: "Votre nom",
    password: "Choisissez un mot de passe",
    create: "Créer mon compte",
    account: "Mon compte",
    signOut: "Se déconnecter",
    signedOut: "Vous êtes déconnecté.",
    email: "Adresse courriel",
    pass: "Mot de passe",
    signIn: "Se connecter",
    subject: /Invitation/,
  },
} as const;

for (const locale of LOCALES) {
  test(`an invited CSO contact accepts, signs in and signs out (${locale})`, async ({
    browser,
  }) => {
    const w = words[locale];
    const email = `cso-${locale}-${Date.now()}@example.org`;
    const password = `maple leaves ${locale} in autumn`;

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithBrowser(admin, DEMO.admin, locale);
    await admin.goto(`/${locale}/admin/invitations/new`);
    await admin.getByLabel(w.email).fill(email);
    await admin.locator(`#language-${locale}`).check();
    await admin.getByLabel(w.org).selectOption({
      label: locale === "en" ? "Maple Settlement Network" : "Réseau d'établissement Érable",
    });
    await admin.locator("#role-contributor").check();
    await admin.getByRole("button", { name: w.invite }).click();
    await expect(admin.getByText(w.sent)).toBeVisible();
    await adminContext.close();

    const invitation = await waitForEmail(email, w.subject);
    expect(invitation.text).not.toContain("password");
    const link = linkIn(
      invitation,
      new RegExp(`http://localhost:\\d+/${locale}/invitations/[a-z2-7]{32}`),
    );

    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL(link).pathname);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
    await page.getByLabel(w.name).fill(`Contact ${locale.toUpperCase()}`);
    await page.getByLabel(w.password).fill(password);
    await page.getByRole("button", { name: w.create }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.account);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: w.signOut }).click();
    await expect(page.getByText(w.signedOut)).toBeVisible();

    await page.getByLabel(w.email).fill(email);
    await page.getByLabel(w.pass, { exact: true }).fill(password);
    await page.getByRole("button", { name: w.signIn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.account);

    // The link was single-use.
    const replay = await page.goto(new URL(link).pathname);
    expect(replay?.status()).toBe(410);
    await page.close();
  });
}
