import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

/** The form inside a <details> whose summary reads `summary`, opened. */
async function openDetails(page: Page, summary: string) {
  const details = page.locator("details").filter({
    has: page.locator("summary", { hasText: new RegExp(`^${escape(summary)}$`) }),
  });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
    await details.locator("summary").click();
  return details;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Clicks a builder button and waits for the page of the next version (every change bumps it). */
async function change(page: Page, button: Locator) {
  const version = await page.locator('input[name="version"]').first().inputValue();
  await button.click();
  await expect(page.locator('input[name="version"]').first()).not.toHaveValue(version);
  await expect(page.getByText("Your change was saved.")).toBeVisible();
}

async function addQuestion(page: Page, kind: string, promptEn: string, promptFr: string) {
  const form = await openDetails(page, "Add a question to section 1");
  await form.getByLabel("Kind of question").selectOption({ label: kind });
  await form.getByLabel("Question (English)").fill(promptEn);
  await form.getByLabel("Question (French)").fill(promptFr);
  await change(page, form.getByRole("button", { name: "Add the question" }));
  await expect(page.getByRole("heading", { level: 3, name: promptEn })).toBeVisible();
}

async function editQuestion(page: Page, promptEn: string) {
  return openDetails(page, `Edit “${promptEn}”`);
}

async function saveQuestion(page: Page, form: Awaited<ReturnType<typeof editQuestion>>) {
  await change(page, form.getByRole("button", { name: "Save the question" }));
}

async function addOptions(page: Page, promptEn: string, options: [string, string][]) {
  for (const [en, fr] of options) {
    const form = await editQuestion(page, promptEn);
    await form.getByLabel("New option (English)").fill(en);
    await form.getByLabel("New option (French)").fill(fr);
    await saveQuestion(page, form);
  }
}

test("coordinator builds a survey with every kind of question, a condition and the objective matrix, previews it in both languages and opens it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInWithBrowser(page, DEMO.coordinator);
  await page.goto("/en/staff/consultations");
  // The 2020 review has no audience list: opening this survey e-mails nobody, so the
  // notification counts other journeys check stay put (the 2021 update carries the demo survey).
  await page.getByRole("link", { name: "2020 GCM regional review" }).click();
  await page.getByRole("link", { name: "Surveys" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Surveys");
  await expect(page.getByText("This consultation has no survey yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // A refused form says what is missing and keeps what was typed.
  await page.getByLabel("Title (English)").fill("Municipal practices survey");
  await page.getByRole("button", { name: "Create the survey" }).click();
  await expect(page.getByRole("alert")).toContainText("This field is required.");
  await expect(page.getByLabel("Title (English)")).toHaveValue("Municipal practices survey");
  await expectNoAxeViolations(page);
  await page.getByLabel("Title (French)").fill("Sondage sur les pratiques municipales");
  await page.getByLabel("Closes at").fill("2027-02-26T17:00");
  await page.getByRole("button", { name: "Create the survey" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Survey builder");
  await expect(page.getByTestId("survey-state")).toContainText("Not open yet");
  const builderUrl = page.url();

  await addQuestion(page, "Short text", "Name of your municipality", "Nom de votre municipalité");
  await addQuestion(
    page,
    "Single choice",
    "Size of your municipality",
    "Taille de votre municipalité",
  );
  await addOptions(page, "Size of your municipality", [
    ["Under 100,000 residents", "Moins de 100 000 habitants"],
    ["100,000 residents or more", "100 000 habitants ou plus"],
  ]);
  await addQuestion(
    page,
    "Yes or no",
    "Do you fund newcomer services?",
    "Financez-vous des services aux nouveaux arrivants?",
  );
  await addQuestion(
    page,
    "Long text",
    "Describe the services you fund",
    "Décrivez les services que vous financez",
  );
  await addQuestion(page, "Multiple choice", "Groups you serve", "Groupes que vous servez");
  await addOptions(page, "Groups you serve", [
    ["Refugees", "Personnes réfugiées"],
    ["International students", "Étudiants étrangers"],
  ]);
  await addQuestion(
    page,
    "Scale from 1 to 5",
    "How well coordinated are the levels of government?",
    "Dans quelle mesure les ordres de gouvernement sont-ils coordonnés?",
  );
  await addQuestion(
    page,
    "Number",
    "Staff working on integration",
    "Personnel affecté à l'intégration",
  );
  await addQuestion(
    page,
    "Date",
    "Date of your last integration strategy",
    "Date de votre dernière stratégie d'intégration",
  );
  await addQuestion(
    page,
    "Objective matrix (23 objectives)",
    "Alignment of your practices with each objective",
    "Cohérence de vos pratiques avec chaque objectif",
  );

  // Settings of each kind: required, "other", scale labels, bounds, a condition.
  let form = await editQuestion(page, "Name of your municipality");
  await form.getByLabel("An answer is required").check();
  await form.getByLabel("Help text (English)").fill("As it appears in provincial records.");
  await form
    .getByLabel("Help text (French)")
    .fill("Tel qu'il figure dans les registres provinciaux.");
  await saveQuestion(page, form);
  form = await editQuestion(page, "Groups you serve");
  await form.getByLabel("Offer “Other, please specify”").check();
  await saveQuestion(page, form);
  form = await editQuestion(page, "How well coordinated are the levels of government?");
  await form.getByLabel("Label of 1 (English)").fill("Not at all");
  await form.getByLabel("Label of 1 (French)").fill("Pas du tout");
  await form.getByLabel("Label of 5 (English)").fill("Fully");
  await form.getByLabel("Label of 5 (French)").fill("Entièrement");
  await saveQuestion(page, form);
  form = await editQuestion(page, "Staff working on integration");
  await form.getByLabel("Smallest number allowed").fill("0");
  await form.getByLabel("Largest number allowed").fill("five hundred");
  await form.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a number, for example 0 or 100.");
  form = await editQuestion(page, "Staff working on integration");
  await expect(form.getByLabel("Largest number allowed")).toHaveValue("five hundred");
  await expectNoAxeViolations(page);
  await form.getByLabel("Largest number allowed").fill("500");
  await saveQuestion(page, form);
  form = await editQuestion(page, "Describe the services you fund");
  await form.getByLabel("An answer is required").check();
  await form
    .getByLabel("Show this question")
    .selectOption({ label: "Only if “Do you fund newcomer services?” is answered “Yes”" });
  await saveQuestion(page, form);
  form = await editQuestion(page, "Describe the services you fund");
  await expect(form.getByLabel("Show this question")).toHaveValue(/:yes$/);

  // Reorder: the date question goes up above the number.
  await page
    .getByRole("button", { name: "Move “Date of your last integration strategy” up" })
    .click();
  await expect(page.getByText("Your change was saved.")).toBeVisible();
  const headings = page.locator(".builder-questions > li h3");
  await expect(headings.nth(6)).toContainText("Date of your last integration strategy");
  await expect(headings.nth(7)).toContainText("Staff working on integration");

  await expectNoAxeViolations(page);

  // The preview shows the respondent's page in either language; the condition hides a question.
  await page.getByRole("link", { name: "Preview in French" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Sondage sur les pratiques municipales" }),
  ).toBeVisible();
  await expect(page.getByText("Taille de votre municipalité")).toBeVisible();
  await expect(page.getByRole("row", { name: /23\. / })).toBeVisible();
  await expect(page.getByText("Décrivez les services que vous financez")).toBeHidden();
  await page.getByRole("radio", { name: "Oui" }).check();
  await expect(page.getByText("Décrivez les services que vous financez")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "See it in English" }).click();
  await expect(page.getByText("1 – Not at all")).toBeVisible();
  await expectNoAxeViolations(page);

  // The builder in French, then open the survey.
  await page.goto(builderUrl.replace("/en/", "/fr/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conception du sondage");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ouvrir le sondage et aviser les organisations" }).click();
  await expect(page.getByTestId("survey-state")).toContainText("Ouvert depuis le");
  await page.goto(builderUrl);
  await expect(page.getByTestId("survey-state")).toContainText("Open since");

  // The builder and the consultation's list of surveys lead to the results, empty for now.
  await page.getByRole("link", { name: "Results and exports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Results: Municipal practices survey",
  );
  await expect(page.getByTestId("only-submitted")).toContainText("0 draft(s), 0 submitted");
  await page.getByRole("link", { name: "Survey builder" }).click();
  await expect(page).toHaveURL(builderUrl);
  await page.goBack();
  await page.getByRole("link", { name: "2020 GCM regional review" }).click();
  await page.getByRole("link", { name: "Surveys" }).click();
  await page.getByRole("link", { name: "Results and exports: Municipal practices survey" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/surveys\/\d+\/results$/);
});
