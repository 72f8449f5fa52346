import { redirect } from "@remix-run/node";
import type { Database } from "../../../db/client";
import type { Locale } from "~/i18n/locale";
import { can, isStaff, type Actor, type Permission, type Role } from "./permissions";
import { readSessionToken, validateSessionToken } from "./sessions.server";

export type SignedIn = NonNullable<Awaited<ReturnType<typeof getSignedIn>>>;

/**
 * One lookup per request: a page's root loader and its route's loader both ask who is signed in,
 * and they get the same answer from one set of queries. Remix hands every loader of a document
 * request the same Request object; an action's revalidation gets a new one, so a sign-out or a
 * role change in an action is seen by the loaders that follow it.
 */
const lookups = new WeakMap<Request, Promise<SignedInLookup>>();
type SignedInLookup = Awaited<ReturnType<typeof lookUpSignedIn>>;

/** Who is making this request, with what roles and organizations; null when nobody. */
export function getSignedIn(request: Request, db: Database, now = new Date()) {
  let lookup = lookups.get(request);
  if (!lookup) {
    lookup = lookUpSignedIn(request, db, now);
    lookups.set(request, lookup);
  }
  return lookup;
}

async function lookUpSignedIn(request: Request, db: Database, now: Date) {
  const token = readSessionToken(request);
  if (!token) return null;
  const valid = await validateSessionToken(db, token, now);
  if (!valid) return null;
  const { roles, memberships: organizations, ...rest } = valid;
  const actor: Actor = {
    userId: valid.user.id,
    roles: roles as Role[],
    organizationIds: organizations.map((organization) => organization.organizationId),
    twoFactorVerified: valid.session.twoFactorVerified,
  };
  return { ...rest, roles: roles as Role[], organizations, actor };
}

function signInRedirect(request: Request, locale: Locale): never {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/${locale}/sign-in?redirectTo=${encodeURIComponent(back)}`);
}

/** A signed-in person, or a redirect to sign in that comes back here. */
export async function requireSignedIn(request: Request, db: Database, locale: Locale) {
  const signedIn = await getSignedIn(request, db);
  if (!signedIn) signInRedirect(request, locale);
  return signedIn;
}

/**
 * A staff member with a second factor verified in this session and, when given, the
 * permission. Staff without TOTP are sent to enrol; others get 403 (deny by default).
 */
export async function requireStaff(
  request: Request,
  db: Database,
  locale: Locale,
  permission: Permission = "read:staff-area",
) {
  const signedIn = await requireSignedIn(request, db, locale);
  if (isStaff(signedIn.roles)) {
    if (!signedIn.user.totpEnrolledAt) throw redirect(`/${locale}/two-factor/setup`);
    if (!signedIn.session.twoFactorVerified) throw redirect(`/${locale}/two-factor/verify`);
  }
  if (!can(signedIn.actor, permission)) throw new Response("Forbidden", { status: 403 });
  return signedIn;
}

/** Where a person lands after signing in: their own page, or a same-origin path they asked for. */
export function safeRedirectPath(candidate: string | null | undefined, fallback: string): string {
  if (
    !candidate ||
    !candidate.startsWith("/") ||
    candidate.startsWith("//") ||
    candidate.startsWith("/\\")
  )
    return fallback;
  return candidate;
}
