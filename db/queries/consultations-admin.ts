// The coordinator's side of consultations: set-up, status, invitees, uptake, reminders.
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "./framework";
import {
  closedGroups,
  consultationAudienceCategories,
  consultationAudienceGroups,
  consultationAudienceOrganizations,
  consultationComponents,
  consultationInvitees,
  invitations,
  consultations,
  frameworks,
  organizations,
  reviewSections,
  stakeholderCategories,
  users,
} from "../schema";

type ConsultationStatus = (typeof consultations.$inferSelect)["status"];
type ComponentKind = (typeof consultationComponents.$inferSelect)["kind"];

/** The database's clock: every instance agrees on it, so deadlines are judged by it. */
export async function databaseNow(db: Database): Promise<Date> {
  const result = await db.execute(sql`select now() as now`);
  const [row] = rowsOf<{ now: string | Date }>(result);
  return new Date(row!.now);
}

export async function listConsultationsForStaff(db: Database) {
  return db
    .select({
      id: consultations.id,
      slug: consultations.slug,
      type: consultations.type,
      status: consultations.status,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
    })
    .from(consultations)
    .orderBy(desc(consultations.opensAt), desc(consultations.id));
}

export async function findConsultationForStaff(db: Database, id: number) {
  const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
  if (!row) return null;
  const [components, audienceOrganizations, audienceCategories, audienceGroups, sections] =
    await Promise.all([
      db
        .select({ kind: consultationComponents.kind })
        .from(consultationComponents)
        .where(eq(consultationComponents.consultationId, id)),
      db
        .select({ id: consultationAudienceOrganizations.organizationId })
        .from(consultationAudienceOrganizations)
        .where(eq(consultationAudienceOrganizations.consultationId, id)),
      db
        .select({ id: consultationAudienceCategories.stakeholderCategoryId })
        .from(consultationAudienceCategories)
        .where(eq(consultationAudienceCategories.consultationId, id)),
      db
        .select({ id: consultationAudienceGroups.groupId })
        .from(consultationAudienceGroups)
        .where(eq(consultationAudienceGroups.consultationId, id)),
      db
        .select({
          position: reviewSections.position,
          titleEn: reviewSections.titleEn,
          titleFr: reviewSections.titleFr,
          suggestedWords: reviewSections.suggestedWords,
        })
        .from(reviewSections)
        .where(eq(reviewSections.consultationId, id))
        .orderBy(asc(reviewSections.position)),
    ]);
  return {
    ...row,
    components: components.map((c) => c.kind),
    organizationIds: audienceOrganizations.map((o) => o.id),
    categoryIds: audienceCategories.map((c) => c.id),
    groupIds: audienceGroups.map((g) => g.id),
    sections,
  };
}

export async function findFrameworkId(db: Database, code: string) {
  const [row] = await db
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(eq(frameworks.code, code));
  return row?.id ?? null;
}

export async function listConsultationSlugsLike(db: Database, base: string) {
  const rows = await db
    .select({ slug: consultations.slug })
    .from(consultations)
    .where(sql`${consultations.slug} like ${`${base.replace(/[%_\\]/g, "\\$&")}%`}`);
  return rows.map((row) => row.slug);
}

export interface ConsultationValues {
  type: (typeof consultations.$inferInsert)["type"];
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  coversFrom: string;
  coversTo: string;
  opensAt: Date;
  closesAt: Date;
  audiencePublic: boolean;
}

export async function insertConsultation(
  db: Database,
  values: ConsultationValues & { slug: string; frameworkId: number; createdBy: number },
) {
  const [row] = await db
    .insert(consultations)
    .values({ ...values, status: "draft" })
    .returning({ id: consultations.id, slug: consultations.slug });
  return row!;
}

export async function updateConsultationFields(
  db: Database,
  id: number,
  values: ConsultationValues,
) {
  await db
    .update(consultations)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(consultations.id, id));
}

/** Moves the status only if it is still `from`: two coordinators cannot both move it. */
export async function updateConsultationStatus(
  db: Database,
  id: number,
  from: ConsultationStatus,
  to: ConsultationStatus,
) {
  const rows = await db
    .update(consultations)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(consultations.id, id), eq(consultations.status, from)))
    .returning({ id: consultations.id });
  return rows.length === 1;
}

export async function replaceComponentsAndAudience(
  db: Database,
  consultationId: number,
  choice: {
    components: ComponentKind[];
    organizationIds: number[];
    categoryIds: number[];
    groupIds: number[];
  },
) {
  await db
    .delete(consultationComponents)
    .where(eq(consultationComponents.consultationId, consultationId));
  await db
    .delete(consultationAudienceOrganizations)
    .where(eq(consultationAudienceOrganizations.consultationId, consultationId));
  await db
    .delete(consultationAudienceCategories)
    .where(eq(consultationAudienceCategories.consultationId, consultationId));
  await db
    .delete(consultationAudienceGroups)
    .where(eq(consultationAudienceGroups.consultationId, consultationId));
  const unique = <T>(values: T[]) => [...new Set(values)];
  if (choice.components.length)
    await db
      .insert(consultationComponents)
      .values(unique(choice.components).map((kind) => ({ consultationId, kind })));
  if (choice.organizationIds.length)
    await db.insert(consultationAudienceOrganizations).values(
      unique(choice.organizationIds).map((organizationId) => ({
        consultationId,
        organizationId,
      })),
    );
  if (choice.categoryIds.length)
    await db.insert(consultationAudienceCategories).values(
      unique(choice.categoryIds).map((stakeholderCategoryId) => ({
        consultationId,
        stakeholderCategoryId,
      })),
    );
  if (choice.groupIds.length)
    await db
      .insert(consultationAudienceGroups)
      .values(unique(choice.groupIds).map((groupId) => ({ consultationId, groupId })));
}

export async function listStakeholderCategories(db: Database) {
  return db
    .select({
      id: stakeholderCategories.id,
      key: stakeholderCategories.key,
      nameEn: stakeholderCategories.nameEn,
      nameFr: stakeholderCategories.nameFr,
    })
    .from(stakeholderCategories)
    .orderBy(asc(stakeholderCategories.position));
}

export async function listClosedGroups(db: Database) {
  return db
    .select({ id: closedGroups.id, nameEn: closedGroups.nameEn, nameFr: closedGroups.nameFr })
    .from(closedGroups)
    .orderBy(asc(closedGroups.nameEn));
}

/** How many of the chosen audience ids exist: a form naming an unknown one is refused. */
export async function countExisting(
  db: Database,
  ids: { organizationIds: number[]; categoryIds: number[]; groupIds: number[] },
) {
  const distinct = (values: number[]) => [...new Set(values)];
  const organizationRows = ids.organizationIds.length
    ? await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(inArray(organizations.id, distinct(ids.organizationIds)))
    : [];
  const categoryRows = ids.categoryIds.length
    ? await db
        .select({ id: stakeholderCategories.id })
        .from(stakeholderCategories)
        .where(inArray(stakeholderCategories.id, distinct(ids.categoryIds)))
    : [];
  const groupRows = ids.groupIds.length
    ? await db
        .select({ id: closedGroups.id })
        .from(closedGroups)
        .where(inArray(closedGroups.id, distinct(ids.groupIds)))
    : [];
  return {
    organizations: organizationRows.length,
    categories: categoryRows.length,
    groups: groupRows.length,
  };
}

// ---- invitees ----

export async function listOrganizationsForMatching(db: Database) {
  return db
    .select({ id: organizations.id, nameEn: organizations.nameEn, nameFr: organizations.nameFr })
    .from(organizations);
}

export async function organizationSlugTaken(db: Database, slug: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return Boolean(row);
}

export async function insertOrganization(
  db: Database,
  values: { slug: string; name: string; stakeholderCategoryId: number; jurisdiction: string },
) {
  const [row] = await db
    .insert(organizations)
    .values({
      slug: values.slug,
      nameEn: values.name,
      nameFr: values.name,
      stakeholderCategoryId: values.stakeholderCategoryId,
      jurisdiction: values.jurisdiction,
    })
    .returning({ id: organizations.id });
  return row!.id;
}

export async function findUsersByEmails(db: Database, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        emails.map((e) => e.toLowerCase()),
      ),
    );
}

/** Adds an invitee; false when the person was already invited to this consultation. */
export async function insertInvitee(
  db: Database,
  values: {
    consultationId: number;
    userId: number | null;
    invitationId?: number;
    organizationId: number;
    invitedBy: number;
  },
) {
  const rows = await db
    .insert(consultationInvitees)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: consultationInvitees.id });
  return rows.length === 1;
}

// ---- uptake and reminders ----

/** Each invitee with where they stand: signed in, started, submitted. */
export async function listInviteeProgress(db: Database, consultationId: number) {
  return db
    .select({
      inviteeId: consultationInvitees.id,
      userId: users.id,
      // Someone invited without an account is counted from the invitation until they accept.
      email: sql<string>`coalesce(${users.email}, ${invitations.email})`,
      name: sql<string | null>`coalesce(${users.name}, ${invitations.name})`,
      language: sql<
        "en" | "fr" | null
      >`coalesce(${users.preferredLanguage}, ${invitations.language})`,
      status: sql<"active" | "deactivated" | "invited">`coalesce(${users.status}::text, 'invited')`,
      signedIn: sql<boolean>`coalesce(${users.lastSignInAt} is not null, false)`,
      organizationId: consultationInvitees.organizationId,
      categoryId: organizations.stakeholderCategoryId,
      jurisdiction: organizations.jurisdiction,
      started: sql<boolean>`exists (select 1 from inputs i where i.consultation_id = ${consultationInvitees.consultationId} and i.organization_id = ${consultationInvitees.organizationId})`,
      submitted: sql<boolean>`exists (select 1 from inputs i where i.consultation_id = ${consultationInvitees.consultationId} and i.organization_id = ${consultationInvitees.organizationId} and i.status in ('submitted', 'in-review', 'accepted', 'rejected', 'changes-requested', 'merged'))`,
    })
    .from(consultationInvitees)
    .leftJoin(users, eq(users.id, consultationInvitees.userId))
    .leftJoin(invitations, eq(invitations.id, consultationInvitees.invitationId))
    .innerJoin(organizations, eq(organizations.id, consultationInvitees.organizationId))
    .where(eq(consultationInvitees.consultationId, consultationId))
    .orderBy(asc(consultationInvitees.id));
}

export async function markInviteesReminded(db: Database, inviteeIds: number[], at: Date) {
  if (inviteeIds.length === 0) return;
  await db
    .update(consultationInvitees)
    .set({ lastRemindedAt: at })
    .where(inArray(consultationInvitees.id, inviteeIds));
}

/** Open consultations whose closing time falls in (after, until]. */
export async function listOpenConsultationsClosingBetween(db: Database, after: Date, until: Date) {
  return db
    .select({
      id: consultations.id,
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
      closesAt: consultations.closesAt,
    })
    .from(consultations)
    .where(
      and(
        eq(consultations.status, "open"),
        gt(consultations.closesAt, after),
        lte(consultations.closesAt, until),
      ),
    );
}

/** When an invited person accepts, the consultations they were invited to know who they are. */
export async function linkInviteesToAccount(db: Database, invitationId: number, userId: number) {
  await db
    .update(consultationInvitees)
    .set({ userId })
    .where(
      and(eq(consultationInvitees.invitationId, invitationId), isNull(consultationInvitees.userId)),
    );
}
