import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { parseCsv, records } from "../db/survey-fixtures";

const SURVEY = "Consistency of provincial and territorial practices with the Compact";
const MINISTRY = "Ministry of Labour, Immigration, Training and Skills Development";
const MATRIX = "To what extent are your existing practices consistent with each objective?";
const MATRIX_FR =
  "Dans quelle mesure vos pratiques actuelles sont-elles cohérentes avec chaque objectif?";
const NURSES = "Provincial bridging programs for internationally trained nurses.";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TABLES = "Tables fédérales-provinciales-territoriales sur l'immigration.";

/** Clicks a download link and returns the file's name and text. */
async function downloadText(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name, exact: true }).click(),
  ]);
  return { text: await readFile((await file.path())!, "utf8"), name: file.suggestedFilename() };
}

/** The heatmap cell of one organization (a column) for one objective (a row). */
async function heatCell(page: Page, caption: RegExp, organization: string, objective: number) {
  const heatmap = page.getByRole("table", { name: caption });
  const headers = await heatmap.locator("thead th").allInnerTexts();
  const column = headers.findIndex((header) => header.includes(organization));
  expect(column, `a heatmap column for ${organization}`).toBeGreaterThan(0);
  return heatmap
    .getByRole("row", { name: new RegExp(`^${objective}\\. `) })
    .getByRole("cell")
    .nth(column - 1);
}

test("a provincial contact saves part of the survey without JavaScript and a colleague completes and submits it in French", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  // The province's analyst finds the survey (axe runs on pages with JavaScript).
  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signInWithBrowser(analyst, DEMO.contributorB);
  await analyst.goto("/en");
  await analyst
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "My surveys" })
    .click();
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText("My surveys");
  await expectNoAxeViolations(analyst);
  await analyst.getByRole("link", { name: SURVEY }).click();
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText(SURVEY);
  await expect(analyst.getByTestId("response-status")).toHaveText("Not started");
  await expectNoAxeViolations(analyst);
  const surveyPath = new URL(analyst.url()).pathname;

  // The same analyst, on a browser without JavaScript: the follow-up question appears only
  // once "Yes" is sent (no script evaluates the condition live).
  const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await noScriptContext.newPage();
  await signInWithBrowser(noScript, DEMO.contributorB);
  await noScript.goto(surveyPath);
  const how = noScript.getByLabel(/How was your government consulted\?/);
  await expect(how).toBeHidden();
  await noScript.getByRole("radio", { name: "Yes" }).check();
  await noScript.getByRole("radio", { name: /^7\. .*: Partly aligned$/ }).check();
  await noScript.getByLabel(/^Comment on objective 7\. /).fill(NURSES);
  await noScript.getByRole("button", { name: "Submit the response" }).click();

  // Refused: the missing answers are listed at the top, linked, and nothing typed is lost.
  const summary = noScript.getByRole("alert");
  await expect(summary).toContainText("There is a problem (2)");
  await expect(
    summary.getByRole("link", {
      name: "Ministry or office answering — This question needs an answer.",
    }),
  ).toHaveAttribute("href", /^#q\d+$/);
  await expect(
    summary.getByRole("link", {
      name: "How was your government consulted? — This question needs an answer.",
    }),
  ).toBeVisible();
  await expect(noScript.getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(noScript.getByLabel(/^Comment on objective 7\. /)).toHaveValue(
    "Provincial bridging programs for internationally trained nurses.",
  );
  await expect(how).toBeVisible();

  // Back on the page with JavaScript: the refused submit kept the draft; submitting again
  // shows the errors (checked by axe) and the progress says what is missing.
  await analyst.reload();
  await expect(analyst.getByTestId("response-status")).toHaveText("Draft (not submitted)");
  await expect(analyst.getByRole("navigation", { name: "Progress by section" })).toContainText(
    "Missing: Ministry or office answering",
  );
  await analyst.getByRole("button", { name: "Submit the response" }).click();
  await expect(analyst.getByRole("alert")).toContainText("There is a problem (2)");
  await expect(analyst.getByLabel(/^Comment on objective 7\. /)).toHaveValue(
    "Provincial bridging programs for internationally trained nurses.",
  );
  await expectNoAxeViolations(analyst);
  await analyst.getByLabel(/Ministry or office answering/).fill(MINISTRY);
  await analyst.getByRole("button", { name: "Save and continue later" }).click();
  await expect(analyst.getByRole("status")).toHaveText(
    "Your organization's answers were saved. Any member can continue them.",
  );
  await expect(analyst.getByLabel(/Ministry or office answering/)).toHaveValue(MINISTRY);

  // The page left open without JavaScript is now out of date: its save is refused, naming
  // who saved last, and does not erase the ministry saved since.
  await noScript.getByRole("button", { name: "Save and continue later" }).click();
  await expect(noScript.getByRole("alert")).toContainText(/A colleague \(Pat Wilson, .+\) saved/);
  await noScriptContext.close();
  await analyst.reload();
  await expect(analyst.getByLabel(/Ministry or office answering/)).toHaveValue(MINISTRY);

  // The printable copy for internal sign-off.
  await analyst.getByRole("link", { name: "Printable version for internal sign-off" }).click();
  await expect(analyst.getByText(MINISTRY)).toBeVisible();
  await expect(
    analyst.getByText(/7\. .*: Partly aligned — Provincial bridging programs/),
  ).toBeVisible();
  await expectNoAxeViolations(analyst);

  // Another organization's member sees its own empty response, never the province's.
  const maple = await signedInRequest(baseURL!, DEMO.contributorA);
  const mapleView = await maple.get(surveyPath);
  expect(mapleView.status()).toBe(200);
  expect(await mapleView.text()).not.toContain(MINISTRY);
  expect((await maple.get(`${surveyPath}/response.docx`)).status()).toBe(404);
  await maple.dispose();
  await analystContext.close();

  // A colleague from the same province continues in French, with JavaScript.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInWithBrowser(colleague, DEMO.colleagueB, "fr");
  await colleague.goto("/fr/my/inputs");
  await colleague.getByRole("link", { name: "Mes sondages" }).click();
  await colleague
    .getByRole("link", {
      name: "Cohérence des pratiques provinciales et territoriales avec le Pacte",
    })
    .click();
  await expect(colleague).toHaveURL(new RegExp(`${surveyPath.replace("/en/", "/fr/")}$`));
  await expect(colleague.getByLabel(/Ministère ou bureau qui répond/)).toHaveValue(MINISTRY);
  await expect(colleague.getByText(/Dernière réponse de Pat Wilson/).first()).toBeVisible();
  await expect(colleague.getByTestId("response-status")).toHaveText("Brouillon (non soumis)");
  // With JavaScript the follow-up question follows the yes/no answer live.
  const comment = colleague.getByLabel(/Comment votre gouvernement a-t-il été consulté\?/);
  await colleague.getByRole("radio", { name: "Non", exact: true }).check();
  await expect(comment).toBeHidden();
  await colleague.getByRole("radio", { name: "Oui", exact: true }).check();
  await expect(comment).toBeVisible();
  // Submitting without the follow-up answer: refused in French, linked to the question.
  await colleague.getByRole("button", { name: "Soumettre la réponse" }).click();
  await expect(
    colleague.getByRole("alert").getByRole("link", {
      name: "Comment votre gouvernement a-t-il été consulté? — Cette question exige une réponse.",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(colleague);
  await comment.fill(TABLES);
  await colleague.getByRole("button", { name: "Soumettre la réponse" }).click();
  await expect(colleague.getByRole("status")).toContainText(
    "La réponse de votre organisation a été soumise.",
  );
  await expect(colleague.getByTestId("response-status")).toHaveText("Soumis");
  await expectNoAxeViolations(colleague);

  // The Word copy, after submitting.
  const [download] = await Promise.all([
    colleague.waitForEvent("download"),
    colleague.getByRole("link", { name: "Télécharger une copie Word" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^survey-\d+-response-fr\.docx$/);
  const docx = await colleague.request.get(`${surveyPath.replace("/en/", "/fr/")}/response.docx`);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  await colleagueContext.close();

  // The coordinator reads the results, in English, from the survey's builder: the province's
  // submitted response is counted, charted and in the heatmap, and both exports carry it.
  const surveyId = surveyPath.split("/").pop()!;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInWithBrowser(staff, DEMO.coordinator, "en");
  await staff.goto(`/en/staff/surveys/${surveyId}`);
  await staff.getByRole("link", { name: "Results and exports" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Results: ${SURVEY}`);
  await expect(staff.getByTestId("only-submitted")).toContainText("0 draft(s), 1 submitted");
  await expect(staff.getByTestId("rate-totals")).toContainText("Submitted1");
  const byProvince = staff.getByRole("table", { name: /^By province or territory:/ });
  await expect(byProvince.getByRole("row", { name: /^Ontario \d+ \d+ [1-9]\d* / })).toBeVisible();
  await expect(
    staff.getByTestId("pending-table").getByRole("row", { name: /Government of Ontario/ }),
  ).toHaveCount(0);
  await expect(
    staff.getByRole("img", {
      name: "Was your government consulted during the negotiation of the Compact?: number of responses per answer",
    }),
  ).toBeVisible();
  await expect(
    staff
      .getByRole("table", {
        name: "Was your government consulted during the negotiation of the Compact?: counts and percentages",
      })
      .getByRole("row", { name: "Yes 1 100%" }),
  ).toBeVisible();
  const heatmapEn = new RegExp(`^${escape(MATRIX)}: each organization's answer`);
  const ontario7 = await heatCell(staff, heatmapEn, "Government of Ontario", 7);
  await expect(ontario7).toHaveText("Partly aligned");
  await expect(ontario7).toHaveClass(/heat--\d/);
  await expect(await heatCell(staff, heatmapEn, "Government of Ontario", 8)).toHaveText(
    "No answer",
  );
  await expect(staff.getByText(NURSES).first()).toBeVisible();
  await expectNoAxeViolations(staff);

  const wide = await downloadText(staff, "One row per response (English headers)");
  expect(wide.name).toBe(`survey-${surveyId}-results-en.csv`);
  const wideRows = records(parseCsv(wide.text));
  expect(wideRows).toHaveLength(1);
  expect(wideRows[0]).toMatchObject({
    Organization: "Government of Ontario",
    "Province or territory": "Ontario",
    "Submitted by": "Nadia Bouchard",
    "Ministry or office answering": MINISTRY,
    "Was your government consulted during the negotiation of the Compact?": "Yes",
    "How was your government consulted?": TABLES,
    [`${MATRIX} — Objective 7`]: "Partly aligned",
    [`${MATRIX} — Objective 7 — comment`]: NURSES,
    [`${MATRIX} — Objective 8`]: "",
  });
  const long = await downloadText(staff, "One row per answer (English headers)");
  const longRows = records(parseCsv(long.text));
  expect(longRows.find((r) => r.Answer === MINISTRY)).toMatchObject({
    Organization: "Government of Ontario",
    Question: "Ministry or office answering",
    "Answered by": "Pat Wilson",
  });
  expect(longRows.find((r) => r.Answer === TABLES)?.["Answered by"]).toBe("Nadia Bouchard");
  expect(longRows.find((r) => r.Question === MATRIX)).toMatchObject({
    Objective: expect.stringMatching(/^7\b/),
    Answer: "Partly aligned",
    Comment: NURSES,
  });
  await staffContext.close();

  // The same results and exports in French.
  const staffFrContext = await browser.newContext();
  const staffFr = await staffFrContext.newPage();
  await signInWithBrowser(staffFr, DEMO.coordinator, "fr");
  await staffFr.goto(`/fr/staff/surveys/${surveyId}`);
  await staffFr.getByRole("link", { name: "Résultats et exportations" }).click();
  await expect(staffFr.getByRole("heading", { level: 1 })).toContainText(
    "Cohérence des pratiques provinciales et territoriales avec le Pacte",
  );
  await expect(staffFr.getByTestId("only-submitted")).toContainText(
    "Seules les réponses soumises sont comptées",
  );
  await expect(staffFr.getByTestId("rate-totals")).toContainText("Soumises1");
  await expect(
    staffFr
      .getByRole("table", { name: /^Par province ou territoire/ })
      .getByRole("row", { name: /^Ontario \d+ \d+ [1-9]\d* / }),
  ).toBeVisible();
  await expect(
    staffFr
      .getByRole("table", {
        name: /^Votre gouvernement a-t-il été consulté pendant la négociation du Pacte\?\s:/,
      })
      .getByRole("row", { name: /^Oui 1 100\s%$/ }),
  ).toBeVisible();
  const heatmapFr = new RegExp(`^${escape(MATRIX_FR)}\\s: la réponse de chaque organisation`);
  await expect(await heatCell(staffFr, heatmapFr, "Gouvernement de l'Ontario", 7)).toHaveText(
    "Partiellement conforme",
  );
  await expectNoAxeViolations(staffFr);
  const wideFr = records(
    parseCsv((await downloadText(staffFr, "Une ligne par réponse (en-têtes en français)")).text),
  );
  expect(wideFr[0]).toMatchObject({
    Organisation: "Gouvernement de l'Ontario",
    "Ministère ou bureau qui répond": MINISTRY,
    "Votre gouvernement a-t-il été consulté pendant la négociation du Pacte?": "Oui",
    [`${MATRIX_FR} — Objectif 7`]: "Partiellement conforme",
    [`${MATRIX_FR} — Objectif 7 — commentaire`]: NURSES,
  });
  const longFr = records(
    parseCsv(
      (await downloadText(staffFr, "Une ligne par réponse à une question (en-têtes en français)"))
        .text,
    ),
  );
  expect(longFr.find((r) => r.Question === MATRIX_FR)).toMatchObject({
    Organisation: "Gouvernement de l'Ontario",
    Réponse: "Partiellement conforme",
    Commentaire: NURSES,
    "Répondu par": "Pat Wilson",
  });
  expect(longFr.find((r) => r.Réponse === TABLES)?.["Répondu par"]).toBe("Nadia Bouchard");
  await staffFrContext.close();

  // Now that the province has answered, the coordinator can no longer delete a question.
  const coordinator = await signedInRequest(baseURL!, DEMO.coordinator);
  const builder = await (await coordinator.get(`/en/staff/surveys/${surveyId}`)).text();
  const version = /name="version" value="(\d+)"/.exec(builder)![1]!;
  const questionId = /name="questionId" value="(\d+)"/.exec(builder)![1]!;
  const refused = await coordinator.post(`/en/staff/surveys/${surveyId}`, {
    form: { intent: "deleteQuestion", version, questionId },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("a question cannot be deleted");
  await coordinator.dispose();
});
