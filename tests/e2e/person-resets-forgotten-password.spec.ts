import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

test("someone who forgot their password resets it from the e-mail (fr)", async ({ page }) => {
  const email = "expert@demo.roundtable.localhost";
  await page.goto("/fr/sign-in");
  await page.getByRole("link", { name: "Mot de passe oublié?" }).click();
  await expect(page).toHaveURL(/\/fr\/forgot-password$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status")).toContainText("Si un compte utilise cette adresse");

  const message = await waitForEmail(email, /Réinitialisation/);
  const link = linkIn(message, /http:\/\/localhost:\d+\/fr\/reset-password\/[a-z2-7]{32}/);
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Nouveau mot de passe").fill("password");
  await page.getByRole("button", { name: "Enregistrer mon nouveau mot de passe" }).click();
  await expect(page.locator(".field__error")).toContainText("trop courant");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nouveau mot de passe").fill("une phrase de passe toute neuve");
  await page.getByRole("button", { name: "Enregistrer mon nouveau mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe est modifié")).toBeVisible();

  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe toute neuve");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");

  // The link works once.
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Nouveau mot de passe").fill("encore une autre phrase");
  await page.getByRole("button", { name: "Enregistrer mon nouveau mot de passe" }).click();
  await expect(page.getByRole("alert")).toContainText("Ce lien ne fonctionne plus");
  await expect.poll(async () => (await waitForEmail(email, /modifié/)).to).toContain(email);
});

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
