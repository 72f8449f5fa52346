import { expect, test, type Browser, type Page } from "@playwright/test";
import { catalogs, translator, type MessageKey } from "../../app/i18n/translate";
import { DEMO, signedInRequest, signInContext } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES, waitForPageReady } from "./fixtures";
import { isKey, literalNoticeParams, RESOLVED, successBoxes } from "./success-boxes";
import {
  SUCCESS_STATES,
  type Locale,
  type Persona,
  type Prepared,
  type SuccessState,
} from "./success-states";
import {
  prepareContributorData,
  prepareDrafterData,
  prepareUnsubscribeToken,
} from "./success-states-fixture";

// axe on every success state, in English and in French (issue #9): the page a person lands on
// once an action has worked, with its confirmation notice (a `.success-box`, announced as a
// status). Notices a loader renders from the URL (`?notice=saved`, `?saved=created`) are
// visited with that URL; notices an action returns are reached by doing the action
// (./success-states.ts lists them). The first test reads every `.success-box` the app renders
// and fails when one shows a notice kind the list does not name, so a new success message
// means scanning it.

test("every success notice the app renders is in this sweep", () => {
  const covered = new Map<string, Set<string>>();
  for (const state of SUCCESS_STATES) {
    const keys = covered.get(state.route) ?? new Set<string>();
    for (const key of [state.key, ...(state.alsoShows ?? [])]) keys.add(key);
    covered.set(state.route, keys);
  }
  const boxes = successBoxes();
  // each box's keys, its expressions resolved
  const unresolved: string[] = [];
  const rendered = new Map<string, Set<string>>();
  for (const box of boxes) {
    const keys = rendered.get(box.route) ?? new Set<string>();
    for (const shows of box.shows) {
      if (isKey(shows)) keys.add(shows);
      else if (RESOLVED[box.route]?.[shows])
        RESOLVED[box.route]![shows]!.forEach((k) => keys.add(k));
      else unresolved.push(`${box.route}: ${shows}`);
    }
    rendered.set(box.route, keys);
  }
  const notScanned = [...rendered].flatMap(([route, keys]) =>
    [...keys].filter((key) => !covered.get(route)?.has(key)).map((key) => `${route}: ${key}`),
  );
  const notRendered = [...covered].flatMap(([route, keys]) =>
    [...keys].filter((key) => !rendered.get(route)?.has(key)).map((key) => `${route}: ${key}`),
  );
  // a redirect's literal notice parameter that no state visits
  const queries = SUCCESS_STATES.flatMap((state) => state.query?.split("&") ?? []);
  const names = new Set(queries.map((query) => query.split("=")[0]!));
  const unvisited = [...literalNoticeParams(names)].filter((param) => !queries.includes(param));
  // a kind added to a family of notices (`*.saved.*`, `*.notice.*`) that a box resolves to
  const unlisted = Object.values(RESOLVED)
    .flatMap((byExpression) => Object.values(byExpression))
    .flatMap((keys) => {
      const family = /^(.+\.(?:saved|notice)\.)/.exec(keys[0] ?? "")?.[1];
      if (!family || !keys.every((key) => key.startsWith(family))) return [];
      return Object.keys(catalogs.en).filter(
        (key) => key.startsWith(family) && !keys.includes(key as MessageKey),
      );
    });
  const unknownKeys = Object.values(RESOLVED)
    .flatMap((byExpression) => Object.values(byExpression).flat())
    .filter((key) => !isKey(key));
  const silent = boxes.filter((box) => !box.announced).map((box) => box.route);
  expect({ unresolved, notScanned, notRendered, unvisited, unlisted, unknownKeys, silent }).toEqual(
    {
      unlisted: [],
      silent: [],
      unresolved: [],
      notScanned: [],
      notRendered: [],
      unvisited: [],
      unknownKeys: [],
    },
  );
  expect(boxes.length).toBeGreaterThan(20);
  console.log(
    JSON.stringify({
      successStates: SUCCESS_STATES.length,
      languages: LOCALES.length,
      scans: SUCCESS_STATES.length * LOCALES.length,
    }),
  );
});

async function prepare(persona: Persona, locale: Locale, baseURL: string): Promise<Prepared> {
  // digits only: the queue's search finds the moderator's input by it as one word
  const stamp = `${Date.now()}${LOCALES.indexOf(locale)}${Math.floor(Math.random() * 1000)}`;
  const tag = `ok-${persona.toLowerCase()}-${stamp}`;
  if (persona === "contributorA") return { stamp, contributor: await prepareContributorData(tag) };
  if (persona === "drafter") return { stamp, drafter: await prepareDrafterData(tag) };
  if (persona === "anonymous")
    return { stamp, unsubscribeToken: await prepareUnsubscribeToken(tag) };
  if (persona === "moderator")
    return { stamp, queued: await submitPractice(baseURL, locale, stamp) };
  return { stamp };
}

/** contributorB submits a practice whose title carries `stamp`, for the queue to find alone. */
async function submitPractice(baseURL: string, locale: Locale, stamp: string) {
  const client = await signedInRequest(baseURL, DEMO.contributorB);
  const url = `/${locale}/consultations/2021-update/practices/new`;
  const form = await (await client.get(url)).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post(url, {
    multipart: {
      submitKey,
      intent: "submit",
      language: locale,
      title: `Success sweep ${stamp}`,
      summary: "Submitted so that the moderator's bulk actions have an input of their own.",
      description: "Volunteers meet newcomer families every week.",
      objectives: "7",
      scope: "provincial",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  await client.dispose();
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

async function reach(page: Page, state: SuccessState, data: Prepared, locale: Locale) {
  const t = translator(locale);
  const base = state.path(data).replaceAll("{lang}", locale);
  const url = state.query ? `${base}${base.includes("?") ? "&" : "?"}${state.query}` : base;
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await waitForPageReady(page);
  if (state.act) await state.act(page, t, data);
  const notice = t(state.key, state.values?.(t, data, locale));
  // announced as a status (WCAG 4.1.3), in the page's language
  const status = page.getByRole("status").filter({ hasText: notice });
  await expect(status).toBeVisible();
  for (const key of state.alsoShows ?? []) await expect(status).toContainText(t(key));
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expectNoAxeViolations(page);
}

async function signedInContexts(browser: Browser, persona: Persona, locale: Locale) {
  const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
  const page = await context.newPage();
  if (persona !== "anonymous") await signInContext(context, DEMO[persona]);
  return { context, page };
}

test.describe.configure({ timeout: 180_000 });

const PERSONAS = [...new Set(SUCCESS_STATES.map((state) => state.persona))];

for (const persona of PERSONAS) {
  const states = SUCCESS_STATES.filter((state) => state.persona === persona);
  for (const locale of LOCALES) {
    test(`the success states ${persona} reaches pass axe (${locale})`, async ({
      browser,
      baseURL,
    }) => {
      const [data, { context, page }] = await Promise.all([
        prepare(persona, locale, baseURL!),
        signedInContexts(browser, persona, locale),
      ]);
      for (const state of states)
        await test.step(`${state.route} ${state.key}`, () => reach(page, state, data, locale));
      await context.close();
    });
  }
}
