import type { Database } from "../../../db/client";
import {
  consumePasswordReset,
  deleteUserSessions,
  findUserById,
  findUserForSignIn,
  insertPasswordReset,
  updateUser,
} from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { notify } from "../notifications/notify.server";
import { sendSecurityNotice } from "./security-notice.server";
import {
  hashPassword,
  passwordProblem,
  verifyPassword,
  type PasswordProblem,
} from "./password.server";
import { countHit, LIMITS } from "./rate-limit.server";
import { generateToken, hashToken } from "./tokens.server";

export const RESET_LIFETIME_MS = 60 * 60_000;

/**
 * Sends a reset link when the address belongs to an active account. The answer is the same
 * either way, so the form cannot be used to learn who has an account.
 */
export async function requestPasswordReset(
  db: Database,
  input: { email: string; ip: string | null; now: Date; publicUrl: string },
): Promise<{ ok: true } | { ok: false; errors: ["rate-limited"] }> {
  const email = input.email.trim().toLowerCase();
  if (
    (await countHit(db, `reset:account:${email}`, LIMITS.resetRequestsPerAccount, input.now)) ||
    (await countHit(db, `reset:ip:${input.ip ?? "unknown"}`, LIMITS.resetRequestsPerIp, input.now))
  ) {
    return { ok: false, errors: ["rate-limited"] };
  }
  const user = await findUserForSignIn(db, email);
  if (!user || user.status !== "active") return { ok: true };
  const token = generateToken();
  const expiresAt = new Date(input.now.getTime() + RESET_LIFETIME_MS);
  await db.transaction(async (tx) => {
    await insertPasswordReset(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt });
    const link = (lang: "en" | "fr") => `${input.publicUrl}/${lang}/reset-password/${token}`;
    await notify(
      tx,
      "password-reset.requested",
      { userId: user.id, email: user.email, name: user.name, language: user.preferredLanguage },
      {
        recipientName: user.name,
        resetUrl: { en: link("en"), fr: link("fr") },
        expiresAt: expiresAt.toISOString(),
      },
      { inApp: false },
    );
    await recordAudit(tx, {
      actorUserId: null,
      action: "password.reset-requested",
      subjectType: "user",
      subjectId: user.id,
      ip: input.ip,
    });
  });
  return { ok: true };
}

async function storeNewPassword(
  db: Database,
  userId: number,
  password: string,
  context: { ip: string | null; now: Date; publicUrl: string; keepSessionId?: string },
) {
  const passwordHash = await hashPassword(password);
  await updateUser(db, userId, { passwordHash });
  // A changed password ends every other session (ASVS); the current one may stay.
  await deleteUserSessions(db, userId, context.keepSessionId);
  await sendSecurityNotice(db, userId, { event: "password.changed" }, context);
  await recordAudit(db, {
    actorUserId: userId,
    action: "password.changed",
    subjectType: "user",
    subjectId: userId,
    ip: context.ip,
  });
}

export async function resetPassword(
  db: Database,
  token: string,
  password: string,
  context: { ip: string | null; now: Date; publicUrl: string },
): Promise<{ ok: true } | { ok: false; errors: Array<"invalid" | PasswordProblem> }> {
  const problem = passwordProblem(password);
  if (problem) return { ok: false, errors: [problem] };
  return db.transaction(async (tx) => {
    const userId = await consumePasswordReset(tx, hashToken(token), context.now);
    if (!userId) return { ok: false as const, errors: ["invalid" as const] };
    await storeNewPassword(tx, userId, password, context);
    return { ok: true as const };
  });
}

export async function changePassword(
  db: Database,
  userId: number,
  input: { currentPassword: string; newPassword: string; sessionId: string },
  context: { ip: string | null; now: Date; publicUrl: string },
): Promise<{ ok: true } | { ok: false; errors: Array<"wrongPassword" | PasswordProblem> }> {
  const user = await findUserById(db, userId);
  const withHash = user ? await findUserForSignIn(db, user.email) : null;
  if (
    !withHash?.passwordHash ||
    !(await verifyPassword(withHash.passwordHash, input.currentPassword))
  ) {
    return { ok: false, errors: ["wrongPassword"] };
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) return { ok: false, errors: [problem] };
  await db.transaction((tx) =>
    storeNewPassword(tx, userId, input.newPassword, { ...context, keepSessionId: input.sessionId }),
  );
  return { ok: true };
}
