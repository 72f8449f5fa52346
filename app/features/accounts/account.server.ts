import type { Database } from "../../../db/client";
import { listUserSessions, updateUser } from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { listOptOuts, setOptOut } from "../../../db/queries/notifications";
import type { Locale } from "~/i18n/locale";
import type { SignedIn } from "./auth.server";

/** What the account page shows: the person, their organizations, sessions and e-mail choices. */
export async function getAccountPage(db: Database, signedIn: SignedIn, locale: Locale) {
  const [sessions, optOuts] = await Promise.all([
    listUserSessions(db, signedIn.user.id),
    listOptOuts(db, signedIn.user.id),
  ]);
  return {
    name: signedIn.user.name,
    email: signedIn.user.email,
    preferredLanguage: signedIn.user.preferredLanguage,
    roles: signedIn.roles,
    organizations: signedIn.organizations.map((o) => (locale === "fr" ? o.nameFr : o.nameEn)),
    sessions: sessions.map((session) => ({
      // The id is a hash: showing a short prefix to tell sessions apart reveals nothing usable.
      id: session.id,
      label: session.id.slice(0, 8),
      current: session.id === signedIn.session.id,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      userAgent: session.userAgent,
    })),
    emails: {
      reminders: !optOuts.includes("reminder.due"),
      digest: !optOuts.includes("digest.daily"),
    },
  };
}

export async function updateProfile(
  db: Database,
  userId: number,
  profile: { name: string; language: "en" | "fr" | "none" },
  context: { ip: string | null },
) {
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, {
      name: profile.name,
      preferredLanguage: profile.language === "none" ? null : profile.language,
    });
    await recordAudit(tx, {
      actorUserId: userId,
      action: "user.profile-updated",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
    });
  });
}

export async function updateEmailPreferences(
  db: Database,
  userId: number,
  choices: { reminders: boolean; digest: boolean },
  context: { ip: string | null },
) {
  await db.transaction(async (tx) => {
    await setOptOut(tx, userId, "reminder.due", !choices.reminders);
    await setOptOut(tx, userId, "digest.daily", !choices.digest);
    await recordAudit(tx, {
      actorUserId: userId,
      action: "user.email-preferences-updated",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
      details: choices,
    });
  });
}
