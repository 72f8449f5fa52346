import type { Database } from "../../../db/client";
import {
  addMembership,
  clearSecondFactor,
  deleteUserSessions,
  findUserById,
  removeMembership,
  setRoles,
  updateUser,
} from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { can, type Actor, type Role } from "./permissions";
import { sendSecurityNotice } from "./security-notice.server";

type AdminResult =
  { ok: true } | { ok: false; errors: Array<"forbidden" | "notFound" | "selfLockout"> };

interface Context {
  ip: string | null;
}

async function guard(db: Database, actor: Actor, userId: number): Promise<AdminResult> {
  if (!can(actor, "manage:people")) return { ok: false, errors: ["forbidden"] };
  if (!(await findUserById(db, userId))) return { ok: false, errors: ["notFound"] };
  return { ok: true };
}

/** Sets a person's roles; removing any role ends their sessions so it takes effect now. */
export async function changeRoles(
  db: Database,
  actor: Actor,
  userId: number,
  roles: Role[],
  context: Context,
): Promise<AdminResult> {
  const allowed = await guard(db, actor, userId);
  if (!allowed.ok) return allowed;
  if (userId === actor.userId && !roles.includes("admin"))
    return { ok: false, errors: ["selfLockout"] };
  await db.transaction(async (tx) => {
    const { added, removed } = await setRoles(tx, userId, roles, actor.userId);
    if (removed.length > 0) await deleteUserSessions(tx, userId);
    if (added.length || removed.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "user.roles-changed",
        subjectType: "user",
        subjectId: userId,
        ip: context.ip,
        details: { added, removed },
      });
    }
  });
  return { ok: true };
}

export async function setDeactivated(
  db: Database,
  actor: Actor,
  userId: number,
  deactivated: boolean,
  context: Context,
): Promise<AdminResult> {
  const allowed = await guard(db, actor, userId);
  if (!allowed.ok) return allowed;
  if (userId === actor.userId) return { ok: false, errors: ["selfLockout"] };
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, { status: deactivated ? "deactivated" : "active" });
    if (deactivated) await deleteUserSessions(tx, userId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: deactivated ? "user.deactivated" : "user.reactivated",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
    });
  });
  return { ok: true };
}

/**
 * Resets a person's second factor when they lost their device and their recovery codes: the key
 * and codes are forgotten, their sessions end, they set it up again at their next sign-in, and
 * they get an e-mail saying so (in case it was not them who asked). Not on oneself: another
 * administrator must do it, so one stolen admin session cannot remove its own second factor.
 */
export async function resetSecondFactor(
  db: Database,
  actor: Actor,
  userId: number,
  context: Context & { now: Date; publicUrl: string },
): Promise<AdminResult> {
  const allowed = await guard(db, actor, userId);
  if (!allowed.ok) return allowed;
  if (userId === actor.userId) return { ok: false, errors: ["selfLockout"] };
  await db.transaction(async (tx) => {
    await clearSecondFactor(tx, userId);
    await deleteUserSessions(tx, userId);
    await sendSecurityNotice(tx, userId, { event: "two-factor.changed", change: "reset" }, context);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "two-factor.reset",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
    });
  });
  return { ok: true };
}

export async function changeMembership(
  db: Database,
  actor: Actor,
  userId: number,
  change: { organizationId: number; member: boolean },
  context: Context,
): Promise<AdminResult> {
  const allowed = await guard(db, actor, userId);
  if (!allowed.ok) return allowed;
  await db.transaction(async (tx) => {
    if (change.member) await addMembership(tx, userId, change.organizationId);
    else await removeMembership(tx, userId, change.organizationId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: change.member ? "membership.added" : "membership.removed",
      subjectType: "user",
      subjectId: userId,
      ip: context.ip,
      details: { organizationId: change.organizationId },
    });
  });
  return { ok: true };
}
