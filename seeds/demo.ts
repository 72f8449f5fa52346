import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import {
  consultationAudienceCategories,
  consultationComponents,
  consultations,
  frameworks,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  objectives,
  organizations,
  practiceDetails,
  principles,
  stakeholderCategories,
  thematicClusters,
} from "../db/schema";
import { ensureReview, ensureSectionsFromTemplate } from "../db/queries/review";
import type { SeedConsultation, SeedOrganization, SeedPractice } from "./data/types";

export interface DemoScenario {
  frameworkCode: string;
  organizations: SeedOrganization[];
  consultations: SeedConsultation[];
  practices: SeedPractice[];
}

async function idsByKey<T extends { key: string; id: number }>(rows: Promise<T[]>) {
  return new Map((await rows).map((row) => [row.key, row.id]));
}

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo seed: unknown ${what} "${key}"`);
  return value;
}

/** The demo scenario: organizations, two consultations and their practices. Idempotent. */
export async function seedDemoScenario(db: Database, scenario: DemoScenario) {
  return db.transaction(async (tx) => {
    const [framework] = await tx
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(eq(frameworks.code, scenario.frameworkCode));
    if (!framework) throw new Error(`Demo seed: framework ${scenario.frameworkCode} is not seeded`);

    const categoryIds = await idsByKey(
      tx
        .select({ key: stakeholderCategories.key, id: stakeholderCategories.id })
        .from(stakeholderCategories),
    );
    await tx
      .insert(organizations)
      .values(
        scenario.organizations.map((o) => ({
          slug: o.key,
          nameEn: o.name.en,
          nameFr: o.name.fr,
          stakeholderCategoryId: required(categoryIds, o.category, "stakeholder category"),
          jurisdiction: o.jurisdiction,
          website: o.website,
        })),
      )
      .onConflictDoNothing({ target: organizations.slug });
    const organizationIds = await idsByKey(
      tx.select({ key: organizations.slug, id: organizations.id }).from(organizations),
    );

    await tx
      .insert(consultations)
      .values(
        scenario.consultations.map((c) => ({
          slug: c.key,
          frameworkId: framework.id,
          type: c.type,
          status: c.status,
          titleEn: c.title.en,
          titleFr: c.title.fr,
          descriptionEn: c.description.en,
          descriptionFr: c.description.fr,
          coversFrom: c.coversFrom,
          coversTo: c.coversTo,
          opensAt: new Date(c.opensAt),
          closesAt: new Date(c.closesAt),
        })),
      )
      .onConflictDoNothing({ target: consultations.slug });
    const consultationRows = await tx
      .select({
        key: consultations.slug,
        id: consultations.id,
        closesAt: consultations.closesAt,
        opensAt: consultations.opensAt,
      })
      .from(consultations);
    const consultationByKey = new Map(consultationRows.map((row) => [row.key, row]));
    for (const consultation of scenario.consultations) {
      const consultationId = required(consultationByKey, consultation.key, "consultation").id;
      // Each demo consultation has its review, with the template's sections, ready to draft.
      await ensureSectionsFromTemplate(tx, consultationId, framework.id);
      await ensureReview(tx, consultationId);
      if (consultation.components?.length) {
        await tx
          .insert(consultationComponents)
          .values(consultation.components.map((kind) => ({ consultationId, kind })))
          .onConflictDoNothing();
      }
      if (consultation.audienceCategories?.length) {
        await tx
          .insert(consultationAudienceCategories)
          .values(
            consultation.audienceCategories.map((key) => ({
              consultationId,
              stakeholderCategoryId: required(categoryIds, key, "stakeholder category"),
            })),
          )
          .onConflictDoNothing();
      }
    }

    const objectiveIds = new Map(
      (
        await tx
          .select({ number: objectives.number, id: objectives.id })
          .from(objectives)
          .where(eq(objectives.frameworkId, framework.id))
      ).map((o) => [String(o.number), o.id]),
    );
    const principleIds = await idsByKey(
      tx
        .select({ key: principles.key, id: principles.id })
        .from(principles)
        .where(eq(principles.frameworkId, framework.id)),
    );
    const clusterIds = await idsByKey(
      tx
        .select({ key: thematicClusters.key, id: thematicClusters.id })
        .from(thematicClusters)
        .where(eq(thematicClusters.frameworkId, framework.id)),
    );

    const existing = new Set(
      (
        await tx
          .select({ key: inputs.importKey })
          .from(inputs)
          .where(
            inArray(
              inputs.importKey,
              scenario.practices.map((p) => p.key),
            ),
          )
      ).map((row) => row.key),
    );
    let created = 0;
    for (const practice of scenario.practices) {
      if (existing.has(practice.key)) continue;
      const consultation = required(consultationByKey, practice.consultation, "consultation");
      // Demo practices arrived a week after the consultation opened and were accepted; those
      // whose contributors consented are published.
      const submittedAt = new Date(consultation.opensAt.getTime() + 7 * 86_400_000);
      const year = submittedAt.getUTCFullYear();
      const [row] = await tx
        .insert(inputs)
        .values({
          reference: sql`${`RT-${year}-`} || lpad(nextval('input_reference_seq')::text, 6, '0')`,
          importKey: practice.key,
          consultationId: consultation.id,
          organizationId: required(organizationIds, practice.leadOrganization, "organization"),
          kind: "practice",
          status: "accepted",
          language: practice.language,
          publicationConsent: practice.consent,
          submittedAt,
          publishedAt:
            practice.consent === "private"
              ? null
              : new Date(submittedAt.getTime() + 30 * 86_400_000),
        })
        .returning({ id: inputs.id });
      const inputId = row!.id;
      await tx.insert(inputTexts).values(
        (["en", "fr"] as const).map((language) => ({
          inputId,
          language,
          title: practice.title[language],
          summary: practice.summary[language],
          body: practice.description[language],
          resultsAndEvidence: practice.resultsAndEvidence?.[language] ?? null,
        })),
      );
      if (practice.objectives.length > 0) {
        await tx.insert(inputObjectives).values(
          practice.objectives.map((number) => ({
            inputId,
            objectiveId: required(objectiveIds, String(number), "objective"),
            source: "contributor" as const,
          })),
        );
      }
      if (practice.principles.length > 0) {
        await tx.insert(inputPrinciples).values(
          practice.principles.map((key) => ({
            inputId,
            principleId: required(principleIds, key, "principle"),
            source: "contributor" as const,
          })),
        );
      }
      await tx.insert(practiceDetails).values({
        inputId,
        thematicClusterId: practice.thematicCluster
          ? required(clusterIds, practice.thematicCluster, "thematic cluster")
          : null,
        partners: practice.partners,
        scope: practice.scope,
        regions: practice.regions,
        periodStart: practice.periodStart,
        periodEnd: practice.periodEnd,
        fundingAmount: practice.funding ? String(practice.funding.amount) : null,
        fundingCurrency: practice.funding?.currency ?? null,
        fundingSource: practice.funding?.source ?? null,
        groupsServed: practice.groupsServed,
        links: practice.links,
      });
      created += 1;
    }
    const [count] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(inputs)
      .where(and(eq(inputs.kind, "practice"), sql`${inputs.importKey} is not null`));
    return { consultations: scenario.consultations.length, practices: count?.count ?? 0, created };
  });
}
