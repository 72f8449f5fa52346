// The survey journey's data and the coordinator's steps (consultation, builder), in one
// language: every label comes from that language's catalog.
import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { expectNoAxeViolations, type LOCALES } from "./fixtures";

export type Locale = (typeof LOCALES)[number];
export const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const both = (en: string, fr: string) => ({ en, fr });

export const PROMPTS = {
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
export const FOCUS_OPTIONS = [
  both("Settlement", "Établissement"),
  both("Labour market", "Marché du travail"),
];
export const GROUP_OPTIONS = [
  both("Refugees", "Personnes réfugiées"),
  both("Students", "Étudiants"),
];
export const PARTLY = both("Partly aligned", "Partiellement conforme");
export const ONTARIO = both("Government of Ontario", "Gouvernement de l'Ontario");
export const MINISTRY = "Ministry of Labour, Immigration, Training and Skills Development";
export const NURSES = "Provincial bridging programs for internationally trained nurses.";
export const SERVICES = "Tables fédérales-provinciales et services d'établissement en région.";
export const OTHER_GROUP = "Travailleurs agricoles saisonniers";

/** Clicks a download link and returns the file's name and bytes. */
export async function download(page: Page, name: string) {
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
export async function buildSurvey(page: Page, locale: Locale, tag: string) {
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
