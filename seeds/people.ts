import { decodeBase32IgnorePadding, encodeBase64 } from "@oslojs/encoding";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { closedGroupMembers, closedGroups, memberships, organizations, userRoles, users } from "../db/schema";
import { hashPassword } from "../app/features/accounts/password.server";
import { isStaff } from "../app/features/accounts/permissions";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32, demoClosedGroups, type SeedPerson } from "./data/people";

/** Demo accounts for every role; staff are enrolled in TOTP with the published demo key. */
export async function seedDemoPeople(db: Database, people: SeedPerson[]) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const totpKey = encodeBase64(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32));
  await db.transaction(async (tx) => {
    for (const group of demoClosedGroups) {
      await tx.insert(closedGroups).values({ slug: group.slug, nameEn: group.name.en, nameFr: group.name.fr }).onConflictDoNothing();
    }
    for (const person of people) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, person.email.toLowerCase()));
      if (existing) continue;
      const staff = isStaff(person.roles);
      const [user] = await tx
        .insert(users)
        .values({
          email: person.email,
          name: person.name,
          preferredLanguage: person.language,
          passwordHash,
          totpKey: staff ? totpKey : null,
          totpEnrolledAt: staff ? new Date() : null,
        })
        .returning({ id: users.id });
      const [organization] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, person.organization));
      if (!organization) throw new Error(`Demo seed: unknown organization ${person.organization}`);
      await tx.insert(memberships).values({ userId: user!.id, organizationId: organization.id });
      await tx.insert(userRoles).values(person.roles.map((role) => ({ userId: user!.id, role })));
      for (const slug of person.closedGroups ?? []) {
        const [group] = await tx.select({ id: closedGroups.id }).from(closedGroups).where(eq(closedGroups.slug, slug));
        await tx.insert(closedGroupMembers).values({ groupId: group!.id, userId: user!.id });
      }
    }
  });
}
