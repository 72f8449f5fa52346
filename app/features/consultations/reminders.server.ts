import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  databaseNow,
  findConsultationForStaff,
  listInviteeProgress,
  listOpenConsultationsClosingBetween,
  markInviteesReminded,
} from "../../../db/queries/consultations-admin";
import { can, type Actor } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";
import { unsubscribeUrl } from "../notifications/unsubscribe.server";
import { effectiveStatus } from "./consultation-status";
import { utcToTorontoLocal } from "./toronto-time";

const DAY_MS = 24 * 60 * 60_000;

interface ReminderConsultation {
  id: number;
  slug: string;
  titleEn: string;
  titleFr: string;
  closesAt: Date;
}

type InviteeProgress = Awaited<ReturnType<typeof listInviteeProgress>>[number];

/**
 * Queues a reminder.due e-mail for every active invitee still owing something: by default,
 * whose organization has not submitted anything (`pending` narrows it, e.g. to a survey).
 * `dedupeKey(userId)` makes a second run a no-op (the outbox ignores a known key).
 */
async function queueReminders(
  db: Database,
  consultation: ReminderConsultation,
  dedupeKey: (userId: number) => string,
  context: { now: Date; publicUrl: string },
  pending: (invitee: InviteeProgress) => boolean = (invitee) => !invitee.submitted,
) {
  // People who have not accepted their account invitation yet are not reminded: the
  // invitation e-mail is what they need, and they have no account to unsubscribe from.
  const invitees = (await listInviteeProgress(db, consultation.id)).filter(
    (invitee): invitee is typeof invitee & { userId: number } =>
      pending(invitee) && invitee.status === "active" && invitee.userId !== null,
  );
  return db.transaction(async (tx) => {
    const reminded: number[] = [];
    for (const invitee of invitees) {
      const url = (lang: "en" | "fr") =>
        `${context.publicUrl}/${lang}/consultations/${consultation.slug}`;
      const queued = await notify(
        tx,
        "reminder.due",
        {
          userId: invitee.userId,
          email: invitee.email,
          name: invitee.name,
          language: invitee.language,
        },
        {
          recipientName: invitee.name ?? invitee.email,
          consultationTitle: { en: consultation.titleEn, fr: consultation.titleFr },
          closesAt: consultation.closesAt.toISOString(),
          consultationUrl: { en: url("en"), fr: url("fr") },
          unsubscribeUrl: await unsubscribeUrl(
            tx,
            context.publicUrl,
            invitee.userId,
            "reminder.due",
          ),
        },
        { dedupeKey: dedupeKey(invitee.userId), inApp: false },
      );
      if (queued) reminded.push(invitee.inviteeId);
    }
    await markInviteesReminded(tx, reminded, context.now);
    return reminded.length;
  });
}

/**
 * The coordinator's "remind those who have not submitted": at most one reminder per person
 * per consultation per day (Toronto's day), however often the button is pressed.
 */
export async function remindNonSubmitters(
  db: Database,
  actor: Actor,
  consultationId: number,
  context: { publicUrl: string; ip: string | null },
): Promise<
  | { ok: true; value: { queued: number } }
  | { ok: false; errors: Array<"forbidden" | "notFound" | "notOpen"> }
> {
  if (!can(actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  const consultation = await findConsultationForStaff(db, consultationId);
  if (!consultation) return { ok: false, errors: ["notFound"] };
  const now = await databaseNow(db);
  if (effectiveStatus(consultation.status, consultation.closesAt, now) !== "open")
    return { ok: false, errors: ["notOpen"] };
  const day = utcToTorontoLocal(now).slice(0, 10);
  const queued = await queueReminders(
    db,
    consultation,
    (userId) => `reminder.due:manual:${consultationId}:${userId}:${day}`,
    { now, publicUrl: context.publicUrl },
  );
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "consultation.reminders-sent",
    subjectType: "consultation",
    subjectId: consultationId,
    ip: context.ip,
    details: { queued, kind: "manual" },
  });
  return { ok: true, value: { queued } };
}

/**
 * "Remind those who have not answered" for one questionnaire of a consultation: the invitees
 * of organizations outside `answeredOrganizationIds`, at most once per person per survey per
 * day (Toronto's day); audited on the survey.
 */
export async function remindSurveyNonRespondents(
  db: Database,
  actor: Actor,
  survey: { id: number; consultationId: number; answeredOrganizationIds: readonly number[] },
  context: { publicUrl: string; ip: string | null },
): Promise<
  | { ok: true; value: { queued: number } }
  | { ok: false; errors: Array<"forbidden" | "notFound" | "notOpen"> }
> {
  if (!can(actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  const consultation = await findConsultationForStaff(db, survey.consultationId);
  if (!consultation) return { ok: false, errors: ["notFound"] };
  const now = await databaseNow(db);
  if (effectiveStatus(consultation.status, consultation.closesAt, now) !== "open")
    return { ok: false, errors: ["notOpen"] };
  const day = utcToTorontoLocal(now).slice(0, 10);
  const answered = new Set(survey.answeredOrganizationIds);
  const queued = await queueReminders(
    db,
    consultation,
    (userId) => `reminder.due:survey:${survey.id}:${userId}:${day}`,
    { now, publicUrl: context.publicUrl },
    (invitee) => !answered.has(invitee.organizationId),
  );
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "survey.reminders-sent",
    subjectType: "survey",
    subjectId: survey.id,
    ip: context.ip,
    details: { queued, consultationId: survey.consultationId },
  });
  return { ok: true, value: { queued } };
}

/** Scheduled reminders: seven days before closing, then two days before. */
export const SCHEDULED_REMINDERS = [
  { kind: "7-days", fromDays: 2, toDays: 7 },
  { kind: "2-days", fromDays: 0, toDays: 2 },
] as const;

/**
 * For the scheduler: every open consultation closing within 7 (or 2) days gets its reminder
 * once per person and kind. A run that is late still sends; one that runs twice sends nothing new.
 */
export async function sendDueReminders(db: Database, context: { now: Date; publicUrl: string }) {
  let queued = 0;
  for (const reminder of SCHEDULED_REMINDERS) {
    const consultations = await listOpenConsultationsClosingBetween(
      db,
      new Date(context.now.getTime() + reminder.fromDays * DAY_MS),
      new Date(context.now.getTime() + reminder.toDays * DAY_MS),
    );
    for (const consultation of consultations) {
      queued += await queueReminders(
        db,
        consultation,
        (userId) => `reminder.due:${reminder.kind}:${consultation.id}:${userId}`,
        context,
      );
    }
  }
  return queued;
}
