import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const reset = {
  en: {
    account: "outreach@demo.roundtable.localhost",
    forgot: "Forgot your password?",
    email: "E-mail address",
    send: "Send the link",
    sent: "If an account uses this address",
    subject: /Reset your/,
    field: "New password",
    save: "Save my new password",
    common: "too common",
    done: "Your password is changed",
    password: "Password",
    signIn: "Sign in",
    home: "My account",
    used: "This link does not work any more",
    changed: /changed/,
  },
  fr: {
    account: "expert@demo.roundtable.localhost",
    forgot: "Mot de passe oublié?",
    email: "Adresse courriel",
    send: "Envoyer le lien",
    sent: "Si un compte utilise cette adresse",
    subject: /Réinitialisation/,
    field: "Nouveau mot de passe",
    save: "Enregistrer mon nouveau mot de passe",
    common: "trop courant",
    done: "Votre mot de passe est modifié",
    password: "Mot de passe",
    signIn: "Se connecter",
    home: "Mon compte",
    used: "Ce lien ne fonctionne plus",
    changed: /modifié/,
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  test(`someone who forgot their password resets it from the e-mail (${locale})`, async ({
    page,
  }) => {
    const t = reset[locale];
    const newPassword = `a brand new passphrase ${locale}`;
    await page.goto(`/${locale}/sign-in`);
    await page.getByRole("link", { name: t.forgot }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/forgot-password$`));
    await expectNoAxeViolations(page);
    await page.getByLabel(t.email).fill(t.account);
    await page.getByRole("button", { name: t.send }).click();
    await expect(page.getByRole("status")).toContainText(t.sent);

    const message = await waitForEmail(t.account, t.subject);
    const link = linkIn(
      message,
      new RegExp(`http://localhost:\\d+/${locale}/reset-password/[a-z2-7]{32}`),
    );
    await page.goto(new URL(link).pathname);
    await page.getByLabel(t.field).fill("password");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.locator(".field__error")).toContainText(t.common);
    await expectNoAxeViolations(page);
    await page.getByLabel(t.field).fill(newPassword);
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(t.done)).toBeVisible();

    await page.getByLabel(t.email).fill(t.account);
    await page.getByLabel(t.password, { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: t.signIn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home);

    // The link works once.
    await page.goto(new URL(link).pathname);
    await page.getByLabel(t.field).fill("yet another passphrase");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("alert")).toContainText(t.used);
    expect((await waitForEmail(t.account, t.changed)).to).toContain(t.account);
  });
}

test("a visitor who tries to reach a private page is asked to sign in and comes back", async ({
  page,
}) => {
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?redirectTo=%2Fen%2Faccount$/);
  await page.getByLabel("E-mail address").fill("colleague@demo.roundtable.localhost");
  await page.getByLabel("Password", { exact: true }).fill("roundtable-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  const response = await page.request.get("/en/account");
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("a wrong password is refused with the typed e-mail kept", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill("colleague@demo.roundtable.localhost");
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The e-mail address or password is not right.",
  );
  await expect(page.getByLabel("E-mail address")).toHaveValue(
    "colleague@demo.roundtable.localhost",
  );
  await expectNoAxeViolations(page);
});

test("repeated wrong passwords get a 429 in the page's language, and a colleague still signs in", async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({ baseURL });
  const target = `locked-${Date.now()}@example.org`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await client.post("/fr/sign-in", {
      form: { email: target, password: "wrong password" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  }
  const limited = await client.post("/fr/sign-in", {
    form: { email: target, password: "wrong password" },
    maxRedirects: 0,
  });
  expect(limited.status()).toBe(429);
  expect(await limited.text()).toContain("Trop de tentatives");
  const colleague = await client.post("/fr/sign-in", {
    form: { email: "colleague@demo.roundtable.localhost", password: "roundtable-demo-2026" },
    maxRedirects: 0,
  });
  expect(colleague.status()).toBe(302);
  await client.dispose();
});
