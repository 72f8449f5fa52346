import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { translator, type Translate } from "../../app/i18n/translate";
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

async function decide(
  page: Page,
  t: Translate,
  to: string,
  fill: { reason?: string; message?: string } = {},
) {
  await page.getByLabel(to, { exact: true }).check();
  if (fill.reason)
    await page.getByLabel(t("triage.decide.reason")).selectOption({ label: fill.reason });
  if (fill.message) await page.getByLabel(t("triage.decide.message")).fill(fill.message);
  await page.getByRole("button", { name: t("triage.decide.submit") }).click();
  await expect(page.getByRole("status")).toContainText(t("triage.decided"));
}

// The two languages one after the other: each run's bulk assignment of "all that match" also
// assigns the other run's inputs (same French word), which would make its open form stale.
test.describe.configure({ mode: "default" });

for (const locale of ["en", "fr"] as const) {
  test(`a moderator filters, accepts, rejects and asks for changes; the contributor resubmits (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const t = translator(locale);
    const status = (key: "in-review" | "accepted" | "rejected" | "changes-requested") =>
      t(`contributions.status.${key}`);
    const stamp = Date.now();
    const provincial = await signedInRequest(baseURL!, DEMO.contributorB);
    const [a, b, c] = [
      await submitPractice(provincial, `Accueil A ${stamp}`),
      await submitPractice(provincial, `Accueil B ${stamp}`),
      await submitPractice(provincial, `Accueil C ${stamp}`),
    ];
    await provincial.dispose();

    const page = await (await browser.newContext()).newPage();
    await signInWithBrowser(page, DEMO.moderator, locale);
    await page.goto(`/${locale}/staff/triage`);
    await page.getByLabel(t("triage.filter.objective"), { exact: true }).selectOption("7");
    // A French word in both languages' queue: the search covers both.
    await page.getByLabel(t("triage.filter.q")).fill("venezueliennes");
    await page.getByRole("button", { name: t("triage.filter.apply") }).click();
    await expect(page).toHaveURL(/objective=7/);
    await expect(page).toHaveURL(/q=venezueliennes/);
    for (const reference of [a, b, c])
      await expect(page.getByRole("link", { name: reference })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: a }).click();
    await expectNoAxeViolations(page);
    await decide(page, t, status("in-review"));
    await decide(page, t, status("accepted"));
    // Back to the queue keeps the filters.
    await page.getByRole("link", { name: t("triage.item.back") }).click();
    await expect(page).toHaveURL(
      new RegExp(`/${locale}/staff/triage\\?.*objective=7.*q=venezueliennes`),
    );
    await expect(page.getByLabel(t("triage.filter.objective"), { exact: true })).toHaveValue("7");

    await page.getByRole("link", { name: b }).click();
    await decide(page, t, status("in-review"));
    await page.getByLabel(status("rejected"), { exact: true }).check();
    await page.getByRole("button", { name: t("triage.decide.submit") }).click();
    await expect(page.getByRole("alert")).toContainText(t("triage.error.reasonRequired"));
    await decide(page, t, status("rejected"), {
      reason: t("triage.reason.duplicate"),
      message: "Déjà reçue sous une autre référence.",
    });

    // Bulk assignment of the filtered set keeps the filter.
    await page.getByRole("link", { name: t("triage.item.back") }).click();
    await page.getByLabel(t("triage.bulk.assignee")).selectOption({ label: "Dana Singh" });
    await page.getByRole("button", { name: t("triage.bulk.all") }).click();
    await expect(page.getByRole("status")).toContainText(
      t("triage.bulk.done", { count: 2 }).replace("2 ", ""),
    );
    await expect(page).toHaveURL(/objective=7.*q=venezueliennes/);
    await expect(page.getByLabel(t("triage.filter.objective"), { exact: true })).toHaveValue("7");
    await expect(page.getByRole("row", { name: new RegExp(c) })).toContainText("Dana Singh");
    await expectNoAxeViolations(page);

    await page.goto(`/${locale}/staff/triage/${c}`);
    await decide(page, t, status("in-review"));
    await decide(page, t, status("changes-requested"), {
      message: "Ajoutez les résultats obtenus en 2021.",
    });
    await page.context().close();

    const mail = await waitForEmail(DEMO.contributorB, new RegExp(`(Decision|Décision).*${c}`));
    expect(mail.text).toContain("Ajoutez les résultats obtenus en 2021.");

    const contributor = await (await browser.newContext()).newPage();
    await signInWithBrowser(contributor, DEMO.contributorB, locale);
    await contributor.goto(`/${locale}/my/inputs/${c}`);
    await expect(contributor.getByRole("status")).toContainText(
      t("contributions.decision.changes-requested").replace(/\s*:$/, ""),
    );
    await expect(contributor.getByRole("status")).toContainText(
      "Ajoutez les résultats obtenus en 2021.",
    );
    await contributor
      .getByLabel(t("contributions.field.results"))
      .fill("120 familles accompagnées en 2021.");
    await contributor
      .getByRole("button", { name: t("contributions.action.submitChanges") })
      .click();
    await expect(contributor.getByRole("heading", { level: 1 })).toHaveText(
      t("contributions.receipt.title"),
    );
    await contributor.goto(`/${locale}/my/inputs`);
    await expect(contributor.getByRole("row", { name: new RegExp(c) })).toContainText(
      status("in-review"),
    );
    await expect(contributor.getByRole("row", { name: new RegExp(a) })).toContainText(
      status("accepted"),
    );
    await expect(contributor.getByRole("row", { name: new RegExp(b) })).toContainText(
      status("rejected"),
    );
  });
}
