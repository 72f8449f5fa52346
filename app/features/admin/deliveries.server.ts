import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  countEmailsByStatus,
  listEmailMessages,
  requeueFailedEmail,
} from "../../../db/queries/notifications";
import type { Locale } from "~/i18n/locale";
import { can, type Actor } from "../accounts/permissions";
import { EMAIL_STATUSES, type EmailStatus } from "./admin.schema";
import { moment } from "./format";
import { DELIVERIES_PAGE_SIZE } from "./limits";

/** Counts per status and the newest messages, of one status or all. */
export async function getDeliveries(db: Database, locale: Locale, status: EmailStatus | undefined) {
  const [counts, messages] = await Promise.all([
    countEmailsByStatus(db),
    listEmailMessages(db, { status, limit: DELIVERIES_PAGE_SIZE }),
  ]);
  return {
    counts: EMAIL_STATUSES.map((each) => ({ status: each, count: counts[each] ?? 0 })),
    messages: messages.map((message) => ({
      id: message.id,
      event: message.event,
      status: message.status,
      recipientEmail: message.recipientEmail,
      recipientName: message.recipientName,
      attempts: message.attempts,
      lastError: message.lastError,
      transport: message.transport,
      createdAt: moment(locale, message.createdAt),
      sentAt: moment(locale, message.sentAt),
    })),
  };
}

/** Puts a failed e-mail back in the queue, with a fresh retry window, and says who did. */
export async function retryEmail(
  db: Database,
  actor: Actor,
  messageId: number,
  context: { ip: string | null; now: Date },
): Promise<{ ok: true } | { ok: false; errors: Array<"forbidden" | "notRetryable"> }> {
  if (!can(actor, "retry:email")) return { ok: false, errors: ["forbidden"] };
  return db.transaction(async (tx) => {
    const requeued = await requeueFailedEmail(tx, messageId, context.now);
    if (!requeued) return { ok: false as const, errors: ["notRetryable" as const] };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "email.requeued",
      subjectType: "email",
      subjectId: messageId,
      ip: context.ip,
    });
    return { ok: true as const };
  });
}
