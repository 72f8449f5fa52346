import type { Database } from "../../../db/client";
import {
  insertEmail,
  insertEmails,
  insertNotification,
  insertNotifications,
  isOptedOut,
  listOptedOut,
} from "../../../db/queries/notifications";
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

/**
 * `notify` for many recipients of one event, in at most three statements (opt-outs read at
 * once, the in-app notifications, the e-mails) instead of two or three per recipient. Each
 * recipient gets exactly what `notify` would write: an in-app row when they have an account
 * (unless `inApp: false`), an e-mail in their language unless they opted out of an optional
 * event, its own Message-ID, and its dedupe key (a key already queued keeps the first).
 * Returns the ids of the e-mails queued.
 */
export async function notifyMany<E extends EmailEvent>(
  tx: Database,
  event: E,
  notices: Array<{ recipient: Recipient; data: EmailEventData[E]; dedupeKey?: string }>,
  options: { inApp?: boolean } = {},
) {
  if (notices.length === 0) return [];
  const optional = (OPTIONAL_EVENTS as readonly string[]).includes(event);
  if (options.inApp !== false)
    await insertNotifications(
      tx,
      notices.flatMap(({ recipient, data }) =>
        recipient.userId === null
          ? []
          : [{ userId: recipient.userId, event, data: data as unknown as Record<string, unknown> }],
      ),
    );
  const optedOut = optional
    ? await listOptedOut(
        tx,
        notices.flatMap(({ recipient }) => (recipient.userId === null ? [] : [recipient.userId])),
        event,
      )
    : new Set<number>();
  return insertEmails(
    tx,
    notices
      .filter(({ recipient }) => recipient.userId === null || !optedOut.has(recipient.userId))
      .map(({ recipient, data, dedupeKey }) => ({
        event,
        recipientUserId: recipient.userId,
        recipientEmail: recipient.email,
        recipientName: recipient.name,
        language: recipient.language ?? "bilingual",
        data: data as unknown as Record<string, unknown>,
        dedupeKey: dedupeKey ?? null,
        mailDomain: MAIL_DOMAIN,
      })),
  );
}
