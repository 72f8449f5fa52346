import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

const CSV = [
  "email,name,organization,stakeholder_category,province_territory,language",
  // An existing person, and their organization named in French without accents: both matched.
  "francophone@demo.roundtable.localhost,Luc Robichaud,reseau acadie accueil,francophone-immigration-network,NB,fr",
  "new.contact@example.org,Nouvelle Personne,Collectif Nouveau Départ,civil-society-organization,QC,fr",
  "not-an-address,,Collectif Nouveau Départ,civil-society-organization,QC,fr",
].join("\n");

test("coordinator creates and opens a consultation, imports contacts and sees uptake", async ({
  page,
}) => {
  await signInWithBrowser(page, DEMO.coordinator);

  await page.goto("/fr/staff/consultations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultations");
  await expectNoAxeViolations(page);
  await page.goto("/en/staff/consultations");
  await expect(
    page.getByRole("link", { name: "2021 update to Canada's voluntary inputs" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Create a consultation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a consultation");
  await expectNoAxeViolations(page);

  // A refused form keeps what was typed and links its errors.
  await page.getByLabel("Title in English").fill("2030 IMRF preparation");
  await page.getByRole("button", { name: "Create the draft consultation" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a value.");
  await expect(page.getByLabel("Title in English")).toHaveValue("2030 IMRF preparation");
  await expectNoAxeViolations(page);

  await page.getByLabel("Title in French").fill("Préparation du FEMI 2030");
  await page.getByLabel("Description in English").fill("Inputs for the 2030 review forum.");
  await page.getByLabel("Description in French").fill("Contributions au forum d'examen de 2030.");
  await page.getByLabel("Type of consultation").selectOption("un-report-input");
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByLabel("To", { exact: true }).fill("2029-12-31");
  await page.getByLabel("Opens on").fill("2026-03-08T09:00");
  await page.getByLabel("Closes on").fill("2030-11-01T17:00");
  await page.getByRole("checkbox", { name: "Civil society organization" }).check();
  await page.getByRole("checkbox", { name: "Survey" }).check();
  await page.getByRole("button", { name: "Create the draft consultation" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2030 IMRF preparation");
  await expect(page.getByText("The draft consultation was created.")).toBeVisible();
  await expect(
    page.getByRole("list").filter({ hasText: "words" }).getByRole("listitem"),
  ).toHaveCount(5);
  await expect(page.getByLabel("Closes on")).toHaveValue("2030-11-01T17:00");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Open the consultation" }).click();
  await expect(page.getByText("The status was changed.")).toBeVisible();
  await expect(page.locator(".facts .status")).toHaveText("Open");

  await page.getByRole("link", { name: "Invite contacts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite contacts");
  await expectNoAxeViolations(page);
  await page.getByLabel("Contacts (CSV text)").fill(CSV);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("Rows ready: 2. Rows with errors: 1.")).toBeVisible();
  const preview = page.getByRole("table", { name: /Rows of the list/ });
  await expect(preview.getByRole("row", { name: /francophone@demo/ })).toContainText(
    "has an account",
  );
  await expect(preview.getByRole("row", { name: /new.contact@example.org/ })).toContainText(
    "new organization",
  );
  await expect(preview.getByRole("row", { name: /not-an-address/ })).toContainText(
    "E-mail: not a valid address.",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send the invitations" }).click();
  await expect(page.getByRole("status")).toContainText(
    "People with an account added: 1. Invitations sent: 1. Already invited: 0. Not sent: 0. Rows left out: 1.",
  );

  await page.getByRole("link", { name: "2030 IMRF preparation" }).click();
  await page.getByRole("link", { name: "See the uptake" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uptake");
  const byCategory = page.getByRole("table", { name: /By stakeholder category/ });
  await expect(byCategory.getByRole("row", { name: /Francophone/ })).toContainText("1");
  await expect(page.getByRole("img", { name: /By province or territory/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send reminders" }).click();
  await expect(page.getByText("Reminders queued: 1.")).toBeVisible();

  await page.goto(page.url().replace("/en/", "/fr/").replace(/\?.*$/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participation");
  await expect(page.getByRole("table", { name: /Par province ou territoire/ })).toContainText(
    "Nouveau-Brunswick",
  );
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript, in French", () => {
  // axe needs JavaScript in the page; the run with JavaScript checks these pages.
  test.use({ javaScriptEnabled: false });

  test("coordinator creates a consultation and uploads a CSV file of contacts", async ({
    page,
  }) => {
    await signInWithBrowser(page, DEMO.coordinator, "fr");
    await page.goto("/fr/staff/consultations/new");
    await page.getByLabel("Titre en anglais").fill("2031 follow-up");
    await page.getByLabel("Titre en français").fill("Suivi 2031");
    await page.getByLabel("Description en anglais").fill("Follow-up.");
    await page.getByLabel("Description en français").fill("Suivi.");
    await page.getByLabel("Type de consultation").selectOption("annual-update");
    await page.getByLabel("Du", { exact: true }).fill("2030-01-01");
    await page.getByLabel("Au", { exact: true }).fill("2030-12-31");
    await page.getByLabel("Ouvre le").fill("2026-11-01T01:30");
    // Closing before opening is refused, and what was typed is kept.
    await page.getByLabel("Ferme le").fill("2026-10-01T17:00");
    await page.getByRole("button", { name: "Créer l'ébauche de consultation" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "L'heure de clôture doit suivre l'heure d'ouverture.",
    );
    await expect(page.getByLabel("Titre en français")).toHaveValue("Suivi 2031");
    await page.getByLabel("Ferme le").fill("2031-06-30T17:00");
    await page.getByRole("button", { name: "Créer l'ébauche de consultation" }).click();
    await expect(page.getByText("L'ébauche de consultation a été créée.")).toBeVisible();
    await expect(page.getByLabel("Ouvre le")).toHaveValue("2026-11-01T01:30");

    await page.getByRole("button", { name: "Ouvrir la consultation" }).click();
    await expect(page.locator(".facts .status")).toHaveText("Ouverte");
    await page.getByRole("link", { name: "Inviter des personnes-ressources" }).click();
    await page.getByLabel("Ou un fichier CSV").setInputFiles({
      name: "contacts.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "\uFEFFemail,name,organization,stakeholder_category,province_territory,language\n" +
          "colleague@demo.roundtable.localhost,Colleague,Maple Settlement Network,civil-society-organization,ON,en\n" +
          "bad@example.org,Bad,Org,civil-society-organization,Mars,xx\n",
      ),
    });
    await page.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(
      page.getByText("Lignes prêtes : 1. Lignes comportant des erreurs : 1."),
    ).toBeVisible();
    await expect(page.getByRole("row", { name: /bad@example.org/ })).toContainText(
      "Langue : utilisez en ou fr.",
    );
    await page.getByRole("button", { name: "Envoyer les invitations" }).click();
    await expect(page.getByRole("status")).toContainText("Personnes ayant un compte ajoutées : 1.");
  });
});
