// Every route of the build × every kind of person, with the status a GET must answer.
// tests/e2e/authorization-matrix.spec.ts fails when a route has no row here.
//   302: sent elsewhere (to sign in, or onwards); 403: refused; 404: not found (or hidden).

import { contributionsRows } from "./matrix/contributions";
import { coordinatorRows } from "./matrix/coordinator";
import { adminOnly, everyone, signedIn, staffOnly, type Expected } from "./matrix/personas";
import { repositoryRows } from "./matrix/repository";
import { triageRows } from "./matrix/triage";
import { surveyRows } from "./matrix/surveys";
import { surveyResultsRows } from "./matrix/survey-results";
import { reviewRows } from "./matrix/review";
import { reviewPublicationRows } from "./matrix/review-publication";

export { PERSONAS, type Persona } from "./matrix/personas";

export interface MatrixRow {
  /** the URL to request for this route (sample parameters filled in) */
  url: string;
  expected: Expected;
}

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  ...coordinatorRows,
  ...repositoryRows,
  ...contributionsRows,
  ...triageRows,
  ...surveyRows,
  ...surveyResultsRows,
  ...reviewRows,
  ...reviewPublicationRows,
  root: { url: "/en", expected: everyone(200) },
  "routes/language-redirect": { url: "/", expected: everyone(302) },
  "routes/resources/healthz": { url: "/healthz", expected: everyone(200) },
  "routes/root-not-found": { url: "/no/such/page", expected: everyone(404) },
  "routes/public/layout": { url: "/fr", expected: everyone(200) },
  "routes/public/home": { url: "/en", expected: everyone(200) },
  "routes/public/consultation": {
    url: "/en/consultations/2020-regional-review",
    expected: everyone(200),
  },
  "routes/public/objectives": { url: "/en/objectives", expected: everyone(200) },
  "routes/public/objective": { url: "/en/objectives/7", expected: everyone(200) },
  "routes/public/practice": { url: "/en/practices/RT-2020-000001", expected: everyone(200) },
  "routes/public/privacy": { url: "/en/privacy", expected: everyone(200) },
  "routes/public/accessibility": { url: "/en/accessibility", expected: everyone(200) },
  "routes/public/not-found": { url: "/en/no-such-page", expected: everyone(404) },

  // Sign-in pages are open to all; a GET never changes anything.
  "routes/auth/sign-in": { url: "/en/sign-in", expected: everyone(200) },
  "routes/auth/sign-out": { url: "/en/sign-out", expected: everyone(302) },
  "routes/auth/accept-invitation": {
    url: "/en/invitations/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    expected: everyone(404),
  },
  "routes/auth/forgot-password": { url: "/en/forgot-password", expected: everyone(200) },
  "routes/auth/reset-password": {
    url: "/en/reset-password/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    expected: everyone(200),
  },
  // Contributors may enrol voluntarily; enrolled staff are told it is already on.
  "routes/auth/two-factor-setup": { url: "/en/two-factor/setup", expected: signedIn(200) },
  "routes/auth/two-factor-verify": {
    url: "/en/two-factor/verify",
    expected: {
      anonymous: 302,
      contributorA: 302,
      contributorB: 302,
      coordinator: 200,
      moderator: 200,
      drafter: 200,
      approver: 200,
      admin: 200,
    },
  },
  "routes/auth/unsubscribe": { url: "/en/unsubscribe/not-a-token", expected: everyone(200) },

  "routes/me/account": { url: "/en/account", expected: signedIn(200) },
  "routes/me/notifications": { url: "/en/notifications", expected: signedIn(200) },
  "routes/resources/session-extend": { url: "/en/session/extend", expected: everyone(405) },

  "routes/staff/home": { url: "/en/staff", expected: staffOnly },

  "routes/admin/home": { url: "/en/admin", expected: adminOnly },
  "routes/admin/people": { url: "/en/admin/people", expected: adminOnly },
  "routes/admin/person": { url: "/en/admin/people/1", expected: adminOnly },
  "routes/admin/organizations": { url: "/en/admin/organizations", expected: adminOnly },
  "routes/admin/invite": {
    url: "/en/admin/invitations/new",
    expected: { ...adminOnly, coordinator: 200 },
  },
  "routes/admin/audit": { url: "/en/admin/audit", expected: adminOnly },
  "routes/admin/mailbox": { url: "/en/admin/mailbox", expected: adminOnly },
  "routes/admin/mailbox-message": { url: "/en/admin/mailbox/1", expected: adminOnly },
  "routes/admin/deliveries": { url: "/en/admin/deliveries", expected: adminOnly },
};
