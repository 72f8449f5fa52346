import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import { createElement, type ReactNode } from "react";
import { EmailLayout } from "./components/email-layout";
import {
  DigestDailyEmail,
  preview as digestDailyPreview,
  subject as digestDailySubject,
} from "./digest-daily";
import type { EmailEvent, EmailEventData, EmailLanguage, RenderedEmail } from "./events";
import {
  InputAssignedEmail,
  preview as inputAssignedPreview,
  subject as inputAssignedSubject,
} from "./input-assigned";
import {
  InputDecidedEmail,
  preview as inputDecidedPreview,
  subject as inputDecidedSubject,
} from "./input-decided";
import {
  InputSubmittedEmail,
  preview as inputSubmittedPreview,
  subject as inputSubmittedSubject,
} from "./input-submitted";
import {
  InvitationSentEmail,
  preview as invitationSentPreview,
  subject as invitationSentSubject,
} from "./invitation-sent";
import type { EmailMessageKey } from "./messages";
import {
  PasswordChangedEmail,
  preview as passwordChangedPreview,
  subject as passwordChangedSubject,
} from "./password-changed";
import {
  PasswordResetRequestedEmail,
  preview as passwordResetRequestedPreview,
  subject as passwordResetRequestedSubject,
} from "./password-reset-requested";
import {
  ReminderDueEmail,
  preview as reminderDuePreview,
  subject as reminderDueSubject,
} from "./reminder-due";
import {
  ReviewPublishedEmail,
  preview as reviewPublishedPreview,
  subject as reviewPublishedSubject,
} from "./review-published";
import {
  SurveyInvitedEmail,
  preview as surveyInvitedPreview,
  subject as surveyInvitedSubject,
} from "./survey-invited";
import {
  TwoFactorChangedEmail,
  preview as twoFactorChangedPreview,
  subject as twoFactorChangedSubject,
} from "./two-factor-changed";
import type { EmailBodyProps, EmailLocale } from "./translate";

/** What the renderer needs to know of one event's template. */
export interface EmailTemplate<E extends EmailEvent> {
  Body: (props: EmailBodyProps<E>) => ReactNode;
  subject: (language: EmailLocale, data: EmailEventData[E]) => string;
  preview: (language: EmailLocale, data: EmailEventData[E]) => string;
  /** "You receive this message because …" */
  footerReason: EmailMessageKey;
}

export const emailTemplates: { [E in EmailEvent]: EmailTemplate<E> } = {
  "invitation.sent": {
    Body: InvitationSentEmail,
    subject: invitationSentSubject,
    preview: invitationSentPreview,
    footerReason: "invitation.sent.footer",
  },
  "password-reset.requested": {
    Body: PasswordResetRequestedEmail,
    subject: passwordResetRequestedSubject,
    preview: passwordResetRequestedPreview,
    footerReason: "password-reset.requested.footer",
  },
  "password.changed": {
    Body: PasswordChangedEmail,
    subject: passwordChangedSubject,
    preview: passwordChangedPreview,
    footerReason: "common.securityFooter",
  },
  "two-factor.changed": {
    Body: TwoFactorChangedEmail,
    subject: twoFactorChangedSubject,
    preview: twoFactorChangedPreview,
    footerReason: "common.securityFooter",
  },
  "input.submitted": {
    Body: InputSubmittedEmail,
    subject: inputSubmittedSubject,
    preview: inputSubmittedPreview,
    footerReason: "input.submitted.footer",
  },
  "input.decided": {
    Body: InputDecidedEmail,
    subject: inputDecidedSubject,
    preview: inputDecidedPreview,
    footerReason: "input.decided.footer",
  },
  "reminder.due": {
    Body: ReminderDueEmail,
    subject: reminderDueSubject,
    preview: reminderDuePreview,
    footerReason: "reminder.due.footer",
  },
  "survey.invited": {
    Body: SurveyInvitedEmail,
    subject: surveyInvitedSubject,
    preview: surveyInvitedPreview,
    footerReason: "survey.invited.footer",
  },
  "input.assigned": {
    Body: InputAssignedEmail,
    subject: inputAssignedSubject,
    preview: inputAssignedPreview,
    footerReason: "input.assigned.footer",
  },
  "digest.daily": {
    Body: DigestDailyEmail,
    subject: digestDailySubject,
    preview: digestDailyPreview,
    footerReason: "digest.daily.footer",
  },
  "review.published": {
    Body: ReviewPublishedEmail,
    subject: reviewPublishedSubject,
    preview: reviewPublishedPreview,
    footerReason: "review.published.footer",
  },
};

/** A bilingual e-mail says everything twice, English first: "Subject / Sujet". */
function bothLanguages(language: EmailLanguage, text: (language: EmailLocale) => string) {
  return language === "bilingual" ? `${text("en")} / ${text("fr")}` : text(language);
}

/** The subject of an e-mail, on one line whatever the data holds. */
export function emailSubject<E extends EmailEvent>(
  event: E,
  language: EmailLanguage,
  data: EmailEventData[E],
): string {
  const template: EmailTemplate<E> = emailTemplates[event];
  return bothLanguages(language, (l) => template.subject(l, data));
}

/** The whole e-mail as a React element (also used by the preview page). */
export function emailElement<E extends EmailEvent>(
  event: E,
  language: EmailLanguage,
  data: EmailEventData[E],
) {
  const template: EmailTemplate<E> = emailTemplates[event];
  const unsubscribeUrl =
    "unsubscribeUrl" in data && typeof data.unsubscribeUrl === "string"
      ? data.unsubscribeUrl
      : undefined;
  return createElement(EmailLayout, {
    language,
    subject: emailSubject(event, language, data),
    preview: bothLanguages(language, (l) => template.preview(l, data)),
    footerReason: template.footerReason,
    unsubscribeUrl,
    children: (l: EmailLocale) => createElement(template.Body, { language: l, data }),
  });
}

// Plain text: headings keep their case (html-to-text would shout them in capitals). The text
// is converted from the one rendered HTML with react-email's own selectors, by a converter
// compiled once: `render(element, { plainText: true })` renders the tree a second time and
// compiles html-to-text's options on every call. A receipt took 3.2 ms of the e-mail worker's
// CPU that way, 1.4 ms now (docs/performance.md, "Receipts: the text part from the one HTML
// render"). emails/render.test.ts checks the text is the same.
export const plainTextOptions = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};
const toPlainText = compile({
  wordwrap: false,
  selectors: [...plainTextSelectors, ...plainTextOptions.selectors],
});

export async function renderEmail<E extends EmailEvent>(
  event: E,
  language: EmailLanguage,
  data: EmailEventData[E],
): Promise<RenderedEmail> {
  const html = await render(emailElement(event, language, data));
  return { subject: emailSubject(event, language, data), html, text: toPlainText(html) };
}
