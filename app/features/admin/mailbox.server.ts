import type { Database } from "../../../db/client";
import { findEmailMessage, listEmailMessages } from "../../../db/queries/notifications";
import { EMAIL_EVENTS, type EmailEvent, type EmailEventData } from "../../../emails/events";
import { renderEmail } from "../../../emails/render.server";
import type { Locale } from "~/i18n/locale";
import { moment } from "./format";
import { MAILBOX_PAGE_SIZE } from "./limits";

// The mailbox exists only in development and the demo (context.mailboxEnabled): there it shows
// every e-mail Roundtable wrote, newest first. Without a mail server ("mailbox" transport) it is
// the only place they can be read; with one, it saves opening the mail catcher.

function isEmailEvent(event: string): event is EmailEvent {
  return (EMAIL_EVENTS as readonly string[]).includes(event);
}

export async function listMailbox(db: Database, locale: Locale) {
  const messages = await listEmailMessages(db, { limit: MAILBOX_PAGE_SIZE });
  return messages.map((message) => ({
    id: message.id,
    subject: message.subject,
    event: message.event,
    status: message.status,
    kept: message.transport === "mailbox",
    recipientEmail: message.recipientEmail,
    at: moment(locale, message.sentAt ?? message.createdAt),
  }));
}

/**
 * One message, rendered again from its event, language and data exactly as the worker
 * renders it. Null when there is no such message; `body` null when it cannot be rendered.
 */
export async function getMailboxMessage(db: Database, locale: Locale, messageId: number) {
  const message = await findEmailMessage(db, messageId);
  if (!message) return null;
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
    status: message.status,
    kept: message.transport === "mailbox",
    language: message.language,
    subject: body?.subject ?? message.subject,
    recipientEmail: message.recipientEmail,
    recipientName: message.recipientName,
    at: moment(locale, message.sentAt ?? message.createdAt),
    body: body ? { text: body.text, html: body.html } : null,
  };
}
