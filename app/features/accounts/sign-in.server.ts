import type { Database } from "../../../db/client";
import { findUserForSignIn, listRoles, updateUser } from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { verifyAgainstDecoy, verifyPassword } from "./password.server";
import { isStaff, type Role } from "./permissions";
import { LIMITS, reserveAttempt } from "./rate-limit.server";
import { createSession, type NewSession } from "./sessions.server";

export type SignInResult =
  | {
      ok: true;
      session: NewSession;
      next: "done" | "two-factor-setup" | "two-factor-verify";
      userId: number;
    }
  | { ok: false; error: "invalid" | "rate-limited" };

/**
 * Checks an e-mail and password and opens a new session (a new token every time: no
 * fixation). Staff get a session that needs its second factor before any staff page.
 */
export async function signIn(
  db: Database,
  input: {
    email: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountBucket = `sign-in:account:${email}`;
  const ipBucket = `sign-in:ip:${input.ip ?? "unknown"}`;
  // Each attempt takes its place in both windows before the password is checked, so a
  // burst of guesses (split over any number of app instances) gets no more than the limit.
  const account = await reserveAttempt(
    db,
    accountBucket,
    LIMITS.signInFailuresPerAccount,
    input.now,
  );
  const address = await reserveAttempt(db, ipBucket, LIMITS.signInFailuresPerIp, input.now);
  if (!account.allowed || !address.allowed) {
    // Refused attempts are not failures: only failed passwords fill the windows.
    await Promise.all([account.refund(), address.refund()]);
    await recordAudit(db, {
      actorUserId: null,
      action: "session.sign-in-throttled",
      subjectType: "account",
      subjectId: email,
      ip: input.ip,
    });
    return { ok: false, error: "rate-limited" };
  }

  const user = await findUserForSignIn(db, email);
  const valid =
    user && user.passwordHash && user.status === "active"
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
  if (!user || !valid) {
    // the reserved attempts stay counted: they were failures
    await recordAudit(db, {
      actorUserId: user?.id ?? null,
      action: "session.sign-in-failed",
      subjectType: "account",
      subjectId: email,
      ip: input.ip,
    });
    return { ok: false, error: "invalid" };
  }
  await Promise.all([account.refund(), address.refund()]);

  const roles = (await listRoles(db, user.id)) as Role[];
  const staff = isStaff(roles);
  return db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, {
      twoFactorVerified: false,
      ip: input.ip,
      userAgent: input.userAgent,
      now: input.now,
    });
    await updateUser(tx, user.id, { lastSignInAt: input.now });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "session.signed-in",
      subjectType: "user",
      subjectId: user.id,
      ip: input.ip,
    });
    const next = !staff ? "done" : user.totpEnrolledAt ? "two-factor-verify" : "two-factor-setup";
    return { ok: true as const, session, next, userId: user.id };
  });
}
