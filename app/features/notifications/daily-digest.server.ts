import type { Database } from "../../../db/client";
import {
  countInputsAwaitingTriage,
  countOpenAssignments,
  listDigestRecipients,
} from "../../../db/queries/digest";
import { notify } from "./notify.server";
import { unsubscribeUrl } from "./unsubscribe.server";

/**
 * Tells each triaging or drafting staff member what waits for them, once a day and only when
 * something does. The dedupe key makes a second run on the same day send nothing new.
 * Comments on the person's review sections join the counts when the review exists.
 */
export async function sendDailyDigests(db: Database, context: { now: Date; publicUrl: string }) {
  const [awaitingTriage, assignments] = await Promise.all([
    countInputsAwaitingTriage(db),
    countOpenAssignments(db),
  ]);
  const day = context.now.toISOString().slice(0, 10);
  let queued = 0;
  for (const person of await listDigestRecipients(db)) {
    const counts = {
      awaitingTriage,
      assignedToMe: assignments.get(person.id) ?? 0,
      commentsOnMySections: 0,
    };
    if (counts.awaitingTriage + counts.assignedToMe + counts.commentsOnMySections === 0) continue;
    const email = await notify(
      db,
      "digest.daily",
      {
        userId: person.id,
        email: person.email,
        name: person.name,
        language: person.preferredLanguage,
      },
      {
        recipientName: person.name,
        ...counts,
        dashboardUrl: { en: `${context.publicUrl}/en/staff`, fr: `${context.publicUrl}/fr/staff` },
        unsubscribeUrl: await unsubscribeUrl(db, context.publicUrl, person.id, "digest.daily"),
      },
      { dedupeKey: `digest.daily:${person.id}:${day}`, inApp: false },
    );
    if (email) queued += 1;
  }
  return queued;
}
