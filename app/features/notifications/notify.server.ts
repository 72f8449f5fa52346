import type { Database } from "../../../db/client";
import { insertEmail, insertNotification, isOptedOut } from "../../../db/queries/notifications";
import type { EmailEvent, EmailEventData } from "../../../emails/events";
import { OPTIONAL_EVENTS } from "../../../emails/events";

export interface Recipient {
  userId: number | null;
  email: string;
  name: string | null;
  /** null: the person stated no preference and gets both languages */
  language: "en" | "fr" | null;
}

export const MAIL_DOMAIN = process.env.MAIL_DOMAIN ?? "roundtable.localhost";

/**
 * Records that `recipient` must be told about `event`. Call it with the transaction that
 * makes the change: the e-mail and the in-app notification commit or roll back with it, and
 * the worker sends the e-mail afterwards (the outbox pattern).
 */
export async function notify<E extends EmailEvent>(
  tx: Database,
  event: E,
  recipient: Recipient,
  data: EmailEventData[E],
  options: { dedupeKey?: string; inApp?: boolean } = {},
) {
  const optional = (OPTIONAL_EVENTS as readonly string[]).includes(event);
  if (recipient.userId !== null && options.inApp !== false) {
    await insertNotification(tx, {
      userId: recipient.userId,
      event,
      data: data as unknown as Record<string, unknown>,
    });
  }
  if (optional && recipient.userId !== null && (await isOptedOut(tx, recipient.userId, event)))
    return null;
  return insertEmail(tx, {
    event,
    recipientUserId: recipient.userId,
    recipientEmail: recipient.email,
    recipientName: recipient.name,
    language: recipient.language ?? "bilingual",
    data: data as unknown as Record<string, unknown>,
    dedupeKey: options.dedupeKey ?? null,
    mailDomain: MAIL_DOMAIN,
  });
}
