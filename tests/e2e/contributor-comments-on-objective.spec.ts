import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

test("a provincial contact comments on objective 7 from its page (fr)", async ({ page }) => {
  await signInWithBrowser(page, DEMO.contributorB, "fr");
  await page.goto("/fr/objectives/7");
  // one link per open consultation (other specs open more): this journey answers the 2021 one
  await page
    .getByRole("link", { name: /Commenter cet objectif/ })
    .and(page.locator('[href*="/consultations/2021-update/"]'))
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commenter l'objectif 7");
  await expectNoAxeViolations(page);

  // Too long: refused in French, with the text kept.
  const long = "é".repeat(5001);
  await page.getByLabel("Votre commentaire").fill(long);
  await page.getByLabel("Non, pour l'équipe de l'examen seulement").check();
  await page.getByRole("button", { name: "Soumettre le commentaire" }).click();
  await expect(page.getByRole("alert")).toContainText("Utilisez au plus 5 000 caractères.");
  await expect(page.getByLabel("Votre commentaire")).toHaveValue(long);
  await expectNoAxeViolations(page);

  await page
    .getByLabel("Votre commentaire")
    .fill("Les données ventilées par genre manquent encore dans notre province.");
  await page.getByRole("button", { name: "Soumettre le commentaire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Merci : votre contribution est reçue",
  );
  const reference = /RT-\d{4}-\d{6}/.exec(await page.getByRole("status").innerText())![0];
  await page.goto("/fr/my/inputs");
  await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText(
    "Commenter l'objectif 7",
  );
});
