import type { Database } from "../../db/client";
import {
  addMembership,
  findOrganizationBySlug,
  insertUser,
  listMemberships,
  listRoles,
  setRoles,
} from "../../db/queries/accounts";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Role } from "../../app/features/accounts/permissions";

/**
 * A person of an organization with roles, as the route guards would hand them to a use-case:
 * signed in, second factor verified. Their name is the e-mail's local part; they prefer French.
 */
export async function signedInPerson(
  db: Database,
  email: string,
  organizationSlug: string,
  roles: Role[],
): Promise<SignedIn> {
  const userId = await insertUser(db, {
    email,
    name: email.split("@")[0]!,
    preferredLanguage: "fr",
    passwordHash: null,
  });
  await addMembership(db, userId, (await findOrganizationBySlug(db, organizationSlug))!.id);
  await setRoles(db, userId, roles, null);
  const [granted, organizations] = await Promise.all([
    listRoles(db, userId),
    listMemberships(db, userId),
  ]);
  const now = Date.now();
  return {
    user: {
      id: userId,
      name: email,
      email,
      status: "active",
      preferredLanguage: "fr",
      totpEnrolledAt: null,
    },
    session: {
      id: "test-session",
      userId,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + 3_600_000),
      twoFactorVerified: true,
      ip: null,
      userAgent: null,
    },
    idleExpiresAt: new Date(now + 1_800_000),
    roles: granted as Role[],
    organizations,
    actor: {
      userId,
      roles: granted as Role[],
      organizationIds: organizations.map((o) => o.organizationId),
      twoFactorVerified: true,
    },
  } as SignedIn;
}
