import { and, asc, desc, eq, gt, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  invitations,
  memberships,
  organizations,
  passwordResets,
  recoveryCodes,
  sessions,
  stakeholderCategories,
  userRoles,
  users,
} from "../schema";

export type Role = (typeof userRoles.$inferSelect)["role"];

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  preferredLanguage: users.preferredLanguage,
  status: users.status,
  totpEnrolledAt: users.totpEnrolledAt,
  createdAt: users.createdAt,
  lastSignInAt: users.lastSignInAt,
};

export async function findUserForSignIn(db: Database, email: string) {
  const [user] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user ?? null;
}

export async function findUserById(db: Database, id: number) {
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return user ?? null;
}

export async function findUserIdByEmail(db: Database, email: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user?.id ?? null;
}

export async function findTotpKey(db: Database, userId: number) {
  const [row] = await db.select({ totpKey: users.totpKey }).from(users).where(eq(users.id, userId));
  return row?.totpKey ?? null;
}

export async function listRoles(db: Database, userId: number): Promise<Role[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  return rows.map((row) => row.role);
}

export async function listMemberships(db: Database, userId: number) {
  return db
    .select({
      organizationId: organizations.id,
      slug: organizations.slug,
      nameEn: organizations.nameEn,
      nameFr: organizations.nameFr,
      categoryKey: stakeholderCategories.key,
      jurisdiction: organizations.jurisdiction,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.nameEn));
}

export async function insertUser(
  db: Database,
  user: {
    email: string;
    name: string;
    preferredLanguage: "en" | "fr" | null;
    passwordHash: string | null;
  },
) {
  const [row] = await db.insert(users).values(user).returning({ id: users.id });
  return row!.id;
}

export async function updateUser(
  db: Database,
  id: number,
  changes: Partial<
    Pick<
      typeof users.$inferInsert,
      | "name"
      | "preferredLanguage"
      | "passwordHash"
      | "status"
      | "totpKey"
      | "totpEnrolledAt"
      | "lastSignInAt"
    >
  >,
) {
  await db
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

export async function addMembership(db: Database, userId: number, organizationId: number) {
  await db.insert(memberships).values({ userId, organizationId }).onConflictDoNothing();
}

export async function removeMembership(db: Database, userId: number, organizationId: number) {
  await db
    .delete(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)));
}

export async function setRoles(
  db: Database,
  userId: number,
  roles: Role[],
  grantedBy: number | null,
) {
  const current = await listRoles(db, userId);
  const removed = current.filter((role) => !roles.includes(role));
  const added = roles.filter((role) => !current.includes(role));
  if (removed.length)
    await db
      .delete(userRoles)
      .where(and(eq(userRoles.userId, userId), inArray(userRoles.role, removed)));
  if (added.length)
    await db.insert(userRoles).values(added.map((role) => ({ userId, role, grantedBy })));
  return { added, removed };
}

export async function searchPeople(db: Database, query: string, limit = 50) {
  const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      ...userColumns,
      roles: sql<
        Role[]
      >`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = ${users.id}), '{}')`,
      organizations: sql<
        string[]
      >`coalesce((select array_agg(o.name_en order by o.name_en) from memberships m join organizations o on o.id = m.organization_id where m.user_id = ${users.id}), '{}')`,
    })
    .from(users)
    .where(query ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined)
    .orderBy(asc(users.name))
    .limit(limit);
}

// Sessions: the id is the SHA-256 of the token.

export async function insertSession(
  db: Database,
  session: {
    id: string;
    userId: number;
    expiresAt: Date;
    createdAt: Date;
    twoFactorVerified: boolean;
    ip: string | null;
    userAgent: string | null;
  },
) {
  await db.insert(sessions).values({ ...session, lastSeenAt: session.createdAt });
}

export type Membership = Awaited<ReturnType<typeof listMemberships>>[number];

/**
 * A session with its person, their roles and their organizations: what every signed-in
 * request needs, in one round trip (the roles and organizations as subqueries).
 */
export async function findSessionWithUser(db: Database, sessionId: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        status: users.status,
        preferredLanguage: users.preferredLanguage,
        totpEnrolledAt: users.totpEnrolledAt,
      },
      roles: sql<Role[]>`array(select ${userRoles.role}::text from ${userRoles}
        where ${userRoles.userId} = ${users.id} order by 1)`,
      memberships: sql<Membership[]>`coalesce((select json_agg(json_build_object(
          'organizationId', o.id, 'slug', o.slug, 'nameEn', o.name_en, 'nameFr', o.name_fr,
          'categoryKey', c.key, 'jurisdiction', o.jurisdiction) order by o.name_en)
        from ${memberships} m
        join ${organizations} o on o.id = m.organization_id
        join ${stakeholderCategories} c on c.id = o.stakeholder_category_id
        where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

export async function touchSession(db: Database, sessionId: string, lastSeenAt: Date) {
  await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.id, sessionId));
}

export async function markSessionTwoFactorVerified(db: Database, sessionId: string) {
  await db.update(sessions).set({ twoFactorVerified: true }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Database, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionOfUser(db: Database, userId: number, sessionId: string) {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

export async function deleteUserSessions(db: Database, userId: number, exceptSessionId?: string) {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    );
}

export async function listUserSessions(db: Database, userId: number) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt));
}

// Invitations and password resets: single-use, hashed, short-lived.

export async function insertInvitation(db: Database, invitation: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(invitation).returning({ id: invitations.id });
  return row!.id;
}

export async function findInvitationByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
    })
    .from(invitations)
    .leftJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks the invitation used; false when someone already used it (a replay or a race). */
export async function consumeInvitation(db: Database, id: number, userId: number, now: Date) {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: now, acceptedUserId: userId })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

export async function insertPasswordReset(
  db: Database,
  reset: { tokenHash: string; userId: number; expiresAt: Date },
) {
  await db.insert(passwordResets).values(reset);
}

export async function consumePasswordReset(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId });
  return row?.userId ?? null;
}

export async function findPasswordReset(db: Database, tokenHash: string) {
  const [row] = await db
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash));
  return row ?? null;
}

/** Forgets a person's second factor and recovery codes, so they enrol again at next sign-in. */
export async function clearSecondFactor(db: Database, userId: number) {
  await db
    .update(users)
    .set({ totpKey: null, totpEnrolledAt: null, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

export async function replaceRecoveryCodes(db: Database, userId: number, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

export async function consumeRecoveryCode(
  db: Database,
  userId: number,
  codeHash: string,
  now: Date,
) {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function findOrganizationBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ id: organizations.id, nameEn: organizations.nameEn, nameFr: organizations.nameFr })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return row ?? null;
}

export async function listOrganizations(db: Database) {
  return db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      nameEn: organizations.nameEn,
      nameFr: organizations.nameFr,
      jurisdiction: organizations.jurisdiction,
      categoryKey: stakeholderCategories.key,
      categoryEn: stakeholderCategories.nameEn,
      categoryFr: stakeholderCategories.nameFr,
      members: sql<number>`(select count(*)::int from memberships m where m.organization_id = ${organizations.id})`,
    })
    .from(organizations)
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .orderBy(asc(organizations.nameEn));
}
