import type { Page } from "@playwright/test";
import type { Translate } from "../../app/i18n/translate";
import type { Prepared, SuccessState } from "./success-states";

// The staff's success states (see ./success-states.ts): moderation, the review, coordination.

const queueOf = (data: Prepared) => `/{lang}/staff/triage?q=${data.stamp}`;
const select = async (page: Page, t: Translate, data: Prepared) =>
  page
    .getByRole("checkbox", { name: t("triage.bulk.select", { reference: data.queued! }) })
    .check();
const viewName = (data: Prepared) => `Success ${data.stamp}`;

const draftSection = (data: Prepared) =>
  `/{lang}/staff/reviews/${data.drafter!.draft.consultationId}/sections/${data.drafter!.draft.sectionId}`;
const publishedReview = (data: Prepared) =>
  `/{lang}/staff/reviews/${data.drafter!.published.consultationId}`;

export const STAFF_SUCCESS_STATES: SuccessState[] = [
  // Moderation: the item page after a decision, a save or a merge; the queue's bulk actions and
  // saved views, done on an input of this run's own.
  {
    route: "routes/staff/triage-item.tsx",
    key: "triage.decided",
    persona: "moderator",
    path: () => "/{lang}/staff/triage/RT-2020-000001",
    query: "decided=1",
  },
  ...(["suggestion", "tags", "note"] as const).map((saved): SuccessState => ({
    route: "routes/staff/triage-item.tsx",
    key: `triage.saved.${saved}`,
    persona: "moderator",
    path: () => "/{lang}/staff/triage/RT-2020-000001",
    query: `saved=${saved}`,
  })),
  {
    route: "routes/staff/triage-item.tsx",
    key: "triage.dup.merged",
    persona: "moderator",
    path: () => "/{lang}/staff/triage/RT-2020-000001",
    query: "merged=1",
  },
  {
    route: "routes/staff/triage-item.tsx",
    key: "triage.dup.undone",
    persona: "moderator",
    path: () => "/{lang}/staff/triage/RT-2020-000001",
    query: "unmerged=1",
  },
  {
    route: "routes/staff/triage-queue.tsx",
    key: "triage.views.saved",
    persona: "moderator",
    path: queueOf,
    act: async (page, t, data) => {
      await page.locator("#view-name").fill(viewName(data));
      await page.getByRole("button", { name: t("triage.views.save") }).click();
    },
  },
  {
    route: "routes/staff/triage-queue.tsx",
    key: "triage.views.deleted",
    persona: "moderator",
    path: queueOf,
    act: async (page, t, data) => {
      await page
        .getByRole("button", { name: t("triage.views.delete", { name: viewName(data) }) })
        .click();
    },
  },
  {
    route: "routes/staff/triage-queue.tsx",
    key: "triage.bulk.done",
    persona: "moderator",
    path: queueOf,
    act: async (page, t, data) => {
      await select(page, t, data);
      await page.locator("#bulk-assignee").selectOption({ index: 1 });
      await page.getByRole("button", { name: t("triage.bulk.selected") }).click();
    },
    values: () => ({ count: 1 }),
  },
  {
    route: "routes/staff/triage-queue.tsx",
    key: "triage.bulkTag.done",
    persona: "moderator",
    path: queueOf,
    act: async (page, t, data) => {
      await select(page, t, data);
      await page.locator("#bulk-tag-free").fill(`success-${data.stamp}`);
      await page.getByRole("button", { name: t("triage.bulkTag.selected") }).click();
    },
    values: () => ({ count: 1 }),
  },
  {
    route: "routes/staff/triage-queue.tsx",
    key: "triage.bulkStatus.done",
    persona: "moderator",
    path: queueOf,
    act: async (page, t, data) => {
      await select(page, t, data);
      await page.locator("#bulk-status-to").selectOption("in-review");
      await page.getByRole("button", { name: t("triage.bulkStatus.selected") }).click();
    },
    values: (t) => ({ count: 1, status: t("contributions.status.in-review") }),
  },

  // The review: a draft of this run's own, and a published one open to comments.
  {
    route: "routes/staff/review-section.tsx",
    key: "review.editor.saved",
    persona: "drafter",
    path: draftSection,
    query: "saved=3",
    values: () => ({ revision: "3" }),
  },
  {
    route: "routes/staff/review-section.tsx",
    key: "review.editor.unchanged",
    persona: "drafter",
    path: draftSection,
    query: "saved=unchanged",
  },
  {
    route: "routes/staff/review-section.tsx",
    key: "review.editor.parityConfirmed",
    persona: "drafter",
    path: draftSection,
    query: "parity=1",
  },
  {
    route: "routes/staff/review-section.tsx",
    key: "review.facts.inserted",
    persona: "drafter",
    path: draftSection,
    act: async (page, t) => {
      await page.getByRole("button", { name: t("review.facts.insert") }).click();
    },
  },
  {
    route: "routes/staff/review-section.tsx",
    key: "review.editor.cited",
    persona: "drafter",
    path: draftSection,
    act: async (page, t, data) => {
      // The button's click inserts the citation in the browser, with no answer from the server;
      // without scripts, or submitted as the form's HTML would, the action answers with the text.
      const reference = data.drafter!.draft.reference;
      await page
        .getByRole("button", { name: t("review.evidence.cite", { reference }) })
        .evaluate((button: HTMLButtonElement) => button.form!.requestSubmit(button));
    },
    values: (t, data, locale) => ({
      reference: data.drafter!.draft.reference,
      lang: t(`review.lang.${locale}`),
    }),
  },
  {
    route: "routes/staff/review-overview.tsx",
    key: "review.manage.done",
    persona: "drafter",
    path: (data) => `/{lang}/staff/reviews/${data.drafter!.draft.consultationId}`,
    query: "done=sections",
  },
  {
    route: "routes/staff/review-overview.tsx",
    key: "review.approval.done",
    persona: "drafter",
    path: (data) => `/{lang}/staff/reviews/${data.drafter!.draft.consultationId}`,
    query: "done=in-approval",
    values: (t) => ({ status: t("review.status.in-approval") }),
  },
  {
    route: "routes/staff/review-revisions.tsx",
    key: "review.revisions.restored",
    persona: "drafter",
    path: (data) => `${draftSection(data)}/revisions`,
    query: "restored=2",
    values: () => ({ revision: "2" }),
  },
  {
    route: "routes/staff/review-publication.tsx",
    key: "reviewPublication.staff.published",
    persona: "drafter",
    path: (data) => `${publishedReview(data)}/publication`,
    query: "published=1",
  },
  {
    route: "routes/staff/review-comments.tsx",
    key: "reviewPublication.comments.resolved",
    persona: "drafter",
    path: (data) => `${publishedReview(data)}/comments`,
    query: "resolved=RT-2026-000042",
    values: () => ({ reference: "RT-2026-000042" }),
  },
  {
    route: "routes/staff/review-comments.tsx",
    key: "reviewPublication.comments.opened",
    persona: "drafter",
    path: (data) => `${publishedReview(data)}/comments`,
    query: "open=1",
  },
  {
    route: "routes/staff/review-comments.tsx",
    key: "reviewPublication.comments.closedDone",
    persona: "drafter",
    path: (data) => `${publishedReview(data)}/comments`,
    query: "open=0",
  },

  // Coordination, on the demo's consultation 1 and surveys 1 and 2 (visiting changes nothing).
  ...(["created", "updated", "status"] as const).map((saved): SuccessState => ({
    route: "routes/staff/consultation.tsx",
    key: `consultations.saved.${saved}`,
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/1",
    query: `saved=${saved}`,
  })),
  {
    route: "routes/staff/consultation-invitees.tsx",
    key: "consultations.invitees.done",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/1/invitees",
    query: "added=1&sent=2&already=3&refused=4&invalid=5",
    values: () => ({ added: 1, sent: 2, already: 3, refused: 4, invalid: 5 }),
  },
  {
    route: "routes/staff/consultation-uptake.tsx",
    key: "consultations.uptake.reminded",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/1/uptake",
    query: "reminded=3",
    values: () => ({ count: 3 }),
  },
  {
    route: "routes/staff/survey-builder.tsx",
    key: "surveys.builder.saved",
    persona: "coordinator",
    path: () => "/{lang}/staff/surveys/1",
    query: "saved=1",
  },
  {
    route: "routes/staff/survey-results.tsx",
    key: "surveyResults.remind.done",
    persona: "coordinator",
    path: () => "/{lang}/staff/surveys/2/results",
    query: "reminded=3",
    values: () => ({ count: 3 }),
  },
];
