import type { Database } from "../../../db/client";
import {
  addMembership,
  consumeInvitation,
  findInvitationByTokenHash,
  findUserById,
  findUserIdByEmail,
  insertInvitation,
  insertUser,
  setRoles,
} from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { linkInviteesToAccount } from "../../../db/queries/consultations-admin";
import { notify } from "../notifications/notify.server";
import { hashPassword, passwordProblem, type PasswordProblem } from "./password.server";
import { can, isStaff, type Actor, type Role } from "./permissions";
import { createSession, type NewSession } from "./sessions.server";
import { countHit, LIMITS } from "./rate-limit.server";
import { generateToken, hashToken } from "./tokens.server";

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60_000;

export interface InvitationRequest {
  email: string;
  name: string | null;
  organizationId: number | null;
  roles: Role[];
  language: "en" | "fr" | null;
}

export type InviteResult =
  | { ok: true; invitationId: number; token: string }
  | { ok: false; errors: Array<"forbidden" | "noOrganization" | "rate-limited"> };

/** Invites a person to an organization or as staff; the e-mail leaves with the transaction. */
export async function invitePerson(
  db: Database,
  actor: Actor,
  request: InvitationRequest,
  context: { publicUrl: string; ip: string | null; now: Date },
): Promise<InviteResult> {
  const staffInvite = isStaff(request.roles);
  if (!can(actor, staffInvite ? "invite:staff" : "invite:contributor"))
    return { ok: false, errors: ["forbidden"] };
  if (!staffInvite && request.organizationId === null)
    return { ok: false, errors: ["noOrganization"] };
  // A stolen staff session must not become a mass-mailing tool.
  if (await countHit(db, `invite:actor:${actor.userId}`, LIMITS.invitationsPerActor, context.now)) {
    return { ok: false, errors: ["rate-limited"] };
  }
  const token = generateToken();
  const expiresAt = new Date(context.now.getTime() + INVITATION_LIFETIME_MS);
  const roles: Role[] = request.roles.length > 0 ? request.roles : ["contributor"];
  return db.transaction(async (tx) => {
    const inviter = await findUserById(tx, actor.userId);
    const invitationId = await insertInvitation(tx, {
      tokenHash: hashToken(token),
      email: request.email.trim(),
      name: request.name,
      organizationId: request.organizationId,
      roles,
      language: request.language,
      invitedBy: actor.userId,
      expiresAt,
    });
    const accept = (lang: "en" | "fr") => `${context.publicUrl}/${lang}/invitations/${token}`;
    const invitation = await findInvitationByTokenHash(tx, hashToken(token));
    await notify(
      tx,
      "invitation.sent",
      { userId: null, email: request.email.trim(), name: request.name, language: request.language },
      {
        recipientName: request.name,
        inviterName: inviter?.name ?? "Roundtable",
        organizationName: invitation?.organizationNameEn
          ? {
              en: invitation.organizationNameEn,
              fr: invitation.organizationNameFr ?? invitation.organizationNameEn,
            }
          : null,
        acceptUrl: { en: accept("en"), fr: accept("fr") },
        expiresAt: expiresAt.toISOString(),
      },
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "invitation.sent",
      subjectType: "invitation",
      subjectId: invitationId,
      ip: context.ip,
      details: { roles, organizationId: request.organizationId },
    });
    return { ok: true as const, invitationId, token };
  });
}

export type InvitationState =
  | {
      state: "valid";
      email: string;
      name: string | null;
      organizationName: { en: string; fr: string } | null;
      language: "en" | "fr" | null;
      staff: boolean;
    }
  | { state: "invalid" | "used" | "expired" };

/** What an invitation link is worth right now, without using it. */
export async function inspectInvitation(
  db: Database,
  token: string,
  now: Date,
): Promise<InvitationState> {
  const row = await findInvitationByTokenHash(db, hashToken(token));
  if (!row) return { state: "invalid" };
  if (row.invitation.acceptedAt) return { state: "used" };
  if (row.invitation.expiresAt <= now) return { state: "expired" };
  return {
    state: "valid",
    email: row.invitation.email,
    name: row.invitation.name,
    organizationName: row.organizationNameEn
      ? { en: row.organizationNameEn, fr: row.organizationNameFr ?? row.organizationNameEn }
      : null,
    language: row.invitation.language,
    staff: isStaff(row.invitation.roles as Role[]),
  };
}

export type AcceptResult =
  | { ok: true; session: NewSession; staff: boolean }
  | {
      ok: false;
      errors: Array<"invalid" | "used" | "expired" | "accountExists" | PasswordProblem>;
    };

/** Creates the account, joins the organization and roles, uses up the link, signs in. */
export async function acceptInvitation(
  db: Database,
  token: string,
  input: {
    name: string;
    password: string;
    language: "en" | "fr";
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
): Promise<AcceptResult> {
  const state = await inspectInvitation(db, token, input.now);
  if (state.state !== "valid") return { ok: false, errors: [state.state] };
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, errors: [problem] };
  if (await findUserIdByEmail(db, state.email)) return { ok: false, errors: ["accountExists"] };
  const passwordHash = await hashPassword(input.password);
  return db
    .transaction(async (tx) => {
      const row = (await findInvitationByTokenHash(tx, hashToken(token)))!;
      const userId = await insertUser(tx, {
        email: state.email,
        name: input.name,
        preferredLanguage: input.language,
        passwordHash,
      });
      // Single use, even when two tabs accept at once: only one update finds it unused.
      if (!(await consumeInvitation(tx, row.invitation.id, userId, input.now))) {
        throw new InvitationAlreadyUsed();
      }
      if (row.invitation.organizationId)
        await addMembership(tx, userId, row.invitation.organizationId);
      await linkInviteesToAccount(tx, row.invitation.id, userId);
      await setRoles(tx, userId, row.invitation.roles as Role[], row.invitation.invitedBy);
      await recordAudit(tx, {
        actorUserId: userId,
        action: "invitation.accepted",
        subjectType: "invitation",
        subjectId: row.invitation.id,
        ip: input.ip,
        details: { roles: row.invitation.roles },
      });
      const session = await createSession(tx, userId, {
        twoFactorVerified: false,
        ip: input.ip,
        userAgent: input.userAgent,
        now: input.now,
      });
      return { ok: true as const, session, staff: state.staff };
    })
    .catch((error: unknown) => {
      if (error instanceof InvitationAlreadyUsed)
        return { ok: false as const, errors: ["used" as const] };
      throw error;
    });
}

class InvitationAlreadyUsed extends Error {}
