import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { prepareSurveyResults } from "./survey-results-data";
import { parseCsv, records } from "../db/survey-fixtures";

let survey: Awaited<ReturnType<typeof prepareSurveyResults>>;

test.beforeAll(async () => {
  survey = await prepareSurveyResults();
});

/** Clicks a download link and returns the file's text. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name, exact: true }).click(),
  ]);
  return { text: await readFile((await file.path())!, "utf8"), name: file.suggestedFilename() };
}

test("a coordinator reads a survey's results and exports them (English)", async ({
  page,
  browser,
}) => {
  // many pages, downloads and axe runs: more than the default 30 s on a busy CI machine
  test.setTimeout(120_000);
  await signInWithBrowser(page, DEMO.coordinator, "en");
  const url = `/en/staff/surveys/${survey.surveyId}/results`;
  await page.goto(url);
  await expect(
    page.getByRole("heading", { level: 1, name: `Results: ${survey.title} survey` }),
  ).toBeVisible();
  await expect(page.getByTestId("only-submitted")).toContainText(
    "Only submitted responses are counted",
  );
  await expect(page.getByTestId("only-submitted")).toContainText("1 draft(s), 2 submitted");

  // response rate: Yukon and Nova Scotia submitted, Ontario has a draft
  const totals = page.getByTestId("rate-totals");
  await expect(totals).toContainText("Submitted2");
  await expect(totals).toContainText("66.7%");
  const byProvince = page.getByRole("table", { name: /^By province or territory:/ });
  await expect(byProvince.getByRole("row", { name: /^Yukon 1 1 1 100%$/ })).toBeVisible();
  await expect(byProvince.getByRole("row", { name: /^Ontario 1 1 0 0%$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^By province or territory/ })).toBeVisible();
  const pending = page.getByTestId("pending-table");
  await expect(pending.getByRole("row", { name: /Government of Ontario/ })).toContainText(
    "Started, not submitted",
  );

  // per question: chart and its table
  await expect(
    page.getByRole("img", { name: "Main focus: number of responses per answer" }),
  ).toBeVisible();
  const mainFocus = page.getByRole("table", { name: "Main focus: counts and percentages" });
  await expect(mainFocus.getByRole("row", { name: "Integration 1 50%" })).toBeVisible();
  const yesNo = page.getByRole("table", {
    name: "Is there a provincial strategy?: counts and percentages",
  });
  await expect(yesNo.getByRole("row", { name: "No 1 50%" })).toBeVisible();

  // the objective matrix: heatmap (text in every cell) and totals
  const heatmap = page.getByRole("table", {
    name: /^Alignment with the Compact: each organization's answer/,
  });
  const row16 = heatmap.getByRole("row", { name: /^16\. / });
  await expect(row16.getByRole("cell").nth(0)).toHaveText("Fully aligned");
  await expect(row16.getByRole("cell").nth(0)).toHaveClass(/heat--4/);
  await expect(row16.getByRole("cell").nth(1)).toHaveText("Partly aligned");
  const totalsTable = page.getByRole("table", {
    name: /^Alignment with the Compact: number of organizations/,
  });
  await expect(totalsTable.getByRole("row", { name: /^16\. .* 0 0 1 1 2$/ })).toBeVisible();
  await expect(
    page.getByText("Territorial settlement services are open to every newcomer."),
  ).toBeVisible();

  await expectNoAxeViolations(page);

  // the reminder action answers with how many e-mails it queued (none here: the
  // organizations that have not submitted have no invited person with an account)
  await page.getByRole("button", { name: "Remind organizations that have not answered" }).click();
  await expect(page).toHaveURL(/[?&]reminded=0/);
  await expect(page.getByRole("status").filter({ hasText: "Reminders queued: 0." })).toBeVisible();

  // searching the written answers keeps the query in the URL
  await page.getByRole("searchbox", { name: "Search the written answers" }).fill("whitehorse");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=whitehorse/);
  await expect(
    page.getByText("Whitehorse settlement hub for newcomers working in mining communities."),
  ).toBeVisible();
  await expect(page.getByText("Programme d'accueil francophone à Halifax.")).toHaveCount(0);

  // wide CSV, English headers
  const wide = await download(page, "One row per response (English headers)");
  expect(wide.name).toBe(`survey-${survey.surveyId}-results-en.csv`);
  const wideRows = records(parseCsv(wide.text));
  expect(wideRows).toHaveLength(2);
  const yukon = wideRows.find((r) => r.Organization === `Government of Yukon ${survey.tag}`)!;
  expect(yukon["Province or territory"]).toBe("Yukon");
  expect(yukon["Lead ministry"]).toBe("'=1+2");
  expect(yukon["Partners involved"]).toBe("Municipalities");
  expect(yukon["Partners involved — other (please specify)"]).toBe("First Nations governments");
  expect(yukon["Alignment with the Compact — Objective 16"]).toBe("Fully aligned");
  expect(yukon["Alignment with the Compact — Objective 16 — comment"]).toBe(
    "Territorial settlement services are open to every newcomer.",
  );

  // long CSV, French headers
  const long = await download(page, "One row per answer (French headers)");
  const longRows = records(parseCsv(long.text));
  expect(longRows).toHaveLength(14);
  const halifax = longRows.find((r) => r.Réponse === "Programme d'accueil francophone à Halifax.")!;
  expect(halifax).toMatchObject({
    Organisation: `Nouvelle-Écosse ${survey.tag}`,
    Question: "Décrivez votre pratique principale",
    "Province ou territoire": "Nouvelle-Écosse",
    "Répondu par": `ns-${survey.tag}`,
  });

  // a written answer reached the triage queue as an input, showing its survey and question
  const moderatorContext = await browser.newContext();
  const moderator = await moderatorContext.newPage();
  await signInWithBrowser(moderator, DEMO.moderator, "en");
  await moderator.goto("/en/staff/triage?kind=survey-answer&q=Whitehorse");
  await moderator
    .getByRole("row")
    .filter({ hasText: `Government of Yukon ${survey.tag}` })
    .filter({ hasText: "Describe your main practice" })
    .getByRole("link")
    .first()
    .click();
  await expect(
    moderator.getByText("Whitehorse settlement hub for newcomers working in mining communities."),
  ).toBeVisible();
  await expect(moderator.getByText(`${survey.title} survey`)).toBeVisible();
  await moderatorContext.close();
});

test("a coordinator reads a survey's results and exports them (French)", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithBrowser(page, DEMO.coordinator, "fr");
  await page.goto(`/fr/staff/surveys/${survey.surveyId}/results`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Résultats : Sondage ${survey.title}` }),
  ).toBeVisible();
  await expect(page.getByTestId("only-submitted")).toContainText(
    "Seules les réponses soumises sont comptées",
  );
  await expect(page.getByTestId("rate-totals")).toContainText(/66,7\s%/);
  await expect(
    page.getByRole("img", { name: "Priorité principale : nombre de réponses par choix" }),
  ).toBeVisible();
  const heatmap = page.getByRole("table", {
    name: /^Alignement sur le Pacte : la réponse de chaque organisation/,
  });
  await expect(
    heatmap
      .getByRole("row", { name: /^16\. / })
      .getByRole("cell")
      .nth(0),
  ).toHaveText("Entièrement aligné");
  await expect(heatmap.getByRole("row", { name: /^7\. / }).getByRole("cell").nth(1)).toHaveText(
    "Sans réponse",
  );
  await expectNoAxeViolations(page);

  const wide = await download(page, "Une ligne par réponse (en-têtes en français)");
  const rows = records(parseCsv(wide.text));
  const yukon = rows.find((r) => r.Organisation === `Government of Yukon ${survey.tag}`)!;
  expect(yukon["Existe-t-il une stratégie provinciale?"]).toBe("Oui");
  expect(yukon["Ministère responsable"]).toBe("'=1+2");
  expect(yukon["Alignement sur le Pacte — Objectif 7"]).toBe("Partiellement aligné");
  const long = await download(page, "Une ligne par réponse à une question (en-têtes en anglais)");
  const longRows = records(parseCsv(long.text));
  expect(Object.keys(longRows[0]!)).toContain("Answered by");
  expect(
    longRows.find((r) => r.Question === "Is there a provincial strategy?" && r.Answer === "No"),
  ).toBeDefined();
});
