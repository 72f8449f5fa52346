import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../seeds/data/people";
import { DEMO } from "./auth-helpers";

// Keyboard only (issue #9): no clicks and no direct focus; every control is reached with Tab
// and worked with the keys a keyboard user has. A control Tab cannot reach fails the test.

async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

for (const locale of ["en", "fr"] as const) {
  test(`a contributor signs in and saves a practice with the keyboard only (${locale})`, async ({
    page,
  }) => {
    const text =
      locale === "en"
        ? {
            email: "E-mail address",
            password: "Password",
            signIn: "Sign in",
            title: "Title of the practice",
            save: "Save as draft",
          }
        : {
            email: "Adresse courriel",
            password: "Mot de passe",
            signIn: "Se connecter",
            title: "Titre de la pratique",
            save: "Enregistrer l'ébauche",
          };
    await page.goto(`/${locale}/sign-in`);
    await tabTo(page, page.getByLabel(text.email));
    await page.keyboard.type(DEMO.colleagueA);
    await tabTo(page, page.getByLabel(text.password, { exact: true }));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));

    await page.goto(`/${locale}/consultations/2021-update/practices/new`);
    const title = `Keyboard-only practice ${locale} ${Date.now()}`;
    await tabTo(page, page.getByLabel(text.title));
    await page.keyboard.type(title);
    // Objective checkboxes: reached with Tab, ticked with Space.
    const objective = page.locator('input[name="objectives"][value="7"]');
    await tabTo(page, objective, 200);
    await page.keyboard.press("Space");
    await expect(objective).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: text.save }), 200);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/my\/inputs\/RT-\d{4}-\d{6}/);
    // the saved draft opens with what was typed and ticked
    await expect(page.getByLabel(text.title)).toHaveValue(title);
    await expect(page.locator('input[name="objectives"][value="7"]')).toBeChecked();
  });
}
