import type { MessageKey, Translate } from "~/i18n/translate";

// Codes stored in the database (audit actions, e-mail events, jurisdictions) read as words in
// the page's language; a code we have no words for yet is shown as it is.

const ACTIONS = {
  "session.signed-in": "admin.action.session.signed-in",
  "session.signed-out": "admin.action.session.signed-out",
  "session.sign-in-failed": "admin.action.session.sign-in-failed",
  "session.sign-in-throttled": "admin.action.session.sign-in-throttled",
  "session.revoked": "admin.action.session.revoked",
  "password.changed": "admin.action.password.changed",
  "password.reset-requested": "admin.action.password.reset-requested",
  "two-factor.enrolled": "admin.action.two-factor.enrolled",
  "two-factor.verified": "admin.action.two-factor.verified",
  "two-factor.failed": "admin.action.two-factor.failed",
  "two-factor.recovery-code-used": "admin.action.two-factor.recovery-code-used",
  "two-factor.reset": "admin.action.two-factor.reset",
  "invitation.sent": "admin.action.invitation.sent",
  "invitation.accepted": "admin.action.invitation.accepted",
  "user.roles-changed": "admin.action.user.roles-changed",
  "user.deactivated": "admin.action.user.deactivated",
  "user.reactivated": "admin.action.user.reactivated",
  "membership.added": "admin.action.membership.added",
  "membership.removed": "admin.action.membership.removed",
  "email.requeued": "admin.action.email.requeued",
} as const satisfies Record<string, MessageKey>;

const EVENTS = {
  "invitation.sent": "admin.event.invitation.sent",
  "password-reset.requested": "admin.event.password-reset.requested",
  "password.changed": "admin.event.password.changed",
  "two-factor.changed": "admin.event.two-factor.changed",
  "input.submitted": "admin.event.input.submitted",
  "input.decided": "admin.event.input.decided",
  "reminder.due": "admin.event.reminder.due",
  "survey.invited": "admin.event.survey.invited",
  "input.assigned": "admin.event.input.assigned",
  "digest.daily": "admin.event.digest.daily",
  "review.published": "admin.event.review.published",
} as const satisfies Record<string, MessageKey>;

const SUBJECT_TYPES = {
  user: "admin.subject.user",
  account: "admin.subject.account",
  invitation: "admin.subject.invitation",
  email: "admin.subject.email",
} as const satisfies Record<string, MessageKey>;

const JURISDICTIONS = {
  national: "admin.jurisdiction.national",
  international: "admin.jurisdiction.international",
  AB: "admin.jurisdiction.AB",
  BC: "admin.jurisdiction.BC",
  MB: "admin.jurisdiction.MB",
  NB: "admin.jurisdiction.NB",
  NL: "admin.jurisdiction.NL",
  NS: "admin.jurisdiction.NS",
  NT: "admin.jurisdiction.NT",
  NU: "admin.jurisdiction.NU",
  ON: "admin.jurisdiction.ON",
  PE: "admin.jurisdiction.PE",
  QC: "admin.jurisdiction.QC",
  SK: "admin.jurisdiction.SK",
  YT: "admin.jurisdiction.YT",
} as const satisfies Record<string, MessageKey>;

function labeller(keys: Record<string, MessageKey>) {
  return (t: Translate, code: string) => (Object.hasOwn(keys, code) ? t(keys[code]!) : code);
}

export const actionLabel = labeller(ACTIONS);
export const eventLabel = labeller(EVENTS);
export const subjectTypeLabel = labeller(SUBJECT_TYPES);
export const jurisdictionLabel = labeller(JURISDICTIONS);
