import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { parseCsv, records } from "../db/survey-fixtures";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";
import { pdfText } from "./review-export-helpers";

// Issue 6's "Done when", once per language: a coordinator creates a consultation whose audience
// is the Government of Ontario, builds a survey with every kind of question (a condition and
// the objective matrix included) and opens it; a provincial analyst saves part of the response
// (without JavaScript first), a colleague completes and submits it; the coordinator reads the
// response rate, the charts and the heatmap and checks both CSV exports. Every label comes
// from the journey's catalog, so the French journey reads the French pages.

type Locale = (typeof LOCALES)[number];
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const both = (en: string, fr: string) => ({ en, fr });

const PROMPTS = {
  ministry: both("Ministry or office answering", "Ministère ou bureau qui répond"),
  focus: both("Main focus of your programs", "Priorité principale de vos programmes"),
  funds: both(
    "Do you fund newcomer services?",
    "Financez-vous des services aux nouveaux arrivants?",
  ),
  describe: both("Describe the services you fund", "Décrivez les services que vous financez"),
  groups: both("Groups you serve", "Groupes que vous servez"),
  scale: both(
    "How well coordinated are the levels of government?",
    "Dans quelle mesure les ordres de gouvernement sont-ils coordonnés?",
  ),
  staff: both("Staff working on integration", "Personnel affecté à l'intégration"),
  date: both("Date of your last integration strategy", "Date de votre dernière stratégie"),
  matrix: both(
    "Alignment of your practices with each objective",
    "Cohérence de vos pratiques avec chaque objectif",
  ),
};
const FOCUS_OPTIONS = [
  both("Settlement", "Établissement"),
  both("Labour market", "Marché du travail"),
];
const GROUP_OPTIONS = [both("Refugees", "Personnes réfugiées"), both("Students", "Étudiants")];
const PARTLY = both("Partly aligned", "Partiellement conforme");
const ONTARIO = both("Government of Ontario", "Gouvernement de l'Ontario");
const MINISTRY = "Ministry of Labour, Immigration, Training and Skills Development";
const NURSES = "Provincial bridging programs for internationally trained nurses.";
const SERVICES = "Tables fédérales-provinciales et services d'établissement en région.";
const OTHER_GROUP = "Travailleurs agricoles saisonniers";

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** The builder, in one language: each change waits for the survey's next version. */
function builder(page: Page, locale: Locale) {
  const t = translator(locale);
  const prompt = (key: keyof typeof PROMPTS) => PROMPTS[key][locale];
  const openDetails = async (summary: string) => {
    const details = page.locator("details").filter({
      has: page.locator("summary", { hasText: new RegExp(`^${esc(summary)}$`) }),
    });
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
      await details.locator("summary").click();
    return details;
  };
  const change = async (button: Locator) => {
    const version = await page.locator('input[name="version"]').first().inputValue();
    await button.click();
    await expect(page.locator('input[name="version"]').first()).not.toHaveValue(version);
    await expect(page.getByText(t("surveys.builder.saved"))).toBeVisible();
  };
  const edit = (key: keyof typeof PROMPTS) =>
    openDetails(t("surveys.builder.editQuestionNamed", { question: prompt(key) }));
  const save = (form: Locator) =>
    change(form.getByRole("button", { name: t("surveys.builder.saveQuestion") }));
  return {
    openDetails,
    edit,
    save,
    async add(key: keyof typeof PROMPTS, kind: string) {
      const form = await openDetails(t("surveys.builder.addQuestionTo", { number: 1 }));
      await form.getByLabel(t("surveys.field.kind")).selectOption({ label: t(kind as never) });
      await form.getByLabel(t("surveys.field.promptEn")).fill(PROMPTS[key].en);
      await form.getByLabel(t("surveys.field.promptFr")).fill(PROMPTS[key].fr);
      await change(form.getByRole("button", { name: t("surveys.builder.addQuestion") }));
      await expect(page.getByRole("heading", { level: 3, name: prompt(key) })).toBeVisible();
    },
    /** Adds options one save each; `settings` changes more in the same save as the first. */
    async options(
      key: keyof typeof PROMPTS,
      options: { en: string; fr: string }[],
      settings?: (form: Locator) => Promise<void>,
    ) {
      for (const [index, option] of options.entries()) {
        const form = await edit(key);
        if (index === 0) await settings?.(form);
        await form.getByLabel(t("surveys.field.newOptionEn")).fill(option.en);
        await form.getByLabel(t("surveys.field.newOptionFr")).fill(option.fr);
        await save(form);
      }
    },
  };
}

/** The coordinator creates the consultation (audience: Ontario) and builds and opens the survey. */
async function buildSurvey(page: Page, locale: Locale, tag: string) {
  const t = translator(locale);
  const prompt = (key: keyof typeof PROMPTS) => PROMPTS[key][locale];
  await page.goto(`/${locale}/staff/consultations/new`);
  const consultationTitle = both(`Provincial survey ${tag}`, `Sondage provincial ${tag}`);
  await page.getByLabel(t("consultations.form.titleEn")).fill(consultationTitle.en);
  await page.getByLabel(t("consultations.form.titleFr")).fill(consultationTitle.fr);
  await page.getByLabel(t("consultations.form.descriptionEn")).fill("Provincial practices.");
  await page.getByLabel(t("consultations.form.descriptionFr")).fill("Pratiques provinciales.");
  await page.getByLabel(t("consultations.form.type")).selectOption("un-report-input");
  await page.getByLabel(t("consultations.form.coversFrom"), { exact: true }).fill("2026-01-01");
  await page.getByLabel(t("consultations.form.coversTo"), { exact: true }).fill("2029-12-31");
  await page.getByLabel(t("consultations.form.opensAt")).fill("2026-03-08T09:00");
  await page.getByLabel(t("consultations.form.closesAt")).fill("2030-11-01T17:00");
  await page
    .getByLabel(t("consultations.form.organizations"))
    .selectOption({ label: ONTARIO[locale] });
  await page.getByRole("checkbox", { name: t("consultations.component.survey") }).check();
  await page.getByRole("button", { name: t("consultations.new.submit") }).click();
  await expect(page.getByText(t("consultations.saved.created"))).toBeVisible();
  await page.getByRole("button", { name: t("consultations.transition.open") }).click();
  await expect(page.getByText(t("consultations.saved.status"))).toBeVisible();

  await page.getByRole("link", { name: t("surveys.new.title"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("surveys.new.title"));
  await expect(page.getByText(t("surveys.new.none"))).toBeVisible();
  // A refused form says what is missing and keeps what was typed.
  const title = both(`Practices survey ${tag}`, `Sondage sur les pratiques ${tag}`);
  await page.getByLabel(t("surveys.field.titleEn")).fill(title.en);
  await page.getByRole("button", { name: t("surveys.new.submit") }).click();
  await expect(page.getByRole("alert")).toContainText(t("surveys.form.required"));
  await expect(page.getByLabel(t("surveys.field.titleEn"))).toHaveValue(title.en);
  await page.getByLabel(t("surveys.field.titleFr")).fill(title.fr);
  await page.getByLabel(t("surveys.field.closesAt")).fill("2030-02-26T17:00");
  await page.getByRole("button", { name: t("surveys.new.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("surveys.builder.title"));
  const builderUrl = page.url();

  const b = builder(page, locale);
  await b.add("ministry", "surveys.kind.short-text");
  await b.add("focus", "surveys.kind.single-choice");
  await b.options("focus", FOCUS_OPTIONS);
  await b.add("funds", "surveys.kind.yes-no");
  await b.add("describe", "surveys.kind.long-text");
  await b.add("groups", "surveys.kind.multiple-choice");
  await b.options("groups", GROUP_OPTIONS, (form) =>
    form.getByLabel(t("surveys.field.allowOther")).check(),
  );
  await b.add("scale", "surveys.kind.scale");
  await b.add("date", "surveys.kind.date");
  await b.add("staff", "surveys.kind.number");
  await b.add("matrix", "surveys.kind.objective-matrix");

  // Settings of each kind: required, scale labels, bounds, a condition ("other" is above).
  let form = await b.edit("ministry");
  await form.getByLabel(t("surveys.field.required")).check();
  await b.save(form);
  form = await b.edit("scale");
  await form.getByLabel(t("surveys.field.lowLabelEn")).fill("Not at all");
  await form.getByLabel(t("surveys.field.lowLabelFr")).fill("Pas du tout");
  await form.getByLabel(t("surveys.field.highLabelEn")).fill("Fully");
  await form.getByLabel(t("surveys.field.highLabelFr")).fill("Entièrement");
  await b.save(form);
  form = await b.edit("describe");
  await form.getByLabel(t("surveys.field.required")).check();
  await form.getByLabel(t("surveys.field.condition")).selectOption({
    label: t("surveys.builder.conditionChoice", {
      question: prompt("funds"),
      answer: t("surveys.respond.yes"),
    }),
  });
  await b.save(form);
  // A bound that is not a number is refused, as typed.
  form = await b.edit("staff");
  await form.getByLabel(t("surveys.field.min")).fill("0");
  await form.getByLabel(t("surveys.field.max")).fill("five hundred");
  await form.getByRole("button", { name: t("surveys.builder.saveQuestion") }).click();
  await expect(page.getByRole("alert")).toContainText(t("surveys.form.notANumber"));
  form = await b.edit("staff");
  await expect(form.getByLabel(t("surveys.field.max"))).toHaveValue("five hundred");
  await form.getByLabel(t("surveys.field.max")).fill("500");
  await b.save(form);

  // Reorder: the number goes up above the date.
  await page
    .getByRole("button", { name: t("surveys.builder.moveUp", { question: prompt("staff") }) })
    .click();
  await expect(page.getByText(t("surveys.builder.saved"))).toBeVisible();
  const headings = page.locator(".builder-questions > li h3");
  await expect(headings.nth(6)).toContainText(prompt("staff"));
  await expect(headings.nth(7)).toContainText(prompt("date"));
  await expectNoAxeViolations(page);

  // The preview in the other language: the condition hides a question until "yes".
  const other: Locale = locale === "en" ? "fr" : "en";
  const o = translator(other);
  await page
    .getByRole("link", {
      name: t(locale === "en" ? "surveys.builder.previewFr" : "surveys.builder.previewEn"),
    })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: title[other] })).toBeVisible();
  await expect(page.getByText(PROMPTS.describe[other])).toBeHidden();
  await page.getByRole("radio", { name: o("surveys.respond.yes"), exact: true }).check();
  await expect(page.getByText(PROMPTS.describe[other])).toBeVisible();
  await expect(page.getByRole("row", { name: /^23\. / })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(builderUrl);
  await page.getByRole("button", { name: t("surveys.builder.open") }).click();
  await expect(page.getByTestId("survey-state")).toContainText(
    t("surveys.builder.openedOn", { date: "" }).trim(),
  );
  const surveyId = new URL(builderUrl).pathname.split("/").pop()!;
  return { surveyId, title, builderUrl };
}

test.describe.configure({ mode: "parallel" });

for (const locale of LOCALES) {
  test(`(${locale}) a coordinator surveys a province: two colleagues answer, the coordinator reads the results and both CSVs`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
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
