import { expect, test, type Browser } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const w = {
  en: {
    email: "E-mail address",
    invite: "Send the invitation",
    sent: "An invitation is on its way",
    org: "Organization",
    name: "Your name",
    password: "Choose a password",
    create: "Create my account",
    share: "Share a practice",
    title: "Title of the practice",
    summary: "Summary",
    description: "Description",
    draft: "Save as draft",
    draftSaved: "Your draft is saved",
    saved: "Your changes are saved.",
    submit: "Submit the practice",
    submitChanges: "Submit my changes",
    thanks: "Thank you: your input is received",
    myInputs: "My inputs",
    submitted: "Submitted",
    required: "Choose at least one objective.",
    provincial: "Provincial or territorial",
    attributed: "Yes, with my organization's name",
    receipt: /We received your/,
  },
  fr: {
    email: "Adresse courriel",
    invite: "Envoyer l'invitation",
    sent: "Une invitation est en route",
    org: "Organisation",
    name: "Votre nom",
    password: "Choisissez un mot de passe",
    create: "Créer mon compte",
    share: "Faire part d'une pratique",
    title: "Titre de la pratique",
    summary: "Résumé",
    description: "Description",
    draft: "Enregistrer l'ébauche",
    draftSaved: "Votre ébauche est enregistrée",
    saved: "Vos modifications sont enregistrées.",
    submit: "Soumettre la pratique",
    submitChanges: "Soumettre mes modifications",
    thanks: "Merci : votre contribution est reçue",
    myInputs: "Mes contributions",
    submitted: "Soumise",
    required: "Choisissez au moins un objectif.",
    provincial: "Provinciale ou territoriale",
    attributed: "Oui, avec le nom de mon organisation",
    receipt: /Nous avons reçu/,
  },
} as const;

async function invitedContact(browser: Browser, locale: "en" | "fr", javaScriptEnabled: boolean) {
  const t = w[locale];
  const email = `cso-practice-${locale}-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.org`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInWithBrowser(admin, DEMO.admin, locale);
  await admin.goto(`/${locale}/admin/invitations/new`);
  await admin.getByLabel(t.email).fill(email);
  await admin.locator(`#language-${locale}`).check();
  await admin.getByLabel(t.org).selectOption({
    label: locale === "en" ? "Maple Settlement Network" : "Réseau d'établissement Érable",
  });
  await admin.locator("#role-contributor").check();
  await admin.getByRole("button", { name: t.invite }).click();
  await expect(admin.getByText(t.sent)).toBeVisible();
  await adminContext.close();

  const invitation = await waitForEmail(email, /Invitation/);
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(
    new URL(
      linkIn(invitation, new RegExp(`http://localhost:\\d+/${locale}/invitations/[a-z2-7]{32}`)),
    ).pathname,
  );
  await page.getByLabel(t.name).fill(`Contact ${locale}`);
  await page.getByLabel(t.password).fill("settlement work every day");
  await page.getByRole("button", { name: t.create }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
  return { email, page };
}

for (const [locale, javaScriptEnabled] of [
  ["en", true],
  ["fr", true],
  ["fr", false],
] as const) {
  test(`a CSO contact drafts a practice, a colleague edits it, the contact submits and edits it (${locale}${javaScriptEnabled ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const t = w[locale];
    // axe runs as a script in the page; the same pages are checked in the JavaScript runs.
    const checkAccessibility = javaScriptEnabled ? expectNoAxeViolations : async () => {};
    const { email, page } = await invitedContact(browser, locale, javaScriptEnabled);

    await page.goto(`/${locale}/my/inputs`);
    // one link per open consultation (other specs open more): this journey shares in 2021's
    await page
      .getByRole("link", { name: t.share })
      .and(page.locator('[href*="/consultations/2021-update/"]'))
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/consultations/2021-update/practices/new$`));
    await checkAccessibility(page);
    const title = `Welcome circles ${locale} ${Date.now()}`;
    await page.getByLabel(t.title).fill(title);
    await page
      .getByLabel(t.summary)
      .fill("Volunteers meet newcomer families in their first month.");
    await page.getByRole("button", { name: t.draft }).click();
    await expect(page.getByRole("status")).toContainText(t.draftSaved);
    const draftUrl = new URL(page.url()).pathname;
    const reference = /RT-\d{4}-\d{6}/.exec(draftUrl)![0];

    // A colleague in the same organization sees the draft and adds to it.
    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await signInWithBrowser(colleague, DEMO.colleagueA, locale);
    await colleague.goto(draftUrl);
    await colleague
      .getByLabel(t.description)
      .fill("Added by a colleague: the circles run in English and French.");
    await colleague.getByRole("button", { name: t.draft }).click();
    await expect(colleague.getByRole("status")).toContainText(t.saved);
    await colleagueContext.close();

    // The contact submits; a missing objective is refused and nothing typed is lost.
    await page.goto(draftUrl);
    await expect(page.getByLabel(t.description)).toHaveValue(/Added by a colleague/);
    await page.getByLabel(t.provincial).check();
    await page.getByLabel(t.attributed).check();
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("alert")).toContainText(t.required);
    await expect(page.getByLabel(t.title)).toHaveValue(title);
    await expect(page.getByLabel(t.description)).toHaveValue(/Added by a colleague/);
    await checkAccessibility(page);
    await page.locator("#objective-7").check();
    if (locale === "en" && javaScriptEnabled) {
      // A program renamed .pdf is refused by its content, and nothing typed is lost.
      await page.locator("#practice-attachments").setInputFiles({
        name: "annual-report.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("MZ\x90\x00This program cannot be run in DOS mode"),
      });
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.getByRole("alert")).toContainText(
        "annual-report.pdf is not a file we accept",
      );
      await expect(page.getByLabel(t.title)).toHaveValue(title);
      await expect(page.locator("#objective-7")).toBeChecked();
      await page.locator("#practice-attachments").setInputFiles({
        name: "annual-report.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
      });
    }
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.thanks);
    await expect(page.getByRole("status")).toContainText(reference);
    await checkAccessibility(page);

    const receipt = await waitForEmail(email, t.receipt);
    expect(receipt.subject).toContain(reference);
    expect(receipt.text).not.toContain("Volunteers meet newcomer families");
    expect(receipt.text).toContain(`/${locale}/my/inputs/${reference}`);

    // Edited after submitting, until the deadline.
    await page.goto(draftUrl);
    if (locale === "en" && javaScriptEnabled) {
      const download = page.getByRole("link", { name: "annual-report.pdf" });
      const response = await page.request.get((await download.getAttribute("href"))!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toContain("attachment;");
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    }
    await page.getByLabel(t.title).fill(`${title} (revised)`);
    await page.getByRole("button", { name: t.submitChanges }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.thanks);

    await page.goto(`/${locale}/my/inputs`);
    const row = page.getByRole("row", { name: new RegExp(reference) });
    await expect(row).toContainText(`${title} (revised)`);
    await expect(row).toContainText(t.submitted);
    await checkAccessibility(page);
    await page.context().close();
  });
}

test("another organization's input answers 404", async ({ page }) => {
  await signInWithBrowser(page, DEMO.contributorB);
  const response = await page.goto("/en/my/inputs/RT-2021-000020");
  expect(response?.status()).toBe(404);
});
