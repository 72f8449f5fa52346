import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultationAudienceCategories,
  consultationAudienceOrganizations,
  consultationInvitees,
  consultations,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  objectives,
  organizations,
  principles,
  reviewCitations,
  reviewEvents,
  reviews,
  reviewSectionRevisions,
  reviewSections,
  reviewTemplateSections,
  stakeholderCategories,
  surveyResponses,
  surveys,
  users,
} from "../schema";
import { listFrameworkObjectives } from "./framework";

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewSectionRow = typeof reviewSections.$inferSelect;
export type ReviewStatus = ReviewRow["status"];
export type ReviewEventKind = (typeof reviewEvents.$inferSelect)["kind"];

export async function findConsultationForReview(db: Database, consultationId: number) {
  const [row] = await db
    .select({
      id: consultations.id,
      slug: consultations.slug,
      frameworkId: consultations.frameworkId,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      coversFrom: consultations.coversFrom,
      coversTo: consultations.coversTo,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row ?? null;
}

export async function listConsultationsForReview(db: Database) {
  return db
    .select({
      id: consultations.id,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
      reviewStatus: reviews.status,
    })
    .from(consultations)
    .leftJoin(reviews, eq(reviews.consultationId, consultations.id))
    .orderBy(desc(consultations.opensAt));
}

/** The consultation's review, created on first need (idempotent under concurrency). */
export async function ensureReview(db: Database, consultationId: number): Promise<ReviewRow> {
  await db.insert(reviews).values({ consultationId }).onConflictDoNothing();
  const [row] = await db.select().from(reviews).where(eq(reviews.consultationId, consultationId));
  return row!;
}

export async function findReview(db: Database, consultationId: number) {
  const [row] = await db.select().from(reviews).where(eq(reviews.consultationId, consultationId));
  return row ?? null;
}

/** Copies the framework's review template when a consultation has no section yet. */
export async function ensureSectionsFromTemplate(
  db: Database,
  consultationId: number,
  frameworkId: number,
) {
  const [existing] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(reviewSections)
    .where(eq(reviewSections.consultationId, consultationId));
  if ((existing?.count ?? 0) > 0) return 0;
  const template = await db
    .select()
    .from(reviewTemplateSections)
    .where(eq(reviewTemplateSections.frameworkId, frameworkId))
    .orderBy(asc(reviewTemplateSections.number));
  if (template.length === 0) return 0;
  await db
    .insert(reviewSections)
    .values(
      template.map((section) => ({
        consultationId,
        position: section.number,
        titleEn: section.titleEn,
        titleFr: section.titleFr,
        suggestedWords: section.suggestedWords,
        prompts: section.prompts,
      })),
    )
    .onConflictDoNothing();
  return template.length;
}

export async function listSections(db: Database, consultationId: number) {
  return db
    .select({
      section: reviewSections,
      updatedByName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${reviewSections.updatedBy})`,
    })
    .from(reviewSections)
    .where(eq(reviewSections.consultationId, consultationId))
    .orderBy(asc(reviewSections.position));
}

export async function findSection(db: Database, consultationId: number, sectionId: number) {
  const [row] = await db
    .select({
      section: reviewSections,
      updatedByName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${reviewSections.updatedBy})`,
    })
    .from(reviewSections)
    .where(
      and(eq(reviewSections.id, sectionId), eq(reviewSections.consultationId, consultationId)),
    );
  return row ?? null;
}

/** Locks the review row for the rest of the transaction: status changes and saves serialise on it. */
export async function lockReview(db: Database, reviewId: number) {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).for("update");
  return row ?? null;
}

/**
 * Writes the section's new text when it is still at the revision the editor started from.
 * Returns null when someone saved in between (nothing is written).
 */
export async function updateSectionText(
  db: Database,
  change: {
    sectionId: number;
    expectedRevision: number;
    bodyEn: string;
    bodyFr: string;
    enRevision: number;
    frRevision: number;
    updatedBy: number;
  },
) {
  const [row] = await db
    .update(reviewSections)
    .set({
      bodyEn: change.bodyEn,
      bodyFr: change.bodyFr,
      revision: change.expectedRevision + 1,
      enRevision: change.enRevision,
      frRevision: change.frRevision,
      updatedBy: change.updatedBy,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(reviewSections.id, change.sectionId),
        eq(reviewSections.revision, change.expectedRevision),
      ),
    )
    .returning();
  return row ?? null;
}

/** Marks both languages current at the section's revision ("the other language is up to date"). */
export async function markSectionInParity(
  db: Database,
  sectionId: number,
  expectedRevision: number,
) {
  const [row] = await db
    .update(reviewSections)
    .set({ enRevision: expectedRevision, frRevision: expectedRevision })
    .where(and(eq(reviewSections.id, sectionId), eq(reviewSections.revision, expectedRevision)))
    .returning({ id: reviewSections.id });
  return row ?? null;
}

export async function insertRevision(
  db: Database,
  revision: typeof reviewSectionRevisions.$inferInsert,
) {
  await db.insert(reviewSectionRevisions).values(revision);
}

export async function listRevisions(db: Database, sectionId: number) {
  return db
    .select({
      revision: reviewSectionRevisions.revision,
      restoredFrom: reviewSectionRevisions.restoredFrom,
      createdAt: reviewSectionRevisions.createdAt,
      createdByName: users.name,
      bodyEnLength: sql<number>`length(${reviewSectionRevisions.bodyEn})::int`,
      bodyFrLength: sql<number>`length(${reviewSectionRevisions.bodyFr})::int`,
    })
    .from(reviewSectionRevisions)
    .leftJoin(users, eq(users.id, reviewSectionRevisions.createdBy))
    .where(eq(reviewSectionRevisions.sectionId, sectionId))
    .orderBy(desc(reviewSectionRevisions.revision));
}

export async function findRevision(db: Database, sectionId: number, revision: number) {
  const [row] = await db
    .select({
      revision: reviewSectionRevisions.revision,
      bodyEn: reviewSectionRevisions.bodyEn,
      bodyFr: reviewSectionRevisions.bodyFr,
      titleEn: reviewSectionRevisions.titleEn,
      titleFr: reviewSectionRevisions.titleFr,
      restoredFrom: reviewSectionRevisions.restoredFrom,
      createdAt: reviewSectionRevisions.createdAt,
      createdByName: users.name,
    })
    .from(reviewSectionRevisions)
    .leftJoin(users, eq(users.id, reviewSectionRevisions.createdBy))
    .where(
      and(
        eq(reviewSectionRevisions.sectionId, sectionId),
        eq(reviewSectionRevisions.revision, revision),
      ),
    );
  return row ?? null;
}

/** The inputs behind these references, whatever their consultation or status. */
export async function findInputsByReference(db: Database, references: string[]) {
  if (references.length === 0) return [];
  return db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      status: inputs.status,
      consultationId: inputs.consultationId,
    })
    .from(inputs)
    .where(inArray(inputs.reference, references));
}

/** Makes review_citations say exactly which inputs the section's text cites. */
export async function replaceCitations(db: Database, sectionId: number, inputIds: number[]) {
  await db.delete(reviewCitations).where(eq(reviewCitations.sectionId, sectionId));
  if (inputIds.length > 0) {
    await db
      .insert(reviewCitations)
      .values(inputIds.map((inputId) => ({ sectionId, inputId })))
      .onConflictDoNothing();
  }
}

export async function listCitedInputIds(db: Database, sectionId: number) {
  const rows = await db
    .select({ inputId: reviewCitations.inputId })
    .from(reviewCitations)
    .where(eq(reviewCitations.sectionId, sectionId));
  return rows.map((row) => row.inputId);
}

export interface EvidenceFilters {
  objective?: number;
  principle?: string;
  kind?: (typeof inputs.$inferSelect)["kind"];
  category?: string;
  q?: string;
}

/** Accepted inputs of the consultation, the only ones a review may cite. */
export async function listEvidence(
  db: Database,
  consultationId: number,
  filters: EvidenceFilters,
  limit: number,
) {
  const where: (SQL | undefined)[] = [
    eq(inputs.consultationId, consultationId),
    eq(inputs.status, "accepted"),
    filters.kind ? eq(inputs.kind, filters.kind) : undefined,
    filters.objective
      ? sql`exists (select 1 from ${inputObjectives} io join ${objectives} o on o.id = io.objective_id where io.input_id = ${inputs.id} and o.number = ${filters.objective})`
      : undefined,
    filters.principle
      ? sql`exists (select 1 from ${inputPrinciples} ip join ${principles} p on p.id = ip.principle_id where ip.input_id = ${inputs.id} and p.key = ${filters.principle})`
      : undefined,
    filters.category ? eq(stakeholderCategories.key, filters.category) : undefined,
    filters.q
      ? sql`exists (select 1 from ${inputTexts} t where t.input_id = ${inputs.id}
          and t.search @@ (websearch_to_tsquery('rt_english', ${filters.q}) || websearch_to_tsquery('rt_french', ${filters.q})))`
      : undefined,
  ];
  return db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      language: inputs.language,
      publicationConsent: inputs.publicationConsent,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      titleEn: sql<string>`coalesce((select t.title from ${inputTexts} t where t.input_id = ${inputs.id} and t.language = 'en'), (select t.title from ${inputTexts} t where t.input_id = ${inputs.id} limit 1), '')`,
      titleFr: sql<string>`coalesce((select t.title from ${inputTexts} t where t.input_id = ${inputs.id} and t.language = 'fr'), (select t.title from ${inputTexts} t where t.input_id = ${inputs.id} limit 1), '')`,
      objectiveNumbers: sql<
        number[]
      >`coalesce((select array_agg(distinct o.number order by o.number) from ${inputObjectives} io join ${objectives} o on o.id = io.objective_id where io.input_id = ${inputs.id}), '{}')`,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .where(and(...where))
    .orderBy(asc(inputs.reference))
    .limit(limit);
}

export async function listFrameworkFacets(db: Database, frameworkId: number) {
  const [objectiveRows, principleRows, categoryRows] = await Promise.all([
    listFrameworkObjectives(db, frameworkId),
    db
      .select({
        id: principles.id,
        key: principles.key,
        titleEn: principles.titleEn,
        titleFr: principles.titleFr,
      })
      .from(principles)
      .where(eq(principles.frameworkId, frameworkId))
      .orderBy(asc(principles.position)),
    db
      .select({
        id: stakeholderCategories.id,
        key: stakeholderCategories.key,
        nameEn: stakeholderCategories.nameEn,
        nameFr: stakeholderCategories.nameFr,
      })
      .from(stakeholderCategories)
      .orderBy(asc(stakeholderCategories.position)),
  ]);
  return { objectives: objectiveRows, principles: principleRows, categories: categoryRows };
}

/** Received (submitted at some point), accepted and cited inputs per objective. */
export async function coverageByObjective(
  db: Database,
  consultationId: number,
  frameworkId: number,
) {
  return db
    .select({
      number: objectives.number,
      titleEn: objectives.titleEn,
      titleFr: objectives.titleFr,
      received: sql<number>`count(distinct i.id) filter (where i.status not in ('draft', 'withdrawn'))::int`,
      accepted: sql<number>`count(distinct i.id) filter (where i.status = 'accepted')::int`,
      cited: sql<number>`count(distinct i.id) filter (where exists (select 1 from ${reviewCitations} rc join ${reviewSections} rs on rs.id = rc.section_id where rc.input_id = i.id and rs.consultation_id = ${consultationId}))::int`,
    })
    .from(objectives)
    .leftJoin(
      sql`(select distinct io.objective_id, io.input_id from ${inputObjectives} io) as io`,
      sql`io.objective_id = "objectives"."id"`,
    )
    .leftJoin(
      sql`${inputs} as i`,
      sql`i.id = io.input_id and i.consultation_id = ${consultationId}`,
    )
    .where(eq(objectives.frameworkId, frameworkId))
    .groupBy(objectives.id)
    .orderBy(asc(objectives.number));
}

const CITED = (consultationId: number) =>
  sql`(select distinct rc.input_id from ${reviewCitations} rc join ${reviewSections} rs on rs.id = rc.section_id where rs.consultation_id = ${consultationId})`;

export async function citedByPrinciple(db: Database, consultationId: number, frameworkId: number) {
  return db
    .select({
      key: principles.key,
      titleEn: principles.titleEn,
      titleFr: principles.titleFr,
      cited: sql<number>`(select count(distinct ip.input_id) from ${inputPrinciples} ip where ip.principle_id = "principles"."id" and ip.input_id in ${CITED(consultationId)})::int`,
    })
    .from(principles)
    .where(eq(principles.frameworkId, frameworkId))
    .orderBy(asc(principles.position));
}

export async function citedByCategory(db: Database, consultationId: number) {
  return db
    .select({
      key: stakeholderCategories.key,
      nameEn: stakeholderCategories.nameEn,
      nameFr: stakeholderCategories.nameFr,
      cited: sql<number>`(select count(*) from ${inputs} i join ${organizations} o on o.id = i.organization_id where o.stakeholder_category_id = "stakeholder_categories"."id" and i.id in ${CITED(consultationId)})::int`,
    })
    .from(stakeholderCategories)
    .orderBy(asc(stakeholderCategories.position));
}

export async function countCitedInputs(db: Database, consultationId: number) {
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${reviewCitations.inputId})::int` })
    .from(reviewCitations)
    .innerJoin(reviewSections, eq(reviewSections.id, reviewCitations.sectionId))
    .where(eq(reviewSections.consultationId, consultationId));
  return row?.count ?? 0;
}

/** Organizations invited (audience organizations, audience categories, imported invitees). */
const INVITED_ORGS = (consultationId: number) => sql`(
  select organization_id from ${consultationAudienceOrganizations} where consultation_id = ${consultationId}
  union select o.id from ${organizations} o join ${consultationAudienceCategories} c
    on c.stakeholder_category_id = o.stakeholder_category_id where c.consultation_id = ${consultationId}
  union select organization_id from ${consultationInvitees} where consultation_id = ${consultationId}
)`;

const RESPONDING_ORGS = (consultationId: number) => sql`(
  select organization_id from ${inputs} where consultation_id = ${consultationId} and status not in ('draft', 'withdrawn')
  union select r.organization_id from ${surveyResponses} r join ${surveys} s on s.id = r.survey_id
    where s.consultation_id = ${consultationId} and r.status = 'submitted'
)`;

/** Invited and responding organizations by stakeholder category and by province/territory. */
export async function organizationsByCategoryAndJurisdiction(db: Database, consultationId: number) {
  const byCategory = await db
    .select({
      key: stakeholderCategories.key,
      nameEn: stakeholderCategories.nameEn,
      nameFr: stakeholderCategories.nameFr,
      invited: sql<number>`count(*) filter (where ${organizations.id} in ${INVITED_ORGS(consultationId)})::int`,
      responding: sql<number>`count(*) filter (where ${organizations.id} in ${RESPONDING_ORGS(consultationId)})::int`,
    })
    .from(organizations)
    .innerJoin(
      stakeholderCategories,
      eq(stakeholderCategories.id, organizations.stakeholderCategoryId),
    )
    .groupBy(stakeholderCategories.id)
    .orderBy(asc(stakeholderCategories.position));
  const byJurisdiction = await db
    .select({
      jurisdiction: organizations.jurisdiction,
      invited: sql<number>`count(*) filter (where ${organizations.id} in ${INVITED_ORGS(consultationId)})::int`,
      responding: sql<number>`count(*) filter (where ${organizations.id} in ${RESPONDING_ORGS(consultationId)})::int`,
    })
    .from(organizations)
    .groupBy(organizations.jurisdiction)
    .orderBy(asc(organizations.jurisdiction));
  return { byCategory, byJurisdiction };
}

export async function countInvitedAndResponding(db: Database, consultationId: number) {
  const [row] = await db
    .select({
      invited: sql<number>`count(*) filter (where ${organizations.id} in ${INVITED_ORGS(consultationId)})::int`,
      responding: sql<number>`count(*) filter (where ${organizations.id} in ${RESPONDING_ORGS(consultationId)})::int`,
    })
    .from(organizations);
  return { invited: row?.invited ?? 0, responding: row?.responding ?? 0 };
}

export async function inputsByKindAndStatus(db: Database, consultationId: number) {
  return db
    .select({ kind: inputs.kind, status: inputs.status, count: sql<number>`count(*)::int` })
    .from(inputs)
    .where(
      and(
        eq(inputs.consultationId, consultationId),
        sql`${inputs.status} not in ('draft', 'withdrawn')`,
      ),
    )
    .groupBy(inputs.kind, inputs.status)
    .orderBy(asc(inputs.kind), asc(inputs.status));
}

/** Organizations that were asked to answer a survey of the consultation, and those that submitted. */
export async function surveyUptake(db: Database, consultationId: number) {
  const [row] = await db
    .select({
      surveys: sql<number>`count(distinct ${surveys.id})::int`,
      submitted: sql<number>`(select count(distinct r.organization_id) from ${surveyResponses} r join ${surveys} s on s.id = r.survey_id where s.consultation_id = ${consultationId} and r.status = 'submitted')::int`,
    })
    .from(surveys)
    .where(eq(surveys.consultationId, consultationId));
  return { surveys: row?.surveys ?? 0, submitted: row?.submitted ?? 0 };
}

export async function updateReviewStatus(
  db: Database,
  reviewId: number,
  expectedVersion: number,
  set: Partial<Pick<ReviewRow, "status" | "approvedRevisions" | "approvedBy" | "approvedAt">>,
) {
  const [row] = await db
    .update(reviews)
    .set({ ...set, version: sql`${reviews.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(reviews.id, reviewId), eq(reviews.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function insertReviewEvent(
  db: Database,
  event: { reviewId: number; kind: ReviewEventKind; comment: string | null; actorUserId: number },
) {
  await db.insert(reviewEvents).values(event);
}

export async function listReviewEvents(db: Database, reviewId: number) {
  return db
    .select({
      id: reviewEvents.id,
      kind: reviewEvents.kind,
      comment: reviewEvents.comment,
      createdAt: reviewEvents.createdAt,
      actorName: users.name,
    })
    .from(reviewEvents)
    .innerJoin(users, eq(users.id, reviewEvents.actorUserId))
    .where(eq(reviewEvents.reviewId, reviewId))
    .orderBy(desc(reviewEvents.createdAt), desc(reviewEvents.id));
}

export async function findUserName(db: Database, userId: number | null) {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

export async function insertSection(
  db: Database,
  section: { consultationId: number; titleEn: string; titleFr: string },
) {
  const [row] = await db
    .insert(reviewSections)
    .values({
      ...section,
      position: sql`(select coalesce(max(position), 0) + 1 from ${reviewSections} where consultation_id = ${section.consultationId})`,
      prompts: [],
    })
    .returning({ id: reviewSections.id });
  return row!.id;
}

export async function renameSection(
  db: Database,
  sectionId: number,
  titles: { titleEn: string; titleFr: string },
) {
  const [row] = await db
    .update(reviewSections)
    .set(titles)
    .where(eq(reviewSections.id, sectionId))
    .returning({ id: reviewSections.id });
  return row ?? null;
}

/**
 * Swaps a section with its neighbour. (consultation_id, position) is unique and not
 * deferrable, so the first row parks at a free negative position during the swap.
 */
export async function swapSectionPositions(db: Database, a: ReviewSectionRow, b: ReviewSectionRow) {
  await db
    .update(reviewSections)
    .set({ position: -a.position - 1_000_000 })
    .where(eq(reviewSections.id, a.id));
  await db.update(reviewSections).set({ position: a.position }).where(eq(reviewSections.id, b.id));
  await db.update(reviewSections).set({ position: b.position }).where(eq(reviewSections.id, a.id));
}

/** The inputs cited anywhere in the consultation's review (for the overview and annex). */
export async function listCitedInputsOfReview(db: Database, consultationId: number) {
  return db
    .select({ sectionId: reviewCitations.sectionId, reference: inputs.reference })
    .from(reviewCitations)
    .innerJoin(reviewSections, eq(reviewSections.id, reviewCitations.sectionId))
    .innerJoin(inputs, eq(inputs.id, reviewCitations.inputId))
    .where(eq(reviewSections.consultationId, consultationId));
}

/** What the annex says about each cited input: title per language, organization, consent. */
export async function listCitedInputDetails(db: Database, references: string[]) {
  if (references.length === 0) return [];
  return db
    .select({
      reference: inputs.reference,
      consultationId: inputs.consultationId,
      status: inputs.status,
      publicationConsent: inputs.publicationConsent,
      publishedAt: inputs.publishedAt,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      titleEn: sql<string>`coalesce((select t.title from ${inputTexts} t where t.input_id = ${inputs.id} and t.language = 'en'), (select t.title from ${inputTexts} t where t.input_id = ${inputs.id} limit 1), '')`,
      titleFr: sql<string>`coalesce((select t.title from ${inputTexts} t where t.input_id = ${inputs.id} and t.language = 'fr'), (select t.title from ${inputTexts} t where t.input_id = ${inputs.id} limit 1), '')`,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(inArray(inputs.reference, references));
}
