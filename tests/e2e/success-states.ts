import type { Page } from "@playwright/test";
import type { MessageKey, Translate, TranslateValues } from "../../app/i18n/translate";
import type { LOCALES } from "./fixtures";
import { STAFF_SUCCESS_STATES } from "./success-states-staff";
import type { prepareContributorData, prepareDrafterData } from "./success-states-fixture";

// The success states of tests/e2e/success-states-are-accessible.spec.ts: every notice a person
// sees once an action has worked, the page it is on and how it is reached. The staff's
// (moderation, review, coordination) are in ./success-states-staff.ts.

export type Locale = (typeof LOCALES)[number];
export type Persona =
  "anonymous" | "contributorA" | "moderator" | "drafter" | "coordinator" | "admin";

/** What each persona's run made for itself (success-states-fixture.ts). */
export interface Prepared {
  stamp: string;
  contributor?: Awaited<ReturnType<typeof prepareContributorData>>;
  drafter?: Awaited<ReturnType<typeof prepareDrafterData>>;
  unsubscribeToken?: string;
  /** an input contributorB submitted for the moderator's bulk actions */
  queued?: string;
}

export interface SuccessState {
  /** the route module under app/ that renders the notice */
  route: string;
  /** the notice's catalog key */
  key: MessageKey;
  persona: Persona;
  /** the page, `{lang}` for the language; with `query`, the notice is in the URL */
  path: (data: Prepared) => string;
  /** the notice's search parameters, as the action's redirect writes them */
  query?: string;
  /** the action, done on the page at `path`, whose answer shows the notice */
  act?: (page: Page, t: Translate, data: Prepared) => Promise<void>;
  /** other catalog keys the same notice shows */
  alsoShows?: MessageKey[];
  /** the notice's placeholders, in the scanned language */
  values?: (t: Translate, data: Prepared, locale: Locale) => TranslateValues;
}

const contributorInput = (data: Prepared) => `/{lang}/my/inputs/${data.contributor!.ownInput}`;

export const SUCCESS_STATES: SuccessState[] = [
  // Signing out and resetting a password land on the sign-in page.
  {
    route: "routes/auth/sign-in.tsx",
    key: "signIn.signedOut",
    persona: "anonymous",
    path: () => "/{lang}/sign-in",
    query: "notice=signed-out",
  },
  {
    route: "routes/auth/sign-in.tsx",
    key: "reset.done",
    persona: "anonymous",
    path: () => "/{lang}/sign-in",
    query: "notice=password-reset",
  },
  {
    route: "routes/auth/forgot-password.tsx",
    key: "forgot.sent",
    persona: "anonymous",
    path: () => "/{lang}/forgot-password",
    act: async (page, t, data) => {
      await page.locator("#email").fill(`forgot-${data.stamp}@example.org`);
      await page.getByRole("button", { name: t("forgot.submit") }).click();
    },
  },
  {
    route: "routes/auth/unsubscribe.tsx",
    key: "unsubscribe.done",
    persona: "anonymous",
    path: (data) => `/{lang}/unsubscribe/${data.unsubscribeToken}`,
    act: async (page, t) => {
      await page.getByRole("button", { name: t("unsubscribe.submit") }).click();
    },
  },

  // A contributor's own pages.
  ...(
    [
      ["saved", "form.saved"],
      ["password", "account.passwordChanged"],
      ["emails", "account.preferencesSaved"],
      ["revoked", "account.revoked"],
    ] as const
  ).map(([kind, key]): SuccessState => ({
    route: "routes/me/account.tsx",
    key,
    persona: "contributorA",
    path: () => "/{lang}/account",
    query: `notice=${kind}`,
  })),
  ...(
    [
      ["draft-saved", "contributions.notice.draftSaved"],
      ["saved", "contributions.notice.saved"],
      ["withdrawn", "contributions.notice.withdrawn"],
    ] as const
  ).map(([kind, key]): SuccessState => ({
    route: "routes/me/input.tsx",
    key,
    persona: "contributorA",
    path: contributorInput,
    query: `notice=${kind}`,
  })),
  {
    route: "routes/me/input.tsx",
    key: "contributions.decision.accepted",
    persona: "contributorA",
    path: contributorInput,
  },
  {
    route: "routes/me/input-receipt.tsx",
    key: "contributions.receipt.reference",
    persona: "contributorA",
    path: (data) => `${contributorInput(data)}/receipt`,
    alsoShows: ["contributions.receipt.email"],
    values: (_t, data) => ({ reference: data.contributor!.ownInput }),
  },
  {
    route: "routes/me/input-translation.tsx",
    key: "triage.pairing.saved",
    persona: "contributorA",
    path: (data) => `${contributorInput(data)}/other-language`,
    query: "saved=1",
  },
  {
    route: "routes/public/review-draft.tsx",
    key: "reviewPublication.draft.sent",
    persona: "contributorA",
    path: (data) => `/{lang}/reviews/${data.contributor!.slug}/draft`,
    query: "sent=RT-2026-000042",
    values: () => ({ reference: "RT-2026-000042" }),
  },
  // The demo's survey 2: contributorA's organization answered it.
  ...(["saved", "submitted"] as const).map((done): SuccessState => ({
    route: "routes/me/survey-respond.tsx",
    key: `surveys.respond.${done}`,
    persona: "contributorA",
    path: () => "/{lang}/surveys/2",
    query: `done=${done}`,
  })),

  // Administration.
  ...(
    [
      "roles",
      "add-membership",
      "remove-membership",
      "deactivate",
      "reactivate",
      "reset-two-factor",
    ] as const
  ).map((saved): SuccessState => ({
    route: "routes/admin/person.tsx",
    key: `admin.person.saved.${saved}`,
    persona: "admin",
    path: () => "/{lang}/admin/people/1",
    query: `saved=${saved}`,
  })),
  {
    route: "routes/admin/deliveries.tsx",
    key: "admin.deliveries.retried",
    persona: "admin",
    path: () => "/{lang}/admin/deliveries",
    query: "retried=1",
  },
  {
    route: "routes/admin/invite.tsx",
    key: "admin.invite.sent",
    persona: "admin",
    path: () => "/{lang}/admin/invitations/new",
    act: async (page, t, data) => {
      await page.locator("#email").fill(`invited-${data.stamp}@example.org`);
      await page.locator("#organizationId").selectOption({ index: 1 });
      await page.getByRole("button", { name: t("admin.invite.submit") }).click();
    },
    values: (_t, data) => ({ email: `invited-${data.stamp}@example.org` }),
  },
  ...STAFF_SUCCESS_STATES,
];
