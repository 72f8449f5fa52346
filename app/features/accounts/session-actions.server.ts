import type { Database } from "../../../db/client";
import { deleteSession, deleteSessionOfUser } from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { getSignedIn } from "./auth.server";
import { extendSession, IDLE_TIMEOUT_MS, readSessionToken } from "./sessions.server";
import { hashToken } from "./tokens.server";

export async function signOut(db: Database, request: Request, context: { ip: string | null }) {
  const token = readSessionToken(request);
  if (!token) return;
  const signedIn = await getSignedIn(request, db);
  await deleteSession(db, hashToken(token));
  if (signedIn) {
    await recordAudit(db, {
      actorUserId: signedIn.user.id,
      action: "session.signed-out",
      subjectType: "user",
      subjectId: signedIn.user.id,
      ip: context.ip,
    });
  }
}

/** Extends the idle window of the current session; null when there is no valid session. */
export async function extendCurrentSession(db: Database, request: Request, now = new Date()) {
  const signedIn = await getSignedIn(request, db, now);
  if (!signedIn) return null;
  await extendSession(db, signedIn.session.id, now);
  return new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, signedIn.session.expiresAt.getTime()));
}

/** Ends one of the person's own sessions; another person's session id does nothing. */
export async function revokeOwnSession(
  db: Database,
  userId: number,
  sessionId: string,
  context: { ip: string | null },
) {
  const revoked = await deleteSessionOfUser(db, userId, sessionId);
  if (revoked)
    await recordAudit(db, {
      actorUserId: userId,
      action: "session.revoked",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
    });
  return revoked;
}
