import type { Database } from "../../../db/client";
import { findEmailMessage, listEmailMessages } from "../../../db/queries/notifications";
import { EMAIL_EVENTS, type EmailEvent, type EmailEventData } from "../../../emails/events";
import { renderEmail } from "../../../emails/render.server";
import type { Locale } from "~/i18n/locale";
import { moment } from "./format";

export const MAILBOX_TRANSPORT = "mailbox";
export const MAILBOX_PAGE_SIZE = 100;

function isEmailEvent(event: string): event is EmailEvent {
  return (EMAIL_EVENTS as readonly string[]).includes(event);
}

/** Messages kept instead of sent (no SMTP server configured), newest first. */
export async function listMailbox(db: Database, locale: Locale) {
  const messages = await listEmailMessages(db, {
    transport: MAILBOX_TRANSPORT,
    limit: MAILBOX_PAGE_SIZE,
  });
  return messages.map((message) => ({
    id: message.id,
    subject: message.subject,
    event: message.event,
    recipientEmail: message.recipientEmail,
    recipientName: message.recipientName,
    sentAt: moment(locale, message.sentAt ?? message.createdAt),
  }));
}

/**
 * One kept message, rendered again from its event, language and data exactly as the worker
 * rendered it. Null when it is not a mailbox message; `body` null when it cannot be rendered.
 */
export async function getMailboxMessage(db: Database, locale: Locale, messageId: number) {
  const message = await findEmailMessage(db, messageId);
  if (!message || message.transport !== MAILBOX_TRANSPORT) return null;
  const body = isEmailEvent(message.event)
    ? await renderEmail(
        message.event,
        message.language,
        message.data as unknown as EmailEventData[EmailEvent],
      ).catch(() => null)
    : null;
  return {
    id: message.id,
    event: message.event,
    language: message.language,
    subject: body?.subject ?? message.subject,
    recipientEmail: message.recipientEmail,
    recipientName: message.recipientName,
    sentAt: moment(locale, message.sentAt ?? message.createdAt),
    body: body ? { text: body.text, html: body.html } : null,
  };
}
