import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../seeds/data/people";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

// QUALITY R9: the session ends while someone types a long answer. Saving sends them to
// sign in; once signed in they are back on the form with what they typed.
for (const locale of ["en", "fr"] as const) {
  test(`text typed before the session ended is put back after signing in (${locale})`, async ({
    page,
    context,
  }) => {
    const labels =
      locale === "en"
        ? { title: "Title of the practice", save: "Save as draft", restored: /put back/ }
        : { title: "Titre de la pratique", save: "Enregistrer l'ébauche", restored: /remis/ };
    await signInWithBrowser(page, DEMO.colleagueA, locale);
    await page.goto(`/${locale}/consultations/2021-update/practices/new`);
    const title = `Newcomer mentoring circles ${locale} ${Date.now()}`;
    const summary = "Mentors meet newcomers weekly. ".repeat(20).trim();
    await page.getByLabel(labels.title).fill(title);
    await page.locator("textarea[name=summary]").fill(summary);

    // The session ends (here: the browser loses it) while the person is still typing.
    await context.clearCookies();
    await page.getByRole("button", { name: labels.save }).click();
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);

    await page
      .getByLabel(locale === "en" ? "E-mail address" : "Adresse courriel")
      .fill(DEMO.colleagueA);
    await page
      .getByLabel(locale === "en" ? "Password" : "Mot de passe", { exact: true })
      .fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: locale === "en" ? "Sign in" : "Se connecter" }).click();

    await expect(page).toHaveURL(new RegExp(`/${locale}/consultations/2021-update/practices/new$`));
    await expect(page.getByRole("status").filter({ hasText: labels.restored })).toBeVisible();
    await expect(page.getByLabel(labels.title)).toHaveValue(title);
    await expect(page.locator("textarea[name=summary]")).toHaveValue(summary);
    await expectNoAxeViolations(page);

    // Once the form has gone through, a new form starts empty.
    await page.getByRole("button", { name: labels.save }).click();
    await expect(page).toHaveURL(/\/my\/inputs\/RT-/);
    await page.goto(`/${locale}/consultations/2021-update/practices/new`);
    await expect(page.getByLabel(labels.title)).toHaveValue("");
    await expect(page.getByRole("status").filter({ hasText: labels.restored })).toHaveCount(0);
  });
}
