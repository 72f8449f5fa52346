import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

async function submitPractice(
  client: APIRequestContext,
  language: "en" | "fr",
  text: { title: string; summary: string; description: string },
) {
  const form = await (
    await client.get(`/${language}/consultations/2021-update/practices/new`)
  ).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post(`/${language}/consultations/2021-update/practices/new`, {
    multipart: {
      submitKey,
      intent: "submit",
      language,
      ...text,
      objectives: "7",
      scope: "provincial",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

test("a moderator changes statuses and tags in bulk, the filter stays; EN/FR versions are paired (fr)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now());
  const provincial = await signedInRequest(baseURL!, DEMO.contributorB);
  const french = await submitPractice(provincial, "fr", {
    title: `Lot ${stamp} : accueil`,
    summary: `Le Centre de Moncton (IRCC) a aidé 1 250 familles en 2021.`,
    description: `Voir https://example.org/lot-${stamp} pour le programme.`,
  });
  const other = await submitPractice(provincial, "fr", {
    title: `Lot ${stamp} : autre projet`,
    summary: "Un projet sans rapport avec le premier.",
    description: "Des bénévoles rencontrent des familles chaque semaine.",
  });
  const english = await submitPractice(provincial, "en", {
    title: `Batch ${stamp}: welcome`,
    summary: `The Moncton Centre (IRCC) helped 1,250 families in 2021.`,
    description: `See https://example.org/lot-${stamp}/ for the programme.`,
  });
  await provincial.dispose();

  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.moderator, "fr");
  await page.goto(`/fr/staff/triage?q=${stamp}`);
  // A row's name carries its partner's reference too: find it by its own checkbox.
  const row = (reference: string) =>
    page.locator("tr", { has: page.getByLabel(`Sélectionner ${reference}`, { exact: true }) });
  for (const reference of [french, other, english])
    await expect(page.getByRole("link", { name: reference, exact: true })).toBeVisible();
  // The French input and its English version point at each other; the other input at none.
  await expect(row(french)).toContainText(`Version anglaise : ${english}`);
  await expect(row(english)).toContainText(`Version française : ${french}`);
  await expect(row(other)).not.toContainText("Version");
  await expectNoAxeViolations(page);

  // An illegal move for one input changes nothing and says which; the selection stays checked.
  await page.getByLabel(`Sélectionner ${french}`).check();
  await page.getByLabel(`Sélectionner ${other}`).check();
  await page.getByLabel("Nouvel état").selectOption({ label: "Acceptée" });
  await page
    .getByRole("button", { name: "Changer l'état des contributions sélectionnées" })
    .click();
  await expect(page.getByRole("alert")).toContainText("Rien n'a été modifié : 2 contributions");
  await expect(page.getByRole("alert")).toContainText(french);
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(page.getByLabel(`Sélectionner ${french}`)).toBeChecked();
  await expect(row(french)).toContainText("Soumise");
  await expectNoAxeViolations(page);

  // Everything matching the filter goes to review.
  await page.getByLabel("Nouvel état").selectOption({ label: "En examen" });
  await page
    .getByRole("button", {
      name: "Changer l'état de toutes celles qui correspondent aux filtres (500 au plus)",
    })
    .click();
  await expect(page.getByRole("status")).toContainText("3 contributions passées à « En examen »");
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(page.getByLabel("Recherche (anglais ou français)")).toHaveValue(stamp);
  for (const reference of [french, other, english])
    await expect(row(reference)).toContainText("En examen");

  // One reason for a selection (which survived the last action).
  await expect(page.getByLabel(`Sélectionner ${other}`)).toBeChecked();
  await page.getByLabel(`Sélectionner ${french}`).uncheck();
  await page.getByLabel("Nouvel état").selectOption({ label: "Non retenue" });
  await page
    .getByLabel("Motif (obligatoire pour refuser)")
    .selectOption({ label: "Hors du champ de cette consultation" });
  await page
    .getByRole("button", { name: "Changer l'état des contributions sélectionnées" })
    .click();
  await expect(page.getByRole("status")).toContainText("1 contributions passées à « Non retenue »");
  await expect(row(other)).toContainText("Non retenue");
  await expect(row(french)).toContainText("En examen");

  // Tags for all that match: added, and kept internal.
  await page.getByLabel("Étiquettes libres à ajouter").fill("campagne lot");
  await page
    .getByLabel("Visibilité (remplace)")
    .selectOption({ label: "Interne seulement (jamais publiée)" });
  await page
    .getByRole("button", {
      name: "Étiqueter toutes celles qui correspondent aux filtres (500 au plus)",
    })
    .click();
  await expect(page.getByRole("status")).toContainText("3 contributions étiquetées.");
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: french, exact: true }).click();
  await expect(page.getByLabel("Étiquettes libres")).toHaveValue("campagne lot");
  await expect(page.getByLabel("Interne seulement (jamais publiée)")).toBeChecked();
  await expect(page.getByRole("link", { name: `Version anglaise : ${english}` })).toHaveAttribute(
    "href",
    `/fr/staff/triage/${english}`,
  );
  await expectNoAxeViolations(page);
  await page.context().close();

  // The contributor links their other input to the English version themselves.
  const contributor = await (await browser.newContext()).newPage();
  await signInWithBrowser(contributor, DEMO.contributorB, "en");
  await contributor.goto(`/en/my/inputs/${other}`);
  await contributor
    .getByRole("link", { name: "Link this input to its version in the other official language" })
    .click();
  await expectNoAxeViolations(contributor);
  await contributor.getByLabel("Reference of the version in the other language").fill("RT-12");
  await contributor.getByRole("button", { name: "Link the two versions" }).click();
  await expect(contributor.getByRole("alert")).toContainText("Enter a reference such as");
  await expect(
    contributor.getByLabel("Reference of the version in the other language"),
  ).toHaveValue("RT-12");
  await expectNoAxeViolations(contributor);
  await contributor
    .getByLabel("Reference of the version in the other language")
    .fill(english.toLowerCase());
  await contributor.getByRole("button", { name: "Link the two versions" }).click();
  await expect(contributor.getByRole("status")).toContainText("The two versions are linked.");
  await expect(
    contributor.getByText(`linked to its other-language version, ${english}`),
  ).toBeVisible();
  await contributor.context().close();
});
