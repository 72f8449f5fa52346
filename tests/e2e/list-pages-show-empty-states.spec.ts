import path from "node:path";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { expect, test, type BrowserContext } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { DEMO, signInContext } from "./auth-helpers";
import { prepareEmptyStates, type EmptyStatesData } from "./empty-states-fixture";
import { expectNoAxeViolations, LOCALES, waitForPageReady } from "./fixtures";
import {
  formatNumber,
  translator,
  type MessageKey,
  type TranslateValues,
} from "../../app/i18n/translate";

// The empty state of every page that lists something, in English and in French (issue #9):
// reached through a search that matches nothing or through people and consultations made for
// this spec with nothing in them (never by deleting shared data), checked to show its
// catalog message, then scanned with axe. Every page of the build is either here, or named as
// having no list, or as having a list that cannot be emptied: the first test fails otherwise,
// so a new page means deciding.

type Locale = (typeof LOCALES)[number];
/** demo people, and the people the fixture makes (a new contributor, a new moderator) */
type Who = "anonymous" | "coordinator" | "drafter" | "admin" | "newcomer" | "moderator";
type Shown = MessageKey | [MessageKey, (locale: Locale, data: EmptyStatesData) => TranslateValues];

interface EmptyState {
  who: Who;
  /** without the language prefix */
  path: (data: EmptyStatesData) => string;
  /** the catalog messages the empty page must show */
  shows: Shown[];
}

const EMPTY_STATES: Record<string, EmptyState> = {
  "routes/public/practices": {
    who: "anonymous",
    path: (d) => `/practices?q=${d.nothing}`,
    shows: ["repository.results.none", "repository.empty"],
  },
  "routes/public/consultation": {
    who: "anonymous",
    path: (d) => `/consultations/${d.bare.slug}`,
    shows: ["consultation.noPractices"],
  },
  "routes/public/review": {
    who: "anonymous",
    path: (d) => `/reviews/${d.published.slug}`,
    shows: ["reviewPublication.document.annexEmpty"],
  },
  "routes/public/review-draft": {
    who: "newcomer",
    path: (d) => `/reviews/${d.published.slug}/draft`,
    shows: ["reviewPublication.draft.empty"],
  },
  "routes/me/inputs": {
    who: "newcomer",
    path: () => "/my/inputs",
    shows: ["contributions.myInputs.empty"],
  },
  "routes/me/notifications": {
    who: "newcomer",
    path: () => "/notifications",
    shows: ["notifications.empty"],
  },
  "routes/me/survey-list": {
    who: "newcomer",
    path: () => "/my/surveys",
    shows: ["surveys.mine.none"],
  },
  "routes/staff/triage-queue": {
    who: "moderator",
    path: (d) => `/staff/triage?q=${d.nothing}`,
    shows: ["triage.empty", "triage.views.none"],
  },
  "routes/staff/triage-item": {
    who: "moderator",
    path: (d) => `/staff/triage/${d.submitted}`,
    shows: ["triage.notes.none", "triage.dup.none"],
  },
  "routes/staff/consultation-uptake": {
    who: "coordinator",
    path: (d) => `/staff/consultations/${d.bare.consultationId}/uptake`,
    shows: ["consultations.uptake.none"],
  },
  "routes/staff/survey-new": {
    who: "coordinator",
    path: (d) => `/staff/consultations/${d.bare.consultationId}/surveys/new`,
    shows: ["surveys.new.none"],
  },
  "routes/staff/survey-builder": {
    who: "coordinator",
    path: (d) => `/staff/surveys/${d.surveys.unbuilt}`,
    shows: ["surveys.builder.sectionEmpty"],
  },
  "routes/staff/survey-results": {
    who: "coordinator",
    path: (d) => `/staff/surveys/${d.surveys.unanswered}/results`,
    shows: [
      "surveyResults.rate.none",
      "surveyResults.pending.nobodyInvited",
      "surveyResults.texts.none",
      "surveyResults.matrix.none",
    ],
  },
  "routes/staff/review-overview": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.bare.consultationId}`,
    shows: ["review.history.empty"],
  },
  "routes/staff/review-coverage": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.bare.consultationId}/coverage`,
    shows: [
      [
        "review.coverage.summary",
        (locale, d) => ({
          cited: formatNumber(locale, 0),
          gaps: formatNumber(locale, d.objectives),
        }),
      ],
    ],
  },
  "routes/staff/review-section": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.bare.consultationId}/sections/${d.bare.sectionId}`,
    shows: ["review.evidence.empty"],
  },
  "routes/staff/review-revisions": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.bare.consultationId}/sections/${d.bare.sectionId}/revisions`,
    shows: ["review.revisions.none"],
  },
  "routes/staff/review-publication": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.bare.consultationId}/publication`,
    shows: ["reviewPublication.staff.exportsNone"],
  },
  "routes/staff/review-comments": {
    who: "drafter",
    path: (d) => `/staff/reviews/${d.published.consultationId}/comments`,
    shows: ["reviewPublication.comments.none"],
  },
  "routes/admin/people": {
    who: "admin",
    path: (d) => `/admin/people?q=${d.nothing}`,
    shows: ["admin.people.none"],
  },
  "routes/admin/person": {
    who: "admin",
    path: (d) => `/admin/people/${d.loner}`,
    shows: ["admin.person.noMemberships"],
  },
  "routes/admin/audit": {
    who: "admin",
    path: (d) => `/admin/audit?person=${d.loner}`,
    shows: ["admin.audit.empty"],
  },
};

/** Lists that exist on every database: emptying them means deleting what other specs read. */
const NOT_EMPTIABLE: Record<string, string> = {
  "routes/public/home": "every consultation of the database, the demo's included",
  "routes/public/objectives": "the GCM framework's 23 objectives, a fixed list",
  "routes/public/objective":
    "published practices of a GCM objective, shared by every spec; a page past the last is 404",
  "routes/staff/consultations": "every consultation of the database, the demo's included",
  "routes/admin/organizations": "every organization; there is no search to narrow it",
  "routes/admin/mailbox": "every e-mail written, by every spec running beside this one",
  "routes/admin/deliveries":
    "every status holds e-mails of specs running beside this one (queued and sending come and go)",
  "routes/admin/home": "counts per e-mail status over the whole database",
  "routes/staff/triage-suggestion-rates": "acceptance of suggestions by every moderator, no filter",
  "routes/staff/home": "its review list is left out, heading and all, for staff with no review",
  "routes/me/account": "the sessions list always holds the session in use",
  "routes/staff/consultation":
    "its review sections come from the framework's template when it is created (never none)",
  "routes/public/practice":
    "one practice's page; it has at least one objective (the form asks for one) and leaves out empty principles and groups",
  "routes/me/input":
    "one input's page; its attachments' empty state is scanned by every-page-is-accessible (that input has none)",
};

/** Pages that list nothing a person could find empty. */
const NOT_A_LIST: Record<string, string> = {
  root: "the document around every page",
  "routes/public/layout": "the header and footer around every page",
  "routes/public/privacy": "text",
  "routes/public/accessibility": "text",
  "routes/public/not-found": "an error page",
  "routes/root-not-found": "an error page",
  "routes/auth/sign-in": "a form",
  "routes/auth/forgot-password": "a form",
  "routes/auth/reset-password": "a form",
  "routes/auth/accept-invitation": "a form",
  "routes/auth/two-factor-setup": "a form (the recovery codes are always ten)",
  "routes/auth/two-factor-verify": "a form",
  "routes/auth/unsubscribe": "a confirmation",
  "routes/me/input-receipt": "one input's receipt",
  "routes/me/input-translation": "one input's text in the other language",
  "routes/me/practice-new": "a form",
  "routes/me/objective-comment-new": "a form",
  "routes/me/survey-respond": "a survey's form, its questions as built",
  "routes/me/survey-print": "a survey's questions and answers, as built",
  "routes/staff/consultation-new": "a form",
  "routes/staff/consultation-invitees": "a form; the preview table shows only rows pasted",
  "routes/staff/survey-preview": "the respondent's form, scanned empty through the builder",
  "routes/admin/invite": "a form",
  "routes/admin/mailbox-message": "one e-mail",
};

test("every page of the build has its empty state scanned or a reason why not", async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const pages = Object.keys(build.routes).filter((id) => build.routes[id]!.module.default);
  const decided = [EMPTY_STATES, NOT_EMPTIABLE, NOT_A_LIST].flatMap(Object.keys);
  expect({
    undecided: pages.filter((id) => !decided.includes(id)),
    notAPage: decided.filter((id) => !pages.includes(id)),
    twice: decided.filter((id, index) => decided.indexOf(id) !== index),
  }).toEqual({ undecided: [], notAPage: [], twice: [] });
  console.log(
    JSON.stringify({
      pages: pages.length,
      emptyStates: Object.keys(EMPTY_STATES).length,
      notEmptiable: Object.keys(NOT_EMPTIABLE).length,
      notAList: Object.keys(NOT_A_LIST).length,
    }),
  );
});

/** The demo people, and the people the fixture makes with the demo password (and factor). */
async function signIn(context: BrowserContext, who: Who, data: EmptyStatesData) {
  if (who === "anonymous") return;
  if (who !== "newcomer" && who !== "moderator") return signInContext(context, DEMO[who]);
  await signInContext(context, data[who], who === "moderator");
}

// Made once per worker: the pages only read it, so the tests of one worker can share it.
let prepared: Promise<EmptyStatesData> | undefined;
const emptyStatesData = () =>
  (prepared ??= prepareEmptyStates(`empty-${randomBytes(3).toString("hex")}`));

// Up to six pages a test, each a page load and an axe scan, and the first test of a worker makes
// the data: the default minute is too short when both cores are busy.
test.describe.configure({ timeout: 180_000 });

const PEOPLE = [...new Set(Object.values(EMPTY_STATES).map((state) => state.who))];

for (const who of PEOPLE) {
  for (const locale of LOCALES) {
    test(`the empty lists ${who} sees show their message and pass axe (${locale})`, async ({
      browser,
    }) => {
      const data = await emptyStatesData();
      const t = translator(locale);
      const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
      const page = await context.newPage();
      await signIn(context, who, data);
      for (const [id, state] of Object.entries(EMPTY_STATES)) {
        if (state.who !== who) continue;
        const url = `/${locale}${state.path(data)}`;
        await test.step(`${id} ${url}`, async () => {
          const response = await page.goto(url);
          expect(response?.status(), url).toBe(200);
          await waitForPageReady(page);
          for (const shown of state.shows) {
            const text = Array.isArray(shown) ? t(shown[0], shown[1](locale, data)) : t(shown);
            await expect(page.getByText(text, { exact: true }).first(), text).toBeVisible();
          }
          await expectNoAxeViolations(page);
        });
      }
      await context.close();
    });
  }
}
