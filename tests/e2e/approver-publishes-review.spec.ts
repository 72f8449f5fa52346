import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { emailsTo, waitForEmail } from "./mail";
import {
  FIXTURE_SLUG,
  prepareApprovedReview,
  type ReviewFixture,
} from "./review-publication-fixture";

const PROVINCE = "province@demo.roundtable.localhost";
const FRANCOPHONE = "francophone@demo.roundtable.localhost";
const EXPERT = "expert@demo.roundtable.localhost";

function docxText(docx: Buffer): string {
  const name = Buffer.from("word/document.xml");
  let offset = docx.indexOf(name);
  while (offset > 0) {
    const header = offset - 30;
    if (docx.readUInt32LE(header) === 0x04034b50) {
      const method = docx.readUInt16LE(header + 8);
      const size = docx.readUInt32LE(header + 18);
      const start = header + 30 + docx.readUInt16LE(header + 26) + docx.readUInt16LE(header + 28);
      const data = docx.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data)
        .toString("utf8")
        .replace(/<\/w:p>/g, "\n")
        .replace(/<[^>]+>/g, "")
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
    }
    offset = docx.indexOf(name, offset + 1);
  }
  throw new Error("word/document.xml not found");
}

async function pdfText(pdf: Buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = "";
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    text += content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
      .join("");
    text += "\n";
  }
  return text.replace(/[ \t]+/g, " ");
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!);
}

let fixture: ReviewFixture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  fixture = await prepareApprovedReview();
});

test("an approver downloads the Word and PDF exports, publishes, and the cited contributors are told (en, fr)", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInWithBrowser(page, DEMO.approver, "en");
  await page.goto(`/en/staff/reviews/${fixture.consultationId}/publication`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Export and publish the review");
  await expectNoAxeViolations(page);

  const word = docxText(await download(page, "Word, English"));
  expect(word).toContain("Canada’s voluntary review of the Global Compact for Migration");
  expect(word).toContain("Contents");
  expect(word).toContain("1. Methodology");
  expect(word).toContain("2. Progress on GCM objectives");
  expect(word).toContain("new services for newcomers in rural regions [1]");
  expect(word).toContain("outside Quebec [2]");
  expect(word).toContain("Annex: inputs cited");
  expect(word).toContain("Ontario rural newcomer hubs. Government of Ontario");
  expect(word).toContain(`Reference ${fixture.cited.province}`);
  expect(word).toContain(
    "Francophone mentoring in New Brunswick. Organization not named at its request",
  );

  const pdf = await pdfText(await download(page, "PDF, French"));
  expect(pdf).toContain("Table des matières");
  expect(pdf).toContain("1. Méthodologie");
  expect(pdf).toContain("nouveaux arrivants en région [1]");
  expect(pdf).toContain("Annexe : contributions citées");
  expect(pdf).toContain("Mentorat francophone au Nouveau-Brunswick");
  expect(pdf).toContain(`Référence ${fixture.cited.francophone}`);
  expect(pdf).toContain("Organisation non nommée à sa demande");

  await page.getByRole("button", { name: "Publish the review" }).click();
  await expect(page.getByRole("status")).toContainText("The review is published.");

  // "You said, we did": one e-mail each, in their language, naming their inputs and sections.
  const english = await waitForEmail(PROVINCE, /The review you contributed to is published/);
  expect(english.text).toContain(fixture.cited.province);
  expect(english.text).toContain("Methodology");
  expect(english.text).toContain("Progress on GCM objectives");
  expect(english.text).not.toContain(fixture.cited.francophone);
  const french = await waitForEmail(FRANCOPHONE, /L’examen auquel vous avez contribué est publié/);
  expect(french.text).toContain(fixture.cited.francophone);
  expect(french.text).toContain("Méthodologie");
  expect((await emailsTo(PROVINCE)).filter((e) => /published/.test(e.subject))).toHaveLength(1);
  expect((await emailsTo(EXPERT)).filter((e) => /publi/.test(e.subject))).toHaveLength(0);

  await page.goto(`/fr/staff/reviews/${fixture.consultationId}/publication`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exporter et publier l’examen");
  await expectNoAxeViolations(page);

  for (const locale of ["en", "fr"] as const) {
    await page.goto(`/${locale}/reviews/${FIXTURE_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "en"
        ? "Canada’s voluntary review of the Global Compact for Migration"
        : "Examen volontaire du Canada sur le Pacte mondial sur les migrations",
    );
    await expect(
      page.getByRole("heading", { name: locale === "en" ? "1. Methodology" : "1. Méthodologie" }),
    ).toBeVisible();
    await expect(page.locator("#citation-1")).toContainText(fixture.cited.province);
    const practiceLink = page.getByRole("link", {
      name:
        locale === "en"
          ? `Read the practice ${fixture.cited.practice}`
          : `Lire la pratique ${fixture.cited.practice}`,
    });
    await expect(practiceLink).toHaveAttribute(
      "href",
      `/${locale}/practices/${fixture.cited.practice}`,
    );
    await expectNoAxeViolations(page);
  }
});

test("the cited contributor sees 'cited in section N' on My inputs (en)", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, PROVINCE, "en");
  await page.goto(`/en/my/inputs/${fixture.cited.province}`);
  await expect(
    page.getByRole("link", { name: "Cited in section 1 of the published review" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Cited in section 2 of the published review" }),
  ).toBeVisible();
});

test("an invited expert comments on a paragraph by keyboard; a drafter resolves it (fr)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, EXPERT, "fr");
  await page.goto(`/en/reviews/${FIXTURE_SLUG}/draft`);
  await expect(
    page.getByRole("link", { name: "Comment on this paragraph (Section 1, paragraph 1)" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/fr/reviews/${FIXTURE_SLUG}/draft`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ébauche de l’examen");
  await expectNoAxeViolations(page);

  // Tab to the second paragraph's link, as a keyboard user would, and follow it with Enter.
  const target = page.getByRole("link", {
    name: "Commenter ce paragraphe (Section 1, paragraphe 2)",
  });
  await expect(target).toBeVisible();
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/target=\d+:2/);
  await expect(page.getByLabel("Ce que vous commentez")).toHaveValue(/^\d+:2$/);
  await page.getByLabel("Commentaire", { exact: true }).focus();
  await page.keyboard.type("Préciser les provinces visées par ce mentorat.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Envoyer le commentaire" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Merci : votre commentaire RT-");
  const reference = /RT-\d{4}-\d{6}/.exec((await page.getByRole("status").textContent())!)![0];

  const staff = await (await browser.newContext()).newPage();
  await signInWithBrowser(staff, DEMO.drafter, "fr");
  await staff.goto(`/fr/staff/reviews/${fixture.consultationId}/comments`);
  const card = staff.locator(`[id="${reference}"]`);
  await expect(card).toContainText("Sur le paragraphe 2");
  await expect(card).toContainText("Préciser les provinces visées par ce mentorat.");
  await expectNoAxeViolations(staff);
  await card.getByLabel("Reporté").check();
  await card
    .getByLabel("Réponse à la personne")
    .fill("Nous ajouterons cette précision à la prochaine version.");
  await card.getByRole("button", { name: "Enregistrer la suite donnée" }).click();
  await expect(staff.getByRole("status")).toContainText(
    `La suite donnée à ${reference} est enregistrée.`,
  );
  await expect(staff.locator(`[id="${reference}"]`)).toContainText("Suite donnée : Reporté");
  await staff.goto(`/en/staff/reviews/${fixture.consultationId}/comments`);
  await expect(staff.locator(`[id="${reference}"]`)).toContainText("Resolved: Deferred");
  await expectNoAxeViolations(staff);

  // The commenter is told in the app, and finds the comment among their inputs.
  await page.goto("/fr/notifications");
  await expect(page.locator("main")).toContainText(
    `Votre commentaire ${reference} sur l’ébauche a reçu une réponse`,
  );
  await page.goto(`/fr/my/inputs/${reference}`);
  await expect(page.locator("main")).toContainText(reference);

  // Someone whose organization was not invited cannot read or comment on the draft.
  const outsider = await signedInRequest(baseURL!, DEMO.contributorA);
  expect((await outsider.get(`/fr/reviews/${FIXTURE_SLUG}/draft`)).status()).toBe(403);
  const refused = await outsider.post(`/fr/reviews/${FIXTURE_SLUG}/draft`, {
    form: { target: "1", comment: "Pas invité" },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  await outsider.dispose();

  // The comment is an input in the moderators' queue too.
  const moderator = await (await browser.newContext()).newPage();
  await signInWithBrowser(moderator, DEMO.moderator, "fr");
  await moderator.goto(`/fr/staff/triage/${reference}`);
  await expect(moderator.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(moderator.locator("main")).toContainText("Préciser les provinces visées");
});
