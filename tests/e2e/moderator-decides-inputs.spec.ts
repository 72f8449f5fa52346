import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { waitForEmail } from "./mail";

async function submitPractice(client: APIRequestContext, title: string) {
  const form = await (await client.get("/fr/consultations/2021-update/practices/new")).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post("/fr/consultations/2021-update/practices/new", {
    multipart: {
      submitKey,
      intent: "submit",
      language: "fr",
      title,
      summary: "Accueil des familles vénézuéliennes dans la province.",
      description: "Les familles vénézuéliennes reçoivent un accompagnement pendant un an.",
      objectives: "7",
      scope: "provincial",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

async function decide(page: Page, to: string, fill: { reason?: string; message?: string } = {}) {
  await page.getByLabel(to, { exact: true }).check();
  if (fill.reason)
    await page.getByLabel("Motif (obligatoire pour refuser)").selectOption({ label: fill.reason });
  if (fill.message) await page.getByLabel("Message au contributeur").fill(fill.message);
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByRole("status")).toContainText("La décision est enregistrée.");
}

test("a moderator filters, accepts, rejects and asks for changes; the contributor resubmits (fr)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const provincial = await signedInRequest(baseURL!, DEMO.contributorB);
  const [a, b, c] = [
    await submitPractice(provincial, `Accueil A ${stamp}`),
    await submitPractice(provincial, `Accueil B ${stamp}`),
    await submitPractice(provincial, `Accueil C ${stamp}`),
  ];
  await provincial.dispose();

  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.moderator, "fr");
  await page.goto("/fr/staff/triage");
  await page.getByLabel("Objectif", { exact: true }).selectOption("7");
  await page.getByLabel("Recherche (anglais ou français)").fill("venezueliennes");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/objective=7/);
  await expect(page).toHaveURL(/q=venezueliennes/);
  for (const reference of [a, b, c])
    await expect(page.getByRole("link", { name: reference })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: a }).click();
  await expectNoAxeViolations(page);
  await decide(page, "En examen");
  await decide(page, "Acceptée");
  // Back to the queue keeps the filters.
  await page.getByRole("link", { name: "Retour à la file" }).click();
  await expect(page).toHaveURL(/\/fr\/staff\/triage\?.*objective=7.*q=venezueliennes/);
  await expect(page.getByLabel("Objectif", { exact: true })).toHaveValue("7");

  await page.getByRole("link", { name: b }).click();
  await decide(page, "En examen");
  await page.getByLabel("Non retenue", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByRole("alert")).toContainText("Choisissez un motif");
  await decide(page, "Non retenue", {
    reason: "Doublon d'une autre contribution",
    message: "Déjà reçue sous une autre référence.",
  });

  // Bulk assignment of the filtered set keeps the filter.
  await page.getByRole("link", { name: "Retour à la file" }).click();
  await page.getByLabel("Membre du personnel").selectOption({ label: "Dana Singh" });
  await page
    .getByRole("button", {
      name: "Attribuer toutes celles qui correspondent aux filtres (500 au plus)",
    })
    .click();
  await expect(page.getByRole("status")).toContainText("contributions attribuées");
  await expect(page).toHaveURL(/objective=7.*q=venezueliennes/);
  await expect(page.getByLabel("Objectif", { exact: true })).toHaveValue("7");
  await expect(page.getByRole("row", { name: new RegExp(c) })).toContainText("Dana Singh");
  await expectNoAxeViolations(page);

  await page.goto(`/fr/staff/triage/${c}`);
  await decide(page, "En examen");
  await decide(page, "Modifications demandées", {
    message: "Ajoutez les résultats obtenus en 2021.",
  });
  await page.context().close();

  const mail = await waitForEmail(DEMO.contributorB, new RegExp(`(Decision|Décision).*${c}`));
  expect(mail.text).toContain("Ajoutez les résultats obtenus en 2021.");

  const contributor = await (await browser.newContext()).newPage();
  await signInWithBrowser(contributor, DEMO.contributorB, "fr");
  await contributor.goto(`/fr/my/inputs/${c}`);
  await expect(contributor.getByRole("status")).toContainText(
    "Modifications demandées par l'équipe d'examen",
  );
  await expect(contributor.getByRole("status")).toContainText(
    "Ajoutez les résultats obtenus en 2021.",
  );
  await contributor
    .getByLabel("Résultats et données probantes (facultatif)")
    .fill("120 familles accompagnées en 2021.");
  await contributor.getByRole("button", { name: "Soumettre mes modifications" }).click();
  await expect(contributor.getByRole("heading", { level: 1 })).toHaveText(
    "Merci : votre contribution est reçue",
  );
  await contributor.goto("/fr/my/inputs");
  await expect(contributor.getByRole("row", { name: new RegExp(c) })).toContainText("En examen");
  await expect(contributor.getByRole("row", { name: new RegExp(a) })).toContainText("Acceptée");
  await expect(contributor.getByRole("row", { name: new RegExp(b) })).toContainText("Non retenue");
});
