import type { MatrixObjects } from "./objects";
import {
  coordinatorOnly,
  everyone,
  reviewReaders,
  signedIn,
  staffOnly,
  type Expected,
} from "./personas";

// Object-level rows of the authorization matrix: the same route asked for an object of the
// asker's own organization, of another organization, or of another consultation than the
// route's row in ../authorization-matrix.ts names. The objects are made by ./objects.ts
// (contributorA belongs to Maple, contributorB to Ontario; staff to federal departments).
// tests/e2e/authorization-matrix.spec.ts fails when a route whose path names an object has
// neither variants here nor a reason in NO_OBJECT_VARIANTS.

export type VariantLabel = "own-organization" | "another-organization" | "another-consultation";

export interface ObjectVariant {
  variant: VariantLabel;
  /** what this variant names, in words, for the failure message */
  names: string;
  url: string;
  expected: Expected;
}

/** contributorA's organization only: the input pages of Maple's input */
const mapleOnly: Expected = { ...signedIn(404), contributorA: 200 };
const ontarioOnly: Expected = { ...signedIn(404), contributorB: 200 };
const moderatorsOnly: Expected = { ...everyone(403), anonymous: 302, moderator: 200 };
const reviewStaff = (allowed: number): Expected => ({
  ...everyone(403),
  anonymous: 302,
  drafter: allowed,
  approver: allowed,
});
/** the practice form of a consultation whose audience is civil society: Maple in, Ontario out */
const mapleAudience: Expected = {
  ...everyone(403),
  anonymous: 302,
  contributorA: 200,
};

export const OBJECT_VARIANTS: Record<string, (o: MatrixObjects) => ObjectVariant[]> = {
  // A contributor's own inputs: their organization's, nobody else's (staff have no "own").
  "routes/me/input": (o) => [
    {
      variant: "own-organization",
      names: "Maple's input",
      url: `/en/my/inputs/${o.inputA.reference}`,
      expected: mapleOnly,
    },
    {
      variant: "another-organization",
      names: "Ontario's input",
      url: `/fr/my/inputs/${o.inputB.reference}`,
      expected: ontarioOnly,
    },
  ],
  "routes/me/input-receipt": (o) => [
    {
      variant: "own-organization",
      names: "Maple's input",
      url: `/en/my/inputs/${o.inputA.reference}/receipt`,
      expected: mapleOnly,
    },
    {
      variant: "another-organization",
      names: "Ontario's input",
      url: `/en/my/inputs/${o.inputB.reference}/receipt`,
      expected: ontarioOnly,
    },
  ],
  "routes/me/input-translation": (o) => [
    {
      variant: "own-organization",
      names: "Maple's input",
      url: `/en/my/inputs/${o.inputA.reference}/other-language`,
      expected: mapleOnly,
    },
    {
      variant: "another-organization",
      names: "Ontario's input",
      url: `/fr/my/inputs/${o.inputB.reference}/other-language`,
      expected: ontarioOnly,
    },
  ],
  "routes/resources/attachment-download": (o) => [
    {
      variant: "own-organization",
      names: "Maple's attachment",
      url: `/en/my/inputs/${o.inputA.reference}/attachments/${o.inputA.attachmentId}`,
      expected: mapleOnly,
    },
    {
      // Maple's file asked for through Ontario's input: it is not that input's file.
      variant: "another-organization",
      names: "Maple's attachment under Ontario's input",
      url: `/en/my/inputs/${o.inputB.reference}/attachments/${o.inputA.attachmentId}`,
      expected: signedIn(404),
    },
  ],
  // Unpublished inputs are on no public page, their own organization's people included.
  "routes/public/practice": (o) => [
    {
      variant: "own-organization",
      names: "Maple's unpublished input",
      url: `/en/practices/${o.inputA.reference}`,
      expected: everyone(404),
    },
  ],
  "routes/resources/practice-hub-json": (o) => [
    {
      variant: "own-organization",
      names: "Maple's unpublished input",
      url: `/en/practices/${o.inputA.reference}/hub.json`,
      expected: everyone(404),
    },
  ],
  "routes/resources/practice-hub-docx": (o) => [
    {
      variant: "another-organization",
      names: "Ontario's unpublished input",
      url: `/fr/practices/${o.inputB.reference}/hub.docx`,
      expected: everyone(404),
    },
  ],
  // Moderators triage every consultation's inputs.
  "routes/staff/triage-item": (o) => [
    {
      variant: "another-consultation",
      names: "Maple's input in the matrix consultation",
      url: `/en/staff/triage/${o.inputA.reference}`,
      expected: moderatorsOnly,
    },
  ],
  "routes/resources/staff-attachment-download": (o) => [
    {
      variant: "another-consultation",
      names: "Maple's attachment in the matrix consultation",
      url: `/en/staff/triage/${o.inputA.reference}/attachments/${o.inputA.attachmentId}`,
      expected: moderatorsOnly,
    },
    {
      variant: "another-organization",
      names: "Maple's attachment under Ontario's input",
      url: `/en/staff/triage/${o.inputB.reference}/attachments/${o.inputA.attachmentId}`,
      expected: { ...moderatorsOnly, moderator: 404 },
    },
  ],
  // Contributions: the consultation's audience decides (Maple is in it, Ontario is not).
  "routes/me/practice-new": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation (civil society only)",
      url: `/en/consultations/${o.consultation.slug}/practices/new`,
      expected: mapleAudience,
    },
    {
      variant: "another-consultation",
      names: "the published 2020 review",
      url: "/en/consultations/2020-regional-review/practices/new",
      expected: { ...everyone(403), anonymous: 302 },
    },
  ],
  "routes/me/objective-comment-new": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation (civil society only)",
      url: `/fr/consultations/${o.consultation.slug}/objectives/7/comments/new`,
      expected: mapleAudience,
    },
    {
      variant: "another-consultation",
      names: "the 2020 review, which takes no comments",
      url: "/en/consultations/2020-regional-review/objectives/7/comments/new",
      expected: signedIn(404),
    },
  ],
  // Survey responses: one per organization of the consultation's audience.
  "routes/me/survey-respond": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/en/surveys/${o.survey}`,
      expected: { ...signedIn(404), contributorA: 200 },
    },
  ],
  "routes/me/survey-print": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/fr/surveys/${o.survey}/print`,
      expected: { ...signedIn(404), contributorA: 200 },
    },
  ],
  // Maple has not answered the matrix survey: there is no response to copy, even for Maple.
  "routes/resources/survey-response-docx": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey, unanswered",
      url: `/en/surveys/${o.survey}/response.docx`,
      expected: signedIn(404),
    },
  ],
  "routes/resources/survey-response-pdf": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey, unanswered",
      url: `/en/surveys/${o.survey}/response.pdf`,
      expected: signedIn(404),
    },
  ],
  // Coordinators manage every consultation: there is no per-consultation or per-province
  // coordinator, so another consultation answers them as their own does.
  "routes/staff/consultation": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation",
      url: `/en/staff/consultations/${o.consultation.id}`,
      expected: coordinatorOnly,
    },
  ],
  "routes/staff/consultation-invitees": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation",
      url: `/fr/staff/consultations/${o.consultation.id}/invitees`,
      expected: coordinatorOnly,
    },
  ],
  "routes/staff/consultation-uptake": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation",
      url: `/en/staff/consultations/${o.consultation.id}/uptake`,
      expected: coordinatorOnly,
    },
  ],
  "routes/resources/consultation-inputs-csv": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation",
      url: `/en/staff/consultations/${o.consultation.id}/inputs.csv`,
      expected: { ...staffOnly, drafter: 403, approver: 403 },
    },
  ],
  "routes/staff/survey-new": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation",
      url: `/en/staff/consultations/${o.consultation.id}/surveys/new`,
      expected: coordinatorOnly,
    },
  ],
  "routes/staff/survey-builder": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/en/staff/surveys/${o.survey}`,
      expected: coordinatorOnly,
    },
  ],
  "routes/staff/survey-preview": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/fr/staff/surveys/${o.survey}/preview`,
      expected: coordinatorOnly,
    },
  ],
  "routes/staff/survey-results": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/en/staff/surveys/${o.survey}/results`,
      expected: coordinatorOnly,
    },
  ],
  "routes/resources/survey-results-csv": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/en/staff/surveys/${o.survey}/results.csv`,
      expected: coordinatorOnly,
    },
  ],
  "routes/resources/survey-answers-csv": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's survey",
      url: `/fr/staff/surveys/${o.survey}/answers.csv`,
      expected: coordinatorOnly,
    },
  ],
  // The review: drafters and approvers work on every consultation's review.
  "routes/staff/review-overview": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's review",
      url: `/en/staff/reviews/${o.consultation.id}`,
      expected: reviewReaders,
    },
  ],
  "routes/staff/review-coverage": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's review",
      url: `/en/staff/reviews/${o.consultation.id}/coverage`,
      expected: reviewReaders,
    },
  ],
  "routes/staff/review-section": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's section",
      url: `/en/staff/reviews/${o.consultation.id}/sections/${o.sectionId}`,
      expected: reviewReaders,
    },
    {
      variant: "another-consultation",
      names: "the matrix consultation's section under the 2020 review",
      url: `/en/staff/reviews/1/sections/${o.sectionId}`,
      expected: { ...reviewReaders, coordinator: 404, drafter: 404, approver: 404 },
    },
  ],
  "routes/staff/review-revisions": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's section",
      url: `/fr/staff/reviews/${o.consultation.id}/sections/${o.sectionId}/revisions`,
      expected: reviewReaders,
    },
    {
      variant: "another-consultation",
      names: "the matrix consultation's section under the 2020 review",
      url: `/en/staff/reviews/1/sections/${o.sectionId}/revisions`,
      expected: { ...reviewReaders, coordinator: 404, drafter: 404, approver: 404 },
    },
  ],
  "routes/staff/review-publication": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's review",
      url: `/en/staff/reviews/${o.consultation.id}/publication`,
      expected: reviewStaff(200),
    },
  ],
  "routes/staff/review-comments": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's review",
      url: `/en/staff/reviews/${o.consultation.id}/comments`,
      expected: { ...reviewStaff(200), approver: 403 },
    },
  ],
  // Exports are of the approved review; the matrix consultation's is a draft: 404 to those
  // who may export, 403 to other staff.
  "routes/resources/review-export-docx": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's draft review",
      url: `/en/staff/reviews/${o.consultation.id}/export.docx`,
      expected: reviewStaff(404),
    },
  ],
  "routes/resources/review-export-pdf": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's review",
      url: `/fr/staff/reviews/${o.consultation.id}/export.pdf`,
      expected: reviewStaff(404),
    },
  ],
  "routes/resources/review-export-html": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's draft review",
      url: `/en/staff/reviews/${o.consultation.id}/export.html`,
      expected: reviewStaff(404),
    },
  ],
  // The public review and its draft: the matrix consultation's review is neither published
  // nor open to comments.
  "routes/public/review": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's unpublished review",
      url: `/en/reviews/${o.consultation.slug}`,
      expected: everyone(404),
    },
  ],
  "routes/public/review-draft": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation's draft, not open to comments",
      url: `/en/reviews/${o.consultation.slug}/draft`,
      expected: signedIn(404),
    },
  ],
  "routes/public/consultation": (o) => [
    {
      variant: "another-consultation",
      names: "the matrix consultation (open)",
      url: `/en/consultations/${o.consultation.slug}`,
      expected: everyone(200),
    },
  ],
};

/** Routes whose path has a parameter that names no object of an organization or consultation. */
export const NO_OBJECT_VARIANTS: Record<string, string> = {
  "routes/public/objective": "an objective of the framework, public to everyone",
  "routes/auth/accept-invitation": "a one-time token, not an object of an organization",
  "routes/auth/reset-password": "a one-time token, not an object of an organization",
  "routes/auth/unsubscribe": "a signed token naming its person, not an organization's object",
  "routes/admin/person":
    "administrators manage every person; a person belongs to no consultation and admin is not scoped by organization",
  "routes/admin/mailbox-message": "the demo mailbox is the administrators' whole; no owner",
};
