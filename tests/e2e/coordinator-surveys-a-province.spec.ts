import { expect, test, type Browser, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { parseCsv, records } from "../db/survey-fixtures";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";
import { pdfText } from "./review-export-helpers";
import {
  buildSurvey,
  download,
  esc,
  FOCUS_OPTIONS,
  GROUP_OPTIONS,
  MINISTRY,
  NURSES,
  ONTARIO,
  OTHER_GROUP,
  PARTLY,
  PROMPTS,
  SERVICES,
  type Locale,
} from "./survey-journey";

// Issue 6's "Done when", once per language: a coordinator creates a consultation whose audience
// is the Government of Ontario, builds a survey with every kind of question (a condition and
// the objective matrix included) and opens it; a provincial analyst saves part of the response
// (without JavaScript first), a colleague completes and submits it; the coordinator reads the
// response rate, the charts and the heatmap and checks both CSV exports. Every label comes
// from the journey's catalog, so the French journey reads the French pages.

test.describe.configure({ mode: "parallel" });

for (const locale of LOCALES) {
  test(`(${locale}) a coordinator surveys a province: two colleagues answer, the coordinator reads the results and both CSVs`, async ({
    browser,
    baseURL,
  }) => {
    // ~1.3 min on a quiet 2-core machine, 2.5–3.6 min under a load average of 12–17
    test.setTimeout(360_000);
    const t = translator(locale);
    const prompt = (key: keyof typeof PROMPTS) => PROMPTS[key][locale];
    const tag = `${locale}-${Date.now().toString(36)}`;

    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signInWithBrowser(staff, DEMO.coordinator, locale);
    const { surveyId, title, builderUrl } = await buildSurvey(staff, locale, tag);
    const surveyPath = `/${locale}/surveys/${surveyId}`;

    await answerAsAnalyst(browser, locale, surveyPath, title[locale]);

    // Another organization, outside the audience, cannot read or download the response.
    const maple = await signedInRequest(baseURL!, DEMO.contributorA);
    for (const path of [surveyPath, `${surveyPath}/print`, `${surveyPath}/response.pdf`])
      expect((await maple.get(path)).status(), path).toBe(404);
    await maple.dispose();

    // A colleague from the same province completes and submits it.
    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await signInWithBrowser(colleague, DEMO.colleagueB, locale);
    await colleague.goto(`/${locale}/my/surveys`);
    await colleague.getByRole("link", { name: title[locale] }).click();
    await expect(colleague).toHaveURL(new RegExp(`${surveyPath}$`));
    await expect(colleague.getByLabel(new RegExp(esc(prompt("ministry"))))).toHaveValue(MINISTRY);
    await expect(colleague.getByTestId("response-status")).toHaveText(t("surveys.status.draft"));
    const answeredBy = t("surveys.respond.answeredBy", { name: "Pat Wilson", date: "\u0000" });
    await expect(colleague.getByText(answeredBy.split("\u0000")[0]!).first()).toBeVisible();
    const group = (key: keyof typeof PROMPTS) =>
      colleague.getByRole("group", { name: new RegExp(`^${esc(prompt(key))}`) });
    await group("focus").getByRole("radio", { name: FOCUS_OPTIONS[1]![locale] }).check();
    await colleague.getByLabel(new RegExp(esc(prompt("describe")))).fill(SERVICES);
    await group("groups").getByRole("checkbox", { name: GROUP_OPTIONS[0]![locale] }).check();
    await group("groups")
      .getByRole("checkbox", { name: t("surveys.respond.other"), exact: true })
      .check();
    await group("groups").getByLabel(t("surveys.respond.otherSpecify")).fill(OTHER_GROUP);
    await group("scale").getByRole("radio", { name: "4", exact: true }).check();
    await colleague.getByLabel(new RegExp(esc(prompt("staff")))).fill("120");
    await colleague.getByLabel(new RegExp(esc(prompt("date")))).fill("2024-05-01");
    await colleague.getByRole("button", { name: t("surveys.respond.submit") }).click();
    await expect(colleague.getByRole("status")).toContainText(t("surveys.respond.submitted"));
    await expect(colleague.getByTestId("response-status")).toHaveText(
      t("surveys.status.submitted"),
    );
    await expectNoAxeViolations(colleague);

    // The Word and PDF copies, after submitting; the PDF's text is the response.
    const word = await download(colleague, t("surveys.respond.docx"));
    expect(word.name).toBe(`survey-${surveyId}-response-${locale}.docx`);
    expect(word.body.subarray(0, 2).toString()).toBe("PK");
    const pdf = await download(colleague, t("surveys.respond.pdf"));
    expect(pdf.name).toBe(`survey-${surveyId}-response-${locale}.pdf`);
    const text = await pdfText(pdf.body);
    for (const expected of [
      title[locale],
      `${t("surveys.print.organization")}: ${ONTARIO[locale]}`,
      MINISTRY,
      SERVICES,
      `${PARTLY[locale]} — ${NURSES}`,
      OTHER_GROUP,
    ])
      expect(text).toContain(expected);
    await colleagueContext.close();

    await readResults(staff, locale, surveyId, title[locale]);

    // Now that the province has answered, the builder refuses deleting a question.
    const coordinator = staffContext.request;
    const page = await (await coordinator.get(builderUrl)).text();
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const questionId = /name="questionId" value="(\d+)"/.exec(page)![1]!;
    const refused = await coordinator.post(builderUrl, {
      form: { intent: "deleteQuestion", version, questionId },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toContain(
      t("surveys.builder.error.answered.deleteQuestion").slice(0, 40),
    );
    await staffContext.close();
  });
}

/**
 * The provincial analyst saves part of the response: first on a browser without JavaScript
 * (the conditional question appears once "yes" is sent), then with JavaScript, where a
 * refused submit lists what is missing. Axe runs on the empty page, the errors and the print.
 */
async function answerAsAnalyst(
  browser: Browser,
  locale: Locale,
  surveyPath: string,
  title: string,
) {
  const t = translator(locale);
  const prompt = (key: keyof typeof PROMPTS) => PROMPTS[key][locale];
  const context = await browser.newContext();
  const analyst = await context.newPage();
  await signInWithBrowser(analyst, DEMO.contributorB, locale);
  await analyst.goto(`/${locale}/my/surveys`);
  await analyst.getByRole("link", { name: title }).click();
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(analyst.getByTestId("response-status")).toHaveText(t("surveys.status.none"));
  await expectNoAxeViolations(analyst);

  const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await noScriptContext.newPage();
  await signInWithBrowser(noScript, DEMO.contributorB, locale);
  await noScript.goto(surveyPath);
  const describe = noScript.getByLabel(new RegExp(esc(prompt("describe"))));
  await expect(describe).toBeHidden();
  const cell = t("surveys.respond.matrixCell", { objective: "\u0000", option: PARTLY[locale] });
  await noScript
    .getByRole("radio", { name: new RegExp(`^7\\. .*${esc(cell.split("\u0000")[1]!)}$`) })
    .check();
  const commentLabel = t("surveys.respond.rowCommentFor", { objective: "\u0000" }).split("\u0000");
  await noScript.getByLabel(new RegExp(`^${esc(commentLabel[0]!)}7\\. `)).fill(NURSES);
  await noScript
    .getByRole("group", { name: new RegExp(`^${esc(prompt("funds"))}`) })
    .getByRole("radio", { name: t("surveys.respond.yes"), exact: true })
    .check();
  await noScript.getByRole("button", { name: t("surveys.respond.submit") }).click();
  // Refused: the missing answers are listed at the top, linked, and nothing typed is lost.
  const summary = noScript.getByRole("alert");
  await expect(
    summary.getByRole("link", { name: `${prompt("ministry")} — ${t("surveys.answer.required")}` }),
  ).toHaveAttribute("href", /^#q\d+$/);
  await expect(
    summary.getByRole("link", { name: `${prompt("describe")} — ${t("surveys.answer.required")}` }),
  ).toBeVisible();
  await expect(noScript.getByLabel(new RegExp(`^${esc(commentLabel[0]!)}7\\. `))).toHaveValue(
    NURSES,
  );
  await expect(describe).toBeVisible();

  // With JavaScript: the refused submit kept the draft; the errors are checked by axe.
  await analyst.reload();
  await expect(analyst.getByTestId("response-status")).toHaveText(t("surveys.status.draft"));
  await analyst.getByRole("button", { name: t("surveys.respond.submit") }).click();
  await expect(
    analyst.getByRole("alert").getByRole("link", {
      name: `${prompt("ministry")} — ${t("surveys.answer.required")}`,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(analyst);
  await analyst.getByLabel(new RegExp(esc(prompt("ministry")))).fill(MINISTRY);
  await analyst.getByRole("button", { name: t("surveys.respond.save") }).click();
  await expect(analyst.getByRole("status")).toHaveText(t("surveys.respond.saved"));

  // The page left open without JavaScript is now out of date: its save is refused, naming
  // who saved last, and does not erase the ministry saved since.
  await noScript.getByRole("button", { name: t("surveys.respond.save") }).click();
  const stale = t("surveys.respond.stale", { name: "Pat Wilson", date: "\u0000" }).split("\u0000");
  await expect(noScript.getByRole("alert")).toContainText(stale[0]!);
  await noScriptContext.close();
  await analyst.reload();
  await expect(analyst.getByLabel(new RegExp(esc(prompt("ministry"))))).toHaveValue(MINISTRY);

  await analyst.getByRole("link", { name: t("surveys.respond.print") }).click();
  await expect(analyst.getByText(MINISTRY)).toBeVisible();
  await expect(analyst.getByText(new RegExp(`^7\\. .*${esc(PARTLY[locale])} — `))).toBeVisible();
  await expectNoAxeViolations(analyst);
  await context.close();
}

/** The coordinator's results page and both exports, in the journey's language. */
async function readResults(staff: Page, locale: Locale, surveyId: string, title: string) {
  const tr = translator(locale);
  const prompt = (key: keyof typeof PROMPTS) => PROMPTS[key][locale];
  await staff.goto(`/${locale}/staff/surveys/${surveyId}`);
  await staff.getByRole("link", { name: tr("surveys.builder.results"), exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(
    tr("surveyResults.title", { title }),
  );
  await expect(staff.getByTestId("only-submitted")).toContainText(
    tr("surveyResults.onlySubmitted", { drafts: 0, submitted: 1 }),
  );
  await expect(staff.getByTestId("rate-totals")).toContainText(
    `${tr("surveyResults.rate.submitted")}1`,
  );
  const byProvince = staff.getByRole("table", {
    name: tr("surveyResults.rate.tableCaption", { heading: tr("surveyResults.rate.byProvince") }),
  });
  await expect(byProvince.getByRole("row", { name: /^Ontario 1 1 1 100\s?%$/ })).toBeVisible();
  await expect(
    staff.getByRole("img", { name: tr("surveyResults.chartLabel", { prompt: prompt("focus") }) }),
  ).toBeVisible();
  await expect(
    staff
      .getByRole("table", { name: tr("surveyResults.table.caption", { prompt: prompt("focus") }) })
      .getByRole("row", { name: new RegExp(`^${esc(FOCUS_OPTIONS[1]![locale])} 1 100\\s?%$`) }),
  ).toBeVisible();
  await expect(
    staff
      .getByRole("table", { name: tr("surveyResults.table.caption", { prompt: prompt("funds") }) })
      .getByRole("row", { name: new RegExp(`^${esc(tr("surveyResults.yes"))} 1 100\\s?%$`) }),
  ).toBeVisible();
  const heatmap = staff.getByRole("table", {
    name: new RegExp(
      `^${esc(tr("surveyResults.matrix.heatmapCaption", { prompt: prompt("matrix") }))}`,
    ),
  });
  const headers = await heatmap.locator("thead th").allInnerTexts();
  const column = headers.findIndex((header) => header.includes(ONTARIO[locale]));
  expect(column, "Ontario's column in the heatmap").toBeGreaterThan(0);
  const row = (objective: number) =>
    heatmap.getByRole("row", { name: new RegExp(`^${objective}\\. `) }).getByRole("cell");
  await expect(row(7).nth(column - 1)).toHaveText(PARTLY[locale]);
  await expect(row(7).nth(column - 1)).toHaveClass(/heat--\d/);
  await expect(row(8).nth(column - 1)).toHaveText(tr("surveyResults.matrix.noAnswer"));
  await expect(staff.getByText(NURSES).first()).toBeVisible();
  await expectNoAxeViolations(staff);

  // Both exports with the journey's headers: the answers just given, who gave them.
  const language = tr(`language.${locale}`);
  const wide = await download(staff, tr("surveyResults.exports.wide", { language }));
  expect(wide.name).toBe(`survey-${surveyId}-results-${locale}.csv`);
  const wideRows = records(parseCsv(wide.body.toString("utf8")));
  expect(wideRows).toHaveLength(1);
  const objective7 = tr("surveyResults.csv.objectiveColumn", {
    prompt: prompt("matrix"),
    number: 7,
  });
  expect(wideRows[0]).toMatchObject({
    [tr("surveyResults.csv.organization")]: ONTARIO[locale],
    [tr("surveyResults.csv.jurisdiction")]: "Ontario",
    [tr("surveyResults.csv.submittedBy")]: "Nadia Bouchard",
    [prompt("ministry")]: MINISTRY,
    [prompt("focus")]: FOCUS_OPTIONS[1]![locale],
    [prompt("funds")]: tr("surveyResults.yes"),
    [prompt("describe")]: SERVICES,
    [prompt("groups")]: GROUP_OPTIONS[0]![locale],
    [tr("surveyResults.csv.otherColumn", { prompt: prompt("groups") })]: OTHER_GROUP,
    [prompt("scale")]: "4",
    [prompt("staff")]: "120",
    [prompt("date")]: "2024-05-01",
    [objective7]: PARTLY[locale],
    [tr("surveyResults.csv.commentColumn", { column: objective7 })]: NURSES,
    [tr("surveyResults.csv.objectiveColumn", { prompt: prompt("matrix"), number: 8 })]: "",
  });

  const long = await download(staff, tr("surveyResults.exports.long", { language }));
  const longRows = records(parseCsv(long.body.toString("utf8")));
  const byValue = (value: string) =>
    longRows.find((r) => r[tr("surveyResults.csv.value")] === value);
  expect(byValue(MINISTRY)).toMatchObject({
    [tr("surveyResults.csv.organization")]: ONTARIO[locale],
    [tr("surveyResults.csv.question")]: prompt("ministry"),
    [tr("surveyResults.csv.answeredBy")]: "Pat Wilson",
  });
  expect(byValue(SERVICES)?.[tr("surveyResults.csv.answeredBy")]).toBe("Nadia Bouchard");
  expect(
    longRows.find((r) => r[tr("surveyResults.csv.question")] === prompt("matrix")),
  ).toMatchObject({
    [tr("surveyResults.csv.objective")]: expect.stringMatching(/^7\b/),
    [tr("surveyResults.csv.value")]: PARTLY[locale],
    [tr("surveyResults.csv.comment")]: NURSES,
    [tr("surveyResults.csv.answeredBy")]: "Pat Wilson",
  });
}
