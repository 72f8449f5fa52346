import { expect, test, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { DEMO_PASSWORD } from "../../seeds/data/people";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { prepareDraftReview, prepareDraftSurvey } from "./keyboard-fixture";

// Keyboard only (issue #9): no clicks and no direct focus; every control is reached with Tab
// and worked with the keys a keyboard user has. A control Tab cannot reach fails the test.

async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused control shows the focus ring (`:focus-visible`, a 3 px outline). */
async function expectFocusVisible(target: Locator) {
  const ring = await target.evaluate((element) => ({
    focused: element === document.activeElement,
    visible: element.matches(":focus-visible"),
    outline: getComputedStyle(element).outlineStyle,
    width: parseFloat(getComputedStyle(element).outlineWidth),
  }));
  expect(ring).toEqual({ focused: true, visible: true, outline: "solid", width: 3 });
}

/** Moves the choice of a focused select with the arrow keys until it holds `value`. */
async function arrowToOption(page: Page, select: Locator, value: string, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`the arrow keys never chose ${value} in ${select.toString()}`);
}

/** Tab enters a radio group on one radio; the arrow keys move to (and check) `target`. */
async function arrowToRadio(page: Page, group: Locator, target: Locator, limit = 10) {
  await tabTo(page, group.getByRole("radio").first());
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      // Tab lands on an unchecked group's first radio without checking it: Space does.
      if (!(await target.isChecked())) await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`the arrow keys never reached ${target.toString()}`);
}

for (const locale of ["en", "fr"] as const) {
  test(`a contributor signs in and saves a practice with the keyboard only (${locale})`, async ({
    page,
  }) => {
    const t = translator(locale);
    const text = {
      email: t("signIn.email"),
      password: t("signIn.password"),
      title: t("contributions.field.title"),
      save: t("contributions.action.saveDraft"),
    };
    await page.goto(`/${locale}/sign-in`);
    await tabTo(page, page.getByLabel(text.email));
    await page.keyboard.type(DEMO.colleagueA);
    await tabTo(page, page.getByLabel(text.password, { exact: true }));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));

    await page.goto(`/${locale}/consultations/2021-update/practices/new`);
    const title = `Keyboard-only practice ${locale} ${Date.now()}`;
    await tabTo(page, page.getByLabel(text.title));
    await page.keyboard.type(title);
    // Objective checkboxes: reached with Tab, ticked with Space.
    const objective = page.locator('input[name="objectives"][value="7"]');
    await tabTo(page, objective, 200);
    await page.keyboard.press("Space");
    await expect(objective).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: text.save }), 200);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/my\/inputs\/RT-\d{4}-\d{6}/);
    // the saved draft opens with what was typed and ticked
    await expect(page.getByLabel(text.title)).toHaveValue(title);
    await expect(page.locator('input[name="objectives"][value="7"]')).toBeChecked();
  });
}

for (const locale of ["en", "fr"] as const) {
  test(`a moderator filters the queue, opens an input and records decisions with the keyboard only (${locale})`, async ({
    page,
    baseURL,
  }) => {
    const t = translator(locale);
    // About 40 s on a loaded 2-core machine (one Tab press per control of the filter form).
    test.setTimeout(90_000);
    // One input of this run's own, found by a word no other spec uses.
    const word = `keyboardtriage${Date.now()}`;
    const provincial = await signedInRequest(baseURL!, DEMO.contributorB);
    const form = await (await provincial.get("/en/consultations/2021-update/practices/new")).text();
    const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
    const submitted = await provincial.post("/en/consultations/2021-update/practices/new", {
      multipart: {
        submitKey,
        intent: "submit",
        language: "en",
        title: `Welcome desk ${word}`,
        summary: "A welcome desk for newcomers.",
        description: "Newcomers are met at the desk and referred to services.",
        objectives: "7",
        scope: "provincial",
        consent: "attributed",
      },
      maxRedirects: 0,
    });
    expect(submitted.status()).toBe(302);
    const reference = /RT-\d{4}-\d{6}/.exec(submitted.headers()["location"]!)![0];
    await provincial.dispose();

    await signInWithBrowser(page, DEMO.moderator, locale);
    await page.goto(`/${locale}/staff/triage`);
    // Filters: objective 7 chosen with the arrow keys, the search word typed, applied with Enter.
    const objective = page.getByLabel(t("triage.filter.objective"), { exact: true });
    await tabTo(page, objective);
    await expectFocusVisible(objective);
    await arrowToOption(page, objective, "7");
    const search = page.getByLabel(t("triage.filter.q"));
    await tabTo(page, search);
    await page.keyboard.type(word);
    const apply = page.getByRole("button", { name: t("triage.filter.apply") });
    await tabTo(page, apply);
    await expectFocusVisible(apply);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`objective=7.*q=${word}`));

    // The one input found, opened with Enter on its link.
    const link = page.getByRole("link", { name: reference, exact: true });
    await tabTo(page, link, 200);
    await expectFocusVisible(link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/triage/${reference}`));

    // Decisions: the radio reached with Tab and the arrow keys, recorded with Enter.
    const decide = async (to: string) => {
      const group = page.getByRole("group", { name: t("triage.decide.to") });
      const radio = group.getByRole("radio", { name: to, exact: true });
      await arrowToRadio(page, group, radio);
      await expect(radio).toBeChecked();
      await expectFocusVisible(radio);
      const submit = page.getByRole("button", { name: t("triage.decide.submit") });
      await tabTo(page, submit);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status")).toContainText(t("triage.decided"));
    };
    await decide(t("contributions.status.in-review"));
    await decide(t("contributions.status.accepted"));
    // The decision is in the history, and from "accepted" only a move back to review is left.
    await expect(
      page.getByRole("listitem").filter({
        hasText: `${t("contributions.status.in-review")} → ${t("contributions.status.accepted")}`,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("group", { name: t("triage.decide.to") }).getByRole("radio"),
    ).toHaveCount(1);
  });

  test(`a drafter writes a section and cites an input from the evidence with the keyboard only (${locale})`, async ({
    page,
  }) => {
    const t = translator(locale);
    const { consultationId, reference } = await prepareDraftReview(`review${locale}${Date.now()}`);
    await signInWithBrowser(page, DEMO.drafter, locale);
    await page.goto(`/${locale}/staff/reviews/${consultationId}`);
    // The first section, opened from the overview's table with Enter.
    const section = page.getByRole("table").getByRole("link", { name: /^1\. / });
    await tabTo(page, section);
    await expectFocusVisible(section);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sections\/\d+$/);

    const bodyEn = page.getByLabel(t("review.editor.bodyEn"));
    await tabTo(page, bodyEn);
    await expectFocusVisible(bodyEn);
    await page.keyboard.type("Partners reported results");
    const bodyFr = page.getByLabel(t("review.editor.bodyFr"));
    await tabTo(page, bodyFr);
    await page.keyboard.type("Les partenaires ont fait état de résultats");
    // Back to the English text to put the caret at its end, then on to the evidence panel's Cite
    // button, tabbing through the French text on the way: the citation goes where the English
    // text's caret was (the text last worked in, not the last one Tab passed through).
    await page.keyboard.press("Shift+Tab");
    await expect(bodyEn).toBeFocused();
    await page.keyboard.press("End");
    const cite = page.getByRole("button", { name: t("review.evidence.cite", { reference }) });
    await tabTo(page, cite);
    await expectFocusVisible(cite);
    await page.keyboard.press("Enter");
    await expect(bodyEn).toHaveValue(`Partners reported results [@${reference}]`);
    await expect(bodyEn).toBeFocused();

    const save = page.getByRole("button", { name: t("review.editor.save") });
    await tabTo(page, save);
    await expectFocusVisible(save);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText(t("review.editor.saved", { revision: 1 }));
    await expect(bodyEn).toHaveValue(`Partners reported results [@${reference}]`);
    await expect(bodyFr).toHaveValue("Les partenaires ont fait état de résultats");
  });

  test(`a coordinator adds a survey question with the keyboard only (${locale})`, async ({
    page,
  }) => {
    const t = translator(locale);
    const { surveyId } = await prepareDraftSurvey(`survey${locale}${Date.now()}`);
    await signInWithBrowser(page, DEMO.coordinator, locale);
    await page.goto(`/${locale}/staff/surveys/${surveyId}`);
    // The "add a question" disclosure, opened with Enter on its summary.
    const summary = page.locator("summary", {
      hasText: t("surveys.builder.addQuestionTo", { number: 1 }),
    });
    await tabTo(page, summary);
    await expectFocusVisible(summary);
    await page.keyboard.press("Enter");
    const form = page.locator("details[open]").filter({ has: summary });
    const kind = form.getByLabel(t("surveys.field.kind"));
    await tabTo(page, kind);
    await arrowToOption(page, kind, "yes-no");
    await tabTo(page, form.getByLabel(t("surveys.field.promptEn")));
    const prompts = {
      en: "Do you fund language classes?",
      fr: "Financez-vous des cours de langue?",
    };
    await page.keyboard.type(prompts.en);
    await tabTo(page, form.getByLabel(t("surveys.field.promptFr")));
    await page.keyboard.type(prompts.fr);
    const add = form.getByRole("button", { name: t("surveys.builder.addQuestion") });
    await tabTo(page, add);
    await expectFocusVisible(add);
    await page.keyboard.press("Enter");

    await expect(page.getByText(t("surveys.builder.saved"))).toBeVisible();
    const question = page.locator(".builder-questions > li").filter({
      // the builder shows the prompt in the page's language
      has: page.getByRole("heading", { level: 3, name: prompts[locale] }),
    });
    await expect(question).toBeVisible();
    await expect(question).toContainText(t("surveys.kind.yes-no"));
  });
}
