import { and, asc, desc, eq, exists, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultations,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  objectives,
  organizations,
  practiceDetails,
  principles,
  thematicClusters,
} from "../schema";

// The one rule for what the public may see of a practice. Every public query uses it.
const isPublishedPractice = and(eq(inputs.kind, "practice"), isNotNull(inputs.publishedAt));

const cardColumns = {
  id: inputs.id,
  reference: inputs.reference,
  language: inputs.language,
  publicationConsent: inputs.publicationConsent,
  publishedAt: inputs.publishedAt,
  organizationNameEn: organizations.nameEn,
  organizationNameFr: organizations.nameFr,
};

export type PracticeText = { language: "en" | "fr"; title: string; summary: string | null };

async function textsFor(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return new Map<number, PracticeText[]>();
  const rows = await db
    .select({
      inputId: inputTexts.inputId,
      language: inputTexts.language,
      title: inputTexts.title,
      summary: inputTexts.summary,
    })
    .from(inputTexts)
    .where(inArray(inputTexts.inputId, inputIds));
  const byInput = new Map<number, PracticeText[]>();
  for (const { inputId, ...text } of rows)
    byInput.set(inputId, [...(byInput.get(inputId) ?? []), text]);
  return byInput;
}

async function principlesFor(db: Database, inputIds: number[]) {
  if (inputIds.length === 0)
    return new Map<number, Array<{ key: string; titleEn: string; titleFr: string }>>();
  const rows = await db
    .selectDistinct({
      inputId: inputPrinciples.inputId,
      key: principles.key,
      titleEn: principles.titleEn,
      titleFr: principles.titleFr,
      position: principles.position,
    })
    .from(inputPrinciples)
    .innerJoin(principles, eq(principles.id, inputPrinciples.principleId))
    .where(inArray(inputPrinciples.inputId, inputIds))
    .orderBy(asc(principles.position));
  const byInput = new Map<number, Array<{ key: string; titleEn: string; titleFr: string }>>();
  for (const { inputId, position: _position, ...principle } of rows)
    byInput.set(inputId, [...(byInput.get(inputId) ?? []), principle]);
  return byInput;
}

// "Addresses this objective": tagged by the contributor or by staff (one row each, so an
// EXISTS rather than a join that would repeat the practice).
const addressesObjective = (db: Database, objectiveId: number) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(inputObjectives)
      .where(
        and(eq(inputObjectives.inputId, inputs.id), eq(inputObjectives.objectiveId, objectiveId)),
      ),
  );

/**
 * One page of the published practices that address an objective, newest first, with their
 * principles. At national scale an objective has thousands: the page never loads them all
 * (docs/performance.md, "Public pages").
 */
export async function listPublishedPracticesForObjective(
  db: Database,
  objectiveId: number,
  page: { limit: number; offset: number },
) {
  const cards = await db
    .select(cardColumns)
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(and(isPublishedPractice, addressesObjective(db, objectiveId)))
    .orderBy(desc(inputs.publishedAt), asc(inputs.id))
    .limit(page.limit)
    .offset(page.offset);
  const ids = cards.map((card) => card.id);
  const [texts, principlesByInput] = await Promise.all([textsFor(db, ids), principlesFor(db, ids)]);
  return cards.map((card) => ({
    ...card,
    texts: texts.get(card.id) ?? [],
    principles: principlesByInput.get(card.id) ?? [],
  }));
}

/** How many published practices address an objective. */
export async function countPublishedPracticesForObjective(db: Database, objectiveId: number) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(inputs)
    .where(and(isPublishedPractice, addressesObjective(db, objectiveId)));
  return Number(row?.count ?? 0);
}

/** Published practices of one consultation. */
export async function listPublishedPracticesForConsultation(db: Database, consultationId: number) {
  const cards = await db
    .select(cardColumns)
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .where(and(isPublishedPractice, eq(inputs.consultationId, consultationId)))
    .orderBy(desc(inputs.publishedAt), asc(inputs.id));
  const texts = await textsFor(
    db,
    cards.map((card) => card.id),
  );
  return cards.map((card) => ({ ...card, texts: texts.get(card.id) ?? [] }));
}

/** One published practice by its reference, or null: unpublished ones do not exist publicly. */
export async function findPublishedPractice(db: Database, reference: string) {
  const [practice] = await db
    .select({
      ...cardColumns,
      consultationSlug: consultations.slug,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      scope: practiceDetails.scope,
      regions: practiceDetails.regions,
      partners: practiceDetails.partners,
      periodStart: practiceDetails.periodStart,
      periodEnd: practiceDetails.periodEnd,
      fundingAmount: practiceDetails.fundingAmount,
      fundingCurrency: practiceDetails.fundingCurrency,
      fundingSource: practiceDetails.fundingSource,
      groupsServed: practiceDetails.groupsServed,
      links: practiceDetails.links,
      clusterTitleEn: thematicClusters.titleEn,
      clusterTitleFr: thematicClusters.titleFr,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .innerJoin(practiceDetails, eq(practiceDetails.inputId, inputs.id))
    .leftJoin(thematicClusters, eq(thematicClusters.id, practiceDetails.thematicClusterId))
    .where(and(isPublishedPractice, eq(inputs.reference, reference)));
  if (!practice) return null;
  const [texts, objectiveRows, principlesByInput] = await Promise.all([
    db
      .select({
        language: inputTexts.language,
        title: inputTexts.title,
        summary: inputTexts.summary,
        body: inputTexts.body,
        resultsAndEvidence: inputTexts.resultsAndEvidence,
        lessonsLearned: inputTexts.lessonsLearned,
        genderConsiderations: inputTexts.genderConsiderations,
      })
      .from(inputTexts)
      .where(eq(inputTexts.inputId, practice.id)),
    db
      .selectDistinct({
        number: objectives.number,
        titleEn: objectives.titleEn,
        titleFr: objectives.titleFr,
      })
      .from(inputObjectives)
      .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
      .where(eq(inputObjectives.inputId, practice.id))
      .orderBy(asc(objectives.number)),
    principlesFor(db, [practice.id]),
  ]);
  return {
    ...practice,
    texts,
    objectives: objectiveRows,
    principles: principlesByInput.get(practice.id) ?? [],
  };
}
