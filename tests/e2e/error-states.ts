import type { Page } from "@playwright/test";
import type { MessageKey } from "../../app/i18n/translate";
import type { Persona } from "./authorization-matrix";
import type {
  prepareContributorErrors,
  prepareCoordinatorErrors,
  prepareDrafterErrors,
  prepareModeratorErrors,
  prepareRespondentErrors,
} from "./error-states-fixture";

// The error states of tests/e2e/error-states-are-accessible.spec.ts: for every route of the
// build with an action and a page, the form a person submits with bad input and how, or why
// the route has no such form (EXEMPT). The spec's first test fails on a route in neither.

/** What each persona's run made for itself (./error-states-fixture.ts). */
export interface Prepared {
  invitationToken?: string;
  contributor?: Awaited<ReturnType<typeof prepareContributorErrors>>;
  /** a practice contributorB submitted, in the moderator's queue */
  queued?: Awaited<ReturnType<typeof prepareModeratorErrors>>;
  drafter?: Awaited<ReturnType<typeof prepareDrafterErrors>>;
  coordinator?: Awaited<ReturnType<typeof prepareCoordinatorErrors>>;
  survey?: Awaited<ReturnType<typeof prepareRespondentErrors>>;
}

type Typed = Record<string, string> | ((data: Prepared) => Record<string, string>);

export interface ErrorState {
  /** the route's id in the build */
  route: string;
  persona: Persona;
  /** the page, `{lang}` for the language */
  path: (data: Prepared) => string;
  /** the catalog key of the button that submits the form */
  submit: MessageKey;
  /**
   * What a person types before submitting, by CSS selector: `keep` are valid values that must
   * still be there once the page shows the error; `bad` make the form fail (an empty field
   * needs nothing here: it is left as the page gives it, or cleared when listed with "").
   */
  keep?: Typed;
  bad?: Typed;
  /** a catalog message the error shows (`{placeholders}` match anything); else the summary's */
  shows?: MessageKey;
  /** the form, by CSS selector, when another form of the page has a button of the same name */
  form?: string;
}

/**
 * Routes with an action and a page but no form a person types into or chooses in, whose only
 * refusals are of the state of things (403, 404, 409), not of what was entered.
 */
export const EXEMPT: Record<string, string> = {
  "routes/auth/unsubscribe": "one button; a bad or used link only says the address is unknown",
  "routes/me/notifications": "one button (mark all read), which cannot fail but by signing out",
  "routes/staff/consultation-uptake":
    "one reminder button; its only refusal is a consultation no longer open (409)",
  "routes/staff/survey-results":
    "one reminder button; its only refusal is a survey no longer open (409); the search is a GET",
  "routes/staff/review-publication":
    "one publish button; its only refusal is a review not approved (409)",
  "routes/staff/review-revisions":
    "restore buttons with hidden revision numbers (409 on a conflict or a lock); comparing is a GET",
  "routes/admin/deliveries": "retry buttons; the only refusal is a message already sent (409)",
};

const contributor = (data: Prepared) => data.contributor!;
const draftReview = (data: Prepared) =>
  `/{lang}/staff/reviews/${data.drafter!.draft.consultationId}`;

export const ERROR_STATES: ErrorState[] = [
  // Signing in and recovering an account.
  {
    route: "routes/auth/sign-in",
    persona: "anonymous",
    path: () => "/{lang}/sign-in",
    submit: "signIn.submit",
    keep: { "[name=email]": "someone@example.org" },
  },
  {
    route: "routes/auth/forgot-password",
    persona: "anonymous",
    path: () => "/{lang}/forgot-password",
    submit: "forgot.submit",
  },
  {
    route: "routes/auth/reset-password",
    persona: "anonymous",
    path: () => "/{lang}/reset-password/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    submit: "reset.submit",
  },
  {
    route: "routes/auth/accept-invitation",
    persona: "anonymous",
    path: (data) => `/{lang}/invitations/${data.invitationToken}`,
    submit: "invitation.submit",
    keep: { "[name=name]": "Ada Error-Sweep" },
  },

  // A contributor's own pages.
  {
    route: "routes/auth/two-factor-setup",
    persona: "contributorA",
    path: () => "/{lang}/two-factor/setup",
    submit: "twoFactor.setup.submit",
  },
  {
    route: "routes/me/account",
    persona: "contributorA",
    path: () => "/{lang}/account",
    submit: "account.changePassword",
  },
  // The profile has an error summary of its own, above its form.
  {
    route: "routes/me/account",
    persona: "contributorA",
    path: () => "/{lang}/account",
    submit: "form.save",
    form: "form:has(#profile-name)",
    keep: { "#profile-language": "none" },
    bad: { "#profile-name": "   " },
  },
  {
    route: "routes/me/practice-new",
    persona: "contributorA",
    path: () => "/{lang}/consultations/2021-update/practices/new",
    submit: "contributions.action.submit",
    keep: { "[name=title]": "Welcome desks in public libraries" },
  },
  {
    route: "routes/me/objective-comment-new",
    persona: "contributorA",
    path: () => "/{lang}/consultations/2021-update/objectives/7/comments/new",
    submit: "contributions.comment.submit",
  },
  {
    route: "routes/public/review-draft",
    persona: "contributorA",
    path: (data) => `/{lang}/reviews/${contributor(data).slug}/draft`,
    submit: "reviewPublication.draft.submit",
  },
  {
    route: "routes/me/input",
    persona: "contributorA",
    path: (data) => `/{lang}/my/inputs/${contributor(data).editable}`,
    submit: "contributions.action.submitChanges",
    keep: { "[name=summary]": "Still here after the error." },
    bad: { "[name=title]": "" },
  },
  {
    route: "routes/me/input-translation",
    persona: "contributorA",
    path: (data) => `/{lang}/my/inputs/${contributor(data).ownInput}/other-language`,
    submit: "triage.pairing.submit",
    bad: { "[name=otherReference]": "not-a-reference" },
    shows: "triage.pairing.error.invalid",
  },
  // A survey of the run's own, open to contributorB's province: one of two questions answered.
  {
    route: "routes/me/survey-respond",
    persona: "contributorB",
    path: (data) => `/{lang}/surveys/${data.survey!.surveyId}`,
    submit: "surveys.respond.submit",
    keep: (data) => ({ [`[name=q${data.survey!.answered}]`]: "Ministry of Labour" }),
    shows: "surveys.answer.required",
  },

  // Coordination.
  {
    route: "routes/auth/two-factor-verify",
    persona: "coordinator",
    path: () => "/{lang}/two-factor/verify",
    submit: "twoFactor.verify.submit",
  },
  {
    route: "routes/staff/consultation-new",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/new",
    submit: "consultations.new.submit",
    keep: { "[name=titleEn]": "Error sweep consultation" },
  },
  // The demo's open consultation: its details are editable.
  {
    route: "routes/staff/consultation",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/2",
    submit: "consultations.detail.save",
    keep: { "[name=titleFr]": "Mise à jour 2021 (balayage des erreurs)" },
    bad: { "[name=titleEn]": "" },
  },
  {
    route: "routes/staff/consultation-invitees",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/1/invitees",
    submit: "consultations.invitees.preview",
  },
  {
    route: "routes/staff/survey-new",
    persona: "coordinator",
    path: () => "/{lang}/staff/consultations/2/surveys/new",
    submit: "surveys.new.submit",
  },
  {
    route: "routes/staff/survey-builder",
    persona: "coordinator",
    path: (data) => `/{lang}/staff/surveys/${data.coordinator!.surveyId}`,
    submit: "surveys.builder.saveDetails",
    keep: { "#survey-titleFr": "Sondage du balayage des erreurs" },
    bad: { "#survey-titleEn": "" },
  },
  // Coordinators manage the review's sections.
  {
    route: "routes/staff/review-overview",
    persona: "coordinator",
    path: (data) => `/{lang}/staff/reviews/${data.coordinator!.reviewConsultationId}`,
    submit: "review.manage.addSubmit",
    keep: { "#add-en": "Lessons learned" },
    bad: { "#add-fr": "   " },
    shows: "review.error.titleRequired",
  },

  // Moderation.
  {
    route: "routes/staff/triage-queue",
    persona: "moderator",
    path: () => "/{lang}/staff/triage",
    submit: "triage.views.save",
    shows: "triage.error.viewName",
  },
  {
    route: "routes/staff/triage-item",
    persona: "moderator",
    path: (data) => `/{lang}/staff/triage/${data.queued}`,
    submit: "triage.decide.submit",
    keep: { "#decide-message": "Thank you: see the note below." },
    shows: "form.required",
  },
  // The internal note: a blank one passes the browser's `required` and the server refuses it.
  {
    route: "routes/staff/triage-item",
    persona: "moderator",
    path: (data) => `/{lang}/staff/triage/${data.queued}`,
    submit: "triage.notes.save",
    bad: { "#note-body": "   " },
    shows: "triage.error.noteRequired",
  },

  // The review.
  {
    route: "routes/staff/review-section",
    persona: "drafter",
    path: (data) => `${draftReview(data)}/sections/${data.drafter!.draft.sectionId}`,
    submit: "review.editor.save",
    keep: { "#bodyEn": "Settlement networks opened welcome desks." },
    bad: { "#bodyFr": "Les réseaux ont ouvert des comptoirs [@RT-2099-999999]." },
    shows: "review.error.citationsUnknown",
  },
  {
    route: "routes/staff/review-comments",
    persona: "drafter",
    path: (data) => `/{lang}/staff/reviews/${data.drafter!.published.consultationId}/comments`,
    submit: "reviewPublication.comments.resolve",
    keep: { "[name=reply]": "We will name the provinces in the next draft." },
    shows: "reviewPublication.error.resolutionRequired",
  },

  // Administration.
  {
    route: "routes/admin/invite",
    persona: "admin",
    path: () => "/{lang}/admin/invitations/new",
    submit: "admin.invite.submit",
  },
  {
    route: "routes/admin/person",
    persona: "admin",
    path: () => "/{lang}/admin/people/1",
    submit: "admin.person.addMembershipSubmit",
  },
];

/** Types into the fields (or chooses): the values to keep, then those that make the submit fail. */
export async function fillFields(page: Page, state: ErrorState, data: Prepared) {
  for (const [selector, value] of Object.entries({
    ...typed(state.keep, data),
    ...typed(state.bad, data),
  })) {
    const field = page.locator(selector);
    if (
      (await field.evaluate((element) => element.tagName, null, { timeout: 15_000 })) === "SELECT"
    )
      await field.selectOption(value);
    else await field.fill(value);
  }
}

export function typed(values: Typed | undefined, data: Prepared) {
  return typeof values === "function" ? values(data) : (values ?? {});
}
