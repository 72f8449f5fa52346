import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { prepareAccessibilityData, type AccessibilityData } from "./accessibility-fixture";
import { DEMO, signInContext } from "./auth-helpers";
import { AUTHORIZATION_MATRIX, PERSONAS, type Persona } from "./authorization-matrix";
import { expectNoAxeViolations, LOCALES, waitForPageReady } from "./fixtures";

// axe on every page of the authorization matrix, in English and in French (issue #9), as the
// first persona the matrix lets see it. A route the build gains is scanned as soon as its row
// answers 200 to someone; one that renders nothing must be named in NOT_A_PAGE, and one whose
// sample answers 404 to everyone needs a sample that exists in SCANNED_AT: otherwise the first
// test fails, so adding a route means deciding. The forms' error states are scanned by
// error-states-are-accessible.spec.ts.

/** Routes with no page (no component in the build): why axe has nothing to read there. */
const NOT_A_PAGE: Record<string, string> = {
  "routes/language-redirect": "redirects / to /en or /fr by the browser's language",
  "routes/resources/healthz": "JSON status for load balancers",
  "routes/auth/sign-out": "a GET redirects; signing out is a POST from the header's button",
  "routes/resources/session-extend": "POST-only fetcher endpoint of the session warning (405)",
  "routes/resources/attachment-download": "an attachment file, sent as a download",
  "routes/resources/staff-attachment-download": "an attachment file, sent as a download",
  "routes/resources/consultation-inputs-csv": "CSV download",
  "routes/resources/survey-results-csv": "CSV download",
  "routes/resources/survey-answers-csv": "CSV download",
  "routes/resources/practices-csv": "CSV open data",
  "routes/resources/practices-json": "JSON open data",
  "routes/resources/practice-hub-json": "JSON export for the UN Migration Network Hub",
  "routes/resources/practice-hub-docx": "Word export for the UN Migration Network Hub",
  "routes/resources/review-export-docx": "Word export of the review",
  "routes/resources/review-export-pdf": "PDF export of the review",
  "routes/resources/survey-response-docx": "Word copy of a survey response",
  "routes/resources/survey-response-pdf": "PDF copy of a survey response",
};

interface Scan {
  persona: Persona;
  /** without the language prefix; `{lang}` stands for the language scanned */
  path: string | ((data: AccessibilityData) => string);
  status: number;
  /** sent as an attachment: read as the file a person opens, not navigated to */
  download?: true;
}

/**
 * Pages whose matrix sample is a 404 for everyone (it checks they hide), scanned where they
 * exist; and the review's HTML export, a document people read that has no component.
 */
const SCANNED_AT: Record<string, Scan> = {
  "routes/root-not-found": { persona: "anonymous", path: "/no/such/page", status: 404 },
  "routes/public/not-found": { persona: "anonymous", path: "/{lang}/no-such-page", status: 404 },
  "routes/public/review": {
    persona: "anonymous",
    path: (data) => `/{lang}/reviews/${data.slug}`,
    status: 200,
  },
  "routes/auth/accept-invitation": {
    persona: "anonymous",
    path: (data) => `/{lang}/invitations/${data.invitationToken}`,
    status: 200,
  },
  "routes/public/review-draft": {
    persona: "contributorA",
    path: (data) => `/{lang}/reviews/${data.slug}/draft`,
    status: 200,
  },
  "routes/me/input": {
    persona: "contributorA",
    path: (data) => `/{lang}/my/inputs/${data.ownInput}`,
    status: 200,
  },
  "routes/me/input-receipt": {
    persona: "contributorA",
    path: (data) => `/{lang}/my/inputs/${data.ownInput}/receipt`,
    status: 200,
  },
  "routes/me/input-translation": {
    persona: "contributorA",
    path: (data) => `/{lang}/my/inputs/${data.ownInput}/other-language`,
    status: 200,
  },
  // The demo's survey 2 is closed with a response: its results have something to show.
  "routes/staff/survey-results": {
    persona: "coordinator",
    path: "/{lang}/staff/surveys/2/results",
    status: 200,
  },
  "routes/resources/review-export-html": {
    persona: "drafter",
    path: (data) => `/en/staff/reviews/${data.consultationId}/export.html?lang={lang}`,
    status: 200,
    download: true,
  },
};

/** Every other route: its matrix sample, in the scanned language, as the first persona let in. */
function matrixScan(id: string): Scan | null {
  const row = AUTHORIZATION_MATRIX[id];
  const persona = row && PERSONAS.find((p) => row.expected[p] === 200);
  if (!row || !persona) return null;
  return { persona, path: row.url.replace(/^\/(en|fr)(?=\/|\?|$)/, "/{lang}"), status: 200 };
}

function scanOf(id: string): Scan | null {
  if (id in NOT_A_PAGE) return null;
  return SCANNED_AT[id] ?? matrixScan(id);
}

const SCANS = Object.keys(AUTHORIZATION_MATRIX)
  .map((id) => ({ id, scan: scanOf(id) }))
  .filter((entry): entry is { id: string; scan: Scan } => entry.scan !== null);

test("every route of the build is scanned with axe or named as not a page", async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const routes = Object.entries(build.routes);
  const scanned = new Set(SCANS.map((entry) => entry.id));
  const undecided = routes
    .filter(([id]) => !(id in NOT_A_PAGE) && !scanned.has(id))
    .map(([id]) => id);
  // only routes that render nothing may be left out, and the lists name only routes that exist
  const pagesLeftOut = Object.keys(NOT_A_PAGE).filter((id) => build.routes[id]?.module.default);
  const unscanned = Object.keys(SCANNED_AT).filter((id) => !scanned.has(id));
  const stale = [...Object.keys(NOT_A_PAGE), ...Object.keys(SCANNED_AT)].filter(
    (id) => !(id in build.routes),
  );
  expect({ undecided, pagesLeftOut, unscanned, stale }).toEqual({
    undecided: [],
    pagesLeftOut: [],
    unscanned: [],
    stale: [],
  });
  console.log(
    JSON.stringify({
      routes: routes.length,
      scanned: SCANS.length,
      notAPage: routes.length - SCANS.length,
    }),
  );
});

async function scan(page: Page, url: string, target: Scan, locale: string) {
  if (target.download) {
    // the file opened from the downloads folder: the same HTML, without the app around it
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(target.status);
    expect(response.headers()["content-type"], url).toContain("text/html");
    await page.setContent(await response.text());
  } else {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(target.status);
    expect(response?.headers()["content-type"], url).toContain("text/html");
  }
  // the bilingual root 404 page is in English first whatever the browser's language; the
  // review's export names its region too (fr-CA)
  if (!url.startsWith("/no/"))
    await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${locale}(-CA)?$`));
  await waitForPageReady(page);
  await expectNoAxeViolations(page);
}

// Up to 18 pages a test (61 routes over 6 personas); each scan takes a core for a second or two.
test.describe.configure({ timeout: 240_000 });

for (const persona of PERSONAS) {
  const scans = SCANS.filter((entry) => entry.scan.persona === persona);
  if (scans.length === 0) continue;
  for (const locale of LOCALES) {
    test(`the pages first open to ${persona} pass axe (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
      const page = await context.newPage();
      if (persona !== "anonymous") await signInContext(context, DEMO[persona]);
      const data = scans.some((entry) => typeof entry.scan.path === "function")
        ? await prepareAccessibilityData(`a11y-${persona.toLowerCase()}-${locale}-${Date.now()}`)
        : null;
      const seen = new Set<string>();
      for (const { id, scan: target } of scans) {
        const raw = typeof target.path === "function" ? target.path(data!) : target.path;
        const url = raw.replaceAll("{lang}", locale);
        if (seen.has(url)) continue; // the root and the layout share the home page's URL
        seen.add(url);
        await test.step(`${id} ${url}`, () => scan(page, url, target, locale));
      }
      await context.close();
    });
  }
}
