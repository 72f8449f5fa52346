import type { Database } from "../../../db/client";
import {
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from "../../../db/queries/accounts";
import { generateToken, hashToken } from "./tokens.server";

// Sessions as Lucia's guide builds them (docs/decisions/003-sessions-per-lucia-guide.md).
export const SESSION_COOKIE = "__Host-roundtable_session";
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
/** last-seen is written at most this often, to spare a write on every request */
const TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  userId: number,
  options: { twoFactorVerified: boolean; ip: string | null; userAgent: string | null; now: Date },
): Promise<NewSession> {
  const token = generateToken();
  const sessionId = hashToken(token);
  const expiresAt = new Date(options.now.getTime() + ABSOLUTE_LIFETIME_MS);
  await insertSession(db, {
    id: sessionId,
    userId,
    createdAt: options.now,
    expiresAt,
    twoFactorVerified: options.twoFactorVerified,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId, expiresAt };
}

export type ValidSession = NonNullable<Awaited<ReturnType<typeof validateSessionToken>>>;

/** The session a token opens, or null when it is unknown, idle too long, too old or its person deactivated. */
export async function validateSessionToken(db: Database, token: string, now: Date) {
  const sessionId = hashToken(token);
  const row = await findSessionWithUser(db, sessionId);
  if (!row) return null;
  const { session, user, roles, memberships } = row;
  const idleExpiresAt = new Date(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS);
  if (now >= session.expiresAt || now >= idleExpiresAt || user.status !== "active") {
    await deleteSession(db, sessionId);
    return null;
  }
  let lastSeenAt = session.lastSeenAt;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    lastSeenAt = now;
    await touchSession(db, sessionId, now);
  }
  return {
    session: { ...session, lastSeenAt },
    user,
    roles,
    memberships,
    /** when the session ends if nothing happens, for the timeout warning */
    idleExpiresAt: new Date(
      Math.min(lastSeenAt.getTime() + IDLE_TIMEOUT_MS, session.expiresAt.getTime()),
    ),
  };
}

/** Extends an idle session: the "stay signed in" button. */
export async function extendSession(db: Database, sessionId: string, now: Date) {
  await touchSession(db, sessionId, now);
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie") ?? "";
  const match = new RegExp(
    `(?:^|;\\s*)${SESSION_COOKIE.replace(/[-]/g, "\\-")}=([a-z2-7]{32})(?:;|$)`,
  ).exec(header);
  return match?.[1] ?? null;
}

export function sessionCookie(token: string, expiresAt: Date, now: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAge}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}
