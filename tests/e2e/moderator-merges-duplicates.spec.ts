import { expect, test, type APIRequestContext } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { demoOrganizations } from "../../seeds/data/organizations";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

const FRANCOPHONE = "francophone@demo.roundtable.localhost";

async function submitPractice(client: APIRequestContext, title: string, description: string) {
  const form = await (await client.get("/en/consultations/2021-update/practices/new")).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post("/en/consultations/2021-update/practices/new", {
    multipart: {
      submitKey,
      intent: "submit",
      language: "en",
      title,
      summary: "Rural welcome services for newcomer families.",
      description,
      objectives: "16",
      scope: "provincial",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

// One letter per run: the two runs' copies would otherwise make one group of four.
const LETTERS = {
  en: (marker: string) =>
    `We ask for ${marker}: funded settlement workers in every rural county, free language classes for both parents, interpreters at clinics and schools, and two years of help finding work after arrival.`,
  fr: (marker: string) =>
    `Our network asks, as ${marker}, that caregivers arriving on temporary permits keep their status while they change employer, that two years of their work count towards permanent residence, and that a provincial office answer their questions.`,
};

/** The two contributors' organizations, named as the seed names them. */
const organizationName = (key: string, locale: "en" | "fr") =>
  demoOrganizations.find((organization) => organization.key === key)!.name[locale];

for (const locale of ["en", "fr"] as const) {
  test(`a moderator merges two duplicates and the survivor lists both organizations (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const t = translator(locale);
    const other = locale === "en" ? "fr" : "en";
    const marker = `campaign${locale}${Date.now().toString(36)}`;
    const letter = LETTERS[locale](marker);
    const ontario = await signedInRequest(baseURL!, DEMO.contributorB);
    const survivor = await submitPractice(ontario, `Rural welcome ${marker}`, letter);
    await ontario.dispose();
    const acadie = await signedInRequest(baseURL!, FRANCOPHONE);
    const copy = await submitPractice(
      acadie,
      `Rural welcome, our letter ${marker}`,
      letter.replace("two years", "three years"),
    );
    await acadie.dispose();

    const page = await (await browser.newContext()).newPage();
    await signInWithBrowser(page, DEMO.moderator, locale);
    await page.goto(`/${locale}/staff/triage?q=${marker}`);
    await expect(page.getByRole("link", { name: t("triage.similar", { count: 1 }) })).toHaveCount(
      2,
    );
    await expectNoAxeViolations(page);
    // The group collapses to one row.
    await page.getByLabel(t("triage.filter.collapse")).check();
    await page.getByRole("button", { name: t("triage.filter.apply") }).click();
    await expect(page).toHaveURL(/collapse=1/);
    await expect(page.getByRole("link", { name: survivor })).toBeVisible();
    await expect(page.getByRole("link", { name: copy })).toHaveCount(0);

    await page.getByRole("link", { name: survivor }).click();
    const duplicates = page.getByRole("table", { name: t("triage.dup.caption") });
    await expect(duplicates).toContainText(copy);
    await expect(duplicates).toContainText(organizationName("francophone-network-nb", locale));
    await expectNoAxeViolations(page);
    await page.getByLabel(t("triage.dup.select", { reference: copy })).check();
    await page.getByRole("button", { name: t("triage.dup.merge") }).click();
    await expect(page.getByRole("status")).toContainText(t("triage.dup.merged"));
    const voices = page.getByRole("table", { name: t("triage.voices.caption") });
    await expect(voices).toContainText(organizationName("ontario", locale));
    await expect(voices).toContainText(organizationName("francophone-network-nb", locale));
    await expect(
      page.getByText(t("triage.voices.summary", { organizations: 2, provinces: 2 }), {
        exact: true,
      }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // The merged copy, seen in the other language.
    const o = translator(other);
    await page.goto(`/${other}/staff/triage/${copy}`);
    await expect(page.getByText(o("triage.mergedInto", { reference: survivor }))).toBeVisible();
    await expect(page.locator("dd").first()).toHaveText(o("contributions.status.merged"));
    await expectNoAxeViolations(page);

    // Undo: the copy is back in the queue as it was, and the survivor speaks for one again.
    await page.goto(`/${locale}/staff/triage/${survivor}`);
    await page.getByRole("button", { name: t("triage.merges.undo") }).click();
    await expect(page.getByRole("status")).toContainText(t("triage.dup.undone"));
    await expect(voices).toHaveCount(0);
    await page.goto(`/${locale}/staff/triage/${copy}`);
    await expect(page.locator("dd").first()).toHaveText(t("contributions.status.submitted"));
  });
}
