import { expect, test } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import {
  FIXTURE_SLUG,
  prepareApprovedReview,
  type ReviewFixture,
} from "./review-publication-fixture";

// The whole path from drafting to exports, publication and the "you said, we did" e-mails is
// proven through the pages by drafter-writes-review.spec.ts. This spec keeps what that journey
// does not do, on a review prepared approved: the link to a cited published practice, "My
// inputs" listing sections 1 and 2, and commenting on the draft by keyboard.

const PROVINCE = "province@demo.roundtable.localhost";
const EXPERT = "expert@demo.roundtable.localhost";

let fixture: ReviewFixture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  fixture = await prepareApprovedReview();
});

test("an approver publishes; the public page links the cited published practice (en, fr)", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.approver, "en");
  await page.goto(`/en/staff/reviews/${fixture.consultationId}/publication`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Export and publish the review");
  await page.getByRole("button", { name: "Publish the review" }).click();
  await expect(page.getByRole("status")).toContainText("The review is published.");

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
