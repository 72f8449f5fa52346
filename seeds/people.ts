import { decodeBase32IgnorePadding, encodeBase64 } from "@oslojs/encoding";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import {
  closedGroupMembers,
  closedGroups,
  inputs,
  memberships,
  organizations,
  userRoles,
  users,
} from "../db/schema";
import { invitePerson } from "../app/features/accounts/invitations.server";
import { hashPassword } from "../app/features/accounts/password.server";
import { notify } from "../app/features/notifications/notify.server";
import { isStaff } from "../app/features/accounts/permissions";
import {
  DEMO_PASSWORD,
  DEMO_TOTP_KEY_BASE32,
  demoClosedGroups,
  type SeedPerson,
} from "./data/people";

/** Demo accounts for every role; staff are enrolled in TOTP with the published demo key. */
export async function seedDemoPeople(db: Database, people: SeedPerson[]) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const totpKey = encodeBase64(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32));
  await db.transaction(async (tx) => {
    for (const group of demoClosedGroups) {
      await tx
        .insert(closedGroups)
        .values({ slug: group.slug, nameEn: group.name.en, nameFr: group.name.fr })
        .onConflictDoNothing();
    }
    for (const person of people) {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, person.email.toLowerCase()));
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
      const [organization] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.slug, person.organization));
      if (!organization) throw new Error(`Demo seed: unknown organization ${person.organization}`);
      await tx.insert(memberships).values({ userId: user!.id, organizationId: organization.id });
      await tx.insert(userRoles).values(person.roles.map((role) => ({ userId: user!.id, role })));
      for (const slug of person.closedGroups ?? []) {
        const [group] = await tx
          .select({ id: closedGroups.id })
          .from(closedGroups)
          .where(eq(closedGroups.slug, slug));
        await tx.insert(closedGroupMembers).values({ groupId: group!.id, userId: user!.id });
      }
    }
  });
}

/**
 * A few messages so the demo's mailbox shows real e-mails from the first start: a pending
 * invitation whose link works, and a receipt for a contributor's practice.
 */
export async function seedDemoMessages(db: Database, publicUrl: string) {
  const byEmail = async (email: string) =>
    (
      await db
        .select({ id: users.id, name: users.name, language: users.preferredLanguage })
        .from(users)
        .where(eq(users.email, email))
    )[0]!;
  const admin = await byEmail("admin@demo.roundtable.localhost");
  const contributor = await byEmail("contributor@demo.roundtable.localhost");
  const [maple] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, "maple-settlement-network"));
  await invitePerson(
    db,
    { userId: admin.id, roles: ["admin"], organizationIds: [], twoFactorVerified: true },
    {
      email: "newcomer@demo.roundtable.localhost",
      name: "Sasha Newcomer",
      organizationId: maple!.id,
      roles: ["contributor"],
      language: null,
    },
    { publicUrl, ip: null, now: new Date() },
  );
  const [practice] = await db
    .select({ reference: inputs.reference })
    .from(inputs)
    .where(eq(inputs.importKey, "temporary-to-permanent-residence-pathway"));
  if (!practice) return;
  const reference = practice.reference;
  await notify(
    db,
    "input.submitted",
    {
      userId: contributor.id,
      email: "contributor@demo.roundtable.localhost",
      name: contributor.name,
      language: contributor.language,
    },
    {
      recipientName: contributor.name,
      reference,
      kind: "practice",
      consultationTitle: {
        en: "2021 update to Canada's voluntary inputs",
        fr: "Mise à jour de 2021 des contributions volontaires du Canada",
      },
      submittedAt: new Date().toISOString(),
      inputUrl: {
        en: `${publicUrl}/en/practices/${reference}`,
        fr: `${publicUrl}/fr/practices/${reference}`,
      },
      editableUntil: null,
    },
    { dedupeKey: `demo-receipt:${reference}` },
  );
}
