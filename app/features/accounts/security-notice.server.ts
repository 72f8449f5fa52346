import type { Database } from "../../../db/client";
import { findUserById } from "../../../db/queries/accounts";
import type { EmailEventData } from "../../../emails/events";
import { notify } from "../notifications/notify.server";

type Notice =
  | { event: "password.changed" }
  | { event: "two-factor.changed"; change: EmailEventData["two-factor.changed"]["change"] };

/** Tells a person that their account's security changed, with a link to review it. */
export async function sendSecurityNotice(
  db: Database,
  userId: number,
  notice: Notice,
  context: { now: Date; publicUrl: string },
) {
  const user = await findUserById(db, userId);
  if (!user) return;
  const recipient = {
    userId: user.id,
    email: user.email,
    name: user.name,
    language: user.preferredLanguage,
  };
  const common = {
    recipientName: user.name,
    changedAt: context.now.toISOString(),
    securityUrl: { en: `${context.publicUrl}/en/account`, fr: `${context.publicUrl}/fr/account` },
  };
  if (notice.event === "password.changed") await notify(db, "password.changed", recipient, common);
  else await notify(db, "two-factor.changed", recipient, { ...common, change: notice.change });
}
