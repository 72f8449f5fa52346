// The events that send e-mail, and what each template may be given. E-mails carry links and
// reference numbers, never the text of an input (QUALITY.md); the types leave no room for it.

export type EmailLanguage = "en" | "fr" | "bilingual";

export interface EmailEventData {
  /** someone was invited to join Roundtable (an organization, or as staff) */
  "invitation.sent": {
    recipientName: string | null;
    inviterName: string;
    organizationName: { en: string; fr: string } | null;
    acceptUrl: { en: string; fr: string };
    expiresAt: string; // ISO date-time
  };
  "password-reset.requested": {
    recipientName: string;
    resetUrl: { en: string; fr: string };
    expiresAt: string;
  };
  "password.changed": {
    recipientName: string;
    changedAt: string;
    securityUrl: { en: string; fr: string };
  };
  "two-factor.changed": {
    recipientName: string;
    change: "enrolled" | "reset" | "recovery-code-used";
    changedAt: string;
    securityUrl: { en: string; fr: string };
  };
  /** the receipt for a submitted input */
  "input.submitted": {
    recipientName: string;
    reference: string;
    kind: "practice" | "comment" | "survey-answer" | "review-comment";
    consultationTitle: { en: string; fr: string };
    submittedAt: string;
    inputUrl: { en: string; fr: string };
    editableUntil: string | null;
  };
  "input.decided": {
    recipientName: string;
    reference: string;
    decision: "accepted" | "changes-requested" | "rejected";
    /** the moderator's message to the contributor (a reason or the changes asked for) */
    message: string | null;
    inputUrl: { en: string; fr: string };
  };
  "reminder.due": {
    recipientName: string;
    consultationTitle: { en: string; fr: string };
    closesAt: string;
    consultationUrl: { en: string; fr: string };
    unsubscribeUrl: string;
  };
  "survey.invited": {
    recipientName: string;
    surveyTitle: { en: string; fr: string };
    consultationTitle: { en: string; fr: string };
    closesAt: string;
    surveyUrl: { en: string; fr: string };
  };
  "input.assigned": {
    recipientName: string;
    assignedBy: string;
    references: string[];
    queueUrl: { en: string; fr: string };
  };
  "digest.daily": {
    recipientName: string;
    awaitingTriage: number;
    assignedToMe: number;
    commentsOnMySections: number;
    dashboardUrl: { en: string; fr: string };
    unsubscribeUrl: string;
  };
  "review.published": {
    recipientName: string;
    reviewTitle: { en: string; fr: string };
    reviewUrl: { en: string; fr: string };
    /** where the recipient's inputs were used: "you said, we did" */
    citations: Array<{
      reference: string;
      sectionNumber: number;
      sectionTitle: { en: string; fr: string };
    }>;
  };
}

export type EmailEvent = keyof EmailEventData;

export const EMAIL_EVENTS = [
  "invitation.sent",
  "password-reset.requested",
  "password.changed",
  "two-factor.changed",
  "input.submitted",
  "input.decided",
  "reminder.due",
  "survey.invited",
  "input.assigned",
  "digest.daily",
  "review.published",
] as const satisfies readonly EmailEvent[];

/** Events a person may turn off; receipts and security notices always go. */
export const OPTIONAL_EVENTS = [
  "reminder.due",
  "digest.daily",
] as const satisfies readonly EmailEvent[];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
