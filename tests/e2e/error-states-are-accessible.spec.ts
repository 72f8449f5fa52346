import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { catalogs, translator, type MessageKey } from "../../app/i18n/translate";
import { DEMO, signInContext } from "./auth-helpers";
import { PERSONAS, type Persona } from "./authorization-matrix";
import {
  ERROR_STATES,
  EXEMPT,
  fillFields,
  typed,
  type ErrorState,
  type Prepared,
} from "./error-states";
import {
  prepareContributorErrors,
  prepareCoordinatorErrors,
  prepareDrafterErrors,
  prepareInvitation,
  prepareModeratorErrors,
  prepareRespondentErrors,
} from "./error-states-fixture";
import { expectNoAxeViolations, LOCALES, waitForPageReady } from "./fixtures";

// axe on the error state of every form, in English and in French (issue #9): the page a person
// gets back after submitting bad input, its error summary (an alert) and the fields' messages.
// ./error-states.ts names, for every route of the build with an action and a page, how to make
// its form fail, or why it has none a person types into (EXEMPT): the first test fails on a
// route in neither, so a new form means deciding.

type Locale = (typeof LOCALES)[number];

test("every route with a form is scanned in its error state or named as exempt", async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const forms = Object.entries(build.routes)
    .filter(([, route]) => route.module.action && route.module.default)
    .map(([id]) => id);
  const scanned = new Set(ERROR_STATES.map((state) => state.route));
  const undecided = forms.filter((id) => !scanned.has(id) && !(id in EXEMPT));
  // the lists name only routes with a form, and no route is both scanned and exempt
  const stale = [...scanned, ...Object.keys(EXEMPT)].filter((id) => !forms.includes(id));
  const both = Object.keys(EXEMPT).filter((id) => scanned.has(id));
  expect({ undecided, stale, both }).toEqual({ undecided: [], stale: [], both: [] });
  console.log(
    JSON.stringify({
      errorStateRoutes: scanned.size,
      errorStates: ERROR_STATES.length,
      errorExempt: Object.keys(EXEMPT).length,
      languages: LOCALES.length,
      errorScans: ERROR_STATES.length * LOCALES.length,
    }),
  );
});

async function prepare(persona: Persona, locale: Locale): Promise<Prepared> {
  const tag = `err-${persona.toLowerCase()}-${locale}-${Date.now()}`;
  if (persona === "anonymous") return { invitationToken: await prepareInvitation(tag) };
  if (persona === "contributorA") return { contributor: await prepareContributorErrors(tag) };
  if (persona === "moderator") return { queued: await prepareModeratorErrors(tag) };
  if (persona === "drafter") return { drafter: await prepareDrafterErrors(tag) };
  if (persona === "coordinator") return { coordinator: await prepareCoordinatorErrors(tag) };
  if (persona === "contributorB") return { survey: await prepareRespondentErrors(tag) };
  return {};
}

/** The catalog message as a pattern: its `{placeholders}` match anything. */
function messagePattern(text: string) {
  const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".*"), "s");
}

const KEY = /\b[a-z][a-zA-Z]*(?:\.[a-zA-Z-]+)+\b/g;

async function reach(page: Page, state: ErrorState, data: Prepared, locale: Locale) {
  const t = translator(locale);
  const url = state.path(data).replaceAll("{lang}", locale);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await waitForPageReady(page);
  await fillFields(page, state, data);
  const form = state.form ? page.locator(state.form) : page;
  await form.getByRole("button", { name: t(state.submit), exact: true }).click();
  // the error, announced as an alert, in the page's language, every message translated
  const alert = page.getByRole("alert").filter({
    hasText: messagePattern(t(state.shows ?? ("form.errorSummary" satisfies MessageKey))),
  });
  await expect(alert).toBeVisible();
  const said = (await alert.innerText()).match(KEY) ?? [];
  expect(
    said.filter((word) => word in catalogs.en),
    "catalog keys shown untranslated",
  ).toEqual([]);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  // nothing typed that was valid is lost
  for (const [selector, value] of Object.entries(typed(state.keep, data)))
    await expect(page.locator(selector), selector).toHaveValue(value);
  await expectNoAxeViolations(page);
}

// Up to 7 forms a test: each is one page, one submit and one scan.
test.describe.configure({ timeout: 180_000 });

for (const persona of PERSONAS) {
  const states = ERROR_STATES.filter((state) => state.persona === persona);
  if (states.length === 0) continue;
  for (const locale of LOCALES) {
    test(`the error states ${persona} reaches pass axe (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
      const page = await context.newPage();
      const [data] = await Promise.all([
        prepare(persona, locale),
        persona === "anonymous" ? Promise.resolve() : signInContext(context, DEMO[persona]),
      ]);
      for (const state of states)
        await test.step(`${state.route} ${state.submit}`, () => reach(page, state, data, locale));
      await context.close();
    });
  }
}
