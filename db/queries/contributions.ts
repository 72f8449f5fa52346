import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  attachments,
  auditEvents,
  closedGroupMembers,
  consultationAudienceCategories,
  consultationAudienceGroups,
  consultationAudienceOrganizations,
  consultationComponents,
  consultations,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  inputVersions,
  objectives,
  organizations,
  practiceDetails,
  principles,
  thematicClusters,
  users,
} from "../schema";
import { rowsOf } from "./framework";

/** A consultation as contributors see it, with whether it takes input now by the database's clock. */
export async function findConsultationForContribution(db: Database, slug: string) {
  const [row] = await db
    .select({
      id: consultations.id,
      slug: consultations.slug,
      frameworkId: consultations.frameworkId,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
      closesAt: consultations.closesAt,
      audiencePublic: consultations.audiencePublic,
      acceptingNow: sql<boolean>`(${consultations.status} = 'open' and now() >= ${consultations.opensAt} and now() < ${consultations.closesAt})`,
    })
    .from(consultations)
    .where(eq(consultations.slug, slug));
  if (!row) return null;
  const components = await db
    .select({ kind: consultationComponents.kind })
    .from(consultationComponents)
    .where(eq(consultationComponents.consultationId, row.id));
  return { ...row, components: components.map((c) => c.kind) };
}

/** Whether an organization (or the person, through a closed group) is in the consultation's audience. */
export async function isInAudience(
  db: Database,
  consultationId: number,
  organizationId: number,
  userId: number,
) {
  const result = await db.execute<{ invited: boolean }>(sql`
    select (
      exists (select 1 from ${consultationAudienceOrganizations} a where a.consultation_id = ${consultationId} and a.organization_id = ${organizationId})
      or exists (select 1 from ${consultationAudienceCategories} c join ${organizations} o on o.stakeholder_category_id = c.stakeholder_category_id
                 where c.consultation_id = ${consultationId} and o.id = ${organizationId})
      or exists (select 1 from ${consultationAudienceGroups} g join ${closedGroupMembers} m on m.group_id = g.group_id
                 where g.consultation_id = ${consultationId} and m.user_id = ${userId})
    ) as invited
  `);
  return Boolean(rowsOf<{ invited: boolean }>(result)[0]?.invited);
}

/** True when the consultation accepts input at this instant of the database clock. */
export async function isAcceptingInput(db: Database, consultationId: number) {
  const [row] = await db
    .select({
      accepting: sql<boolean>`(${consultations.status} = 'open' and now() >= ${consultations.opensAt} and now() < ${consultations.closesAt})`,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return Boolean(row?.accepting);
}

export async function listFrameworkChoices(db: Database, frameworkId: number) {
  const [objectiveRows, principleRows, clusterRows] = await Promise.all([
    db
      .select({
        number: objectives.number,
        titleEn: objectives.titleEn,
        titleFr: objectives.titleFr,
      })
      .from(objectives)
      .where(eq(objectives.frameworkId, frameworkId))
      .orderBy(asc(objectives.number)),
    db
      .select({ key: principles.key, titleEn: principles.titleEn, titleFr: principles.titleFr })
      .from(principles)
      .where(eq(principles.frameworkId, frameworkId))
      .orderBy(asc(principles.position)),
    db
      .select({
        key: thematicClusters.key,
        titleEn: thematicClusters.titleEn,
        titleFr: thematicClusters.titleFr,
      })
      .from(thematicClusters)
      .where(eq(thematicClusters.frameworkId, frameworkId))
      .orderBy(asc(thematicClusters.position)),
  ]);
  return { objectives: objectiveRows, principles: principleRows, clusters: clusterRows };
}

export interface StoredPractice {
  language: "en" | "fr";
  title: string;
  summary: string | null;
  body: string | null;
  genderConsiderations: string | null;
  resultsAndEvidence: string | null;
  lessonsLearned: string | null;
  objectiveNumbers: number[];
  principleKeys: string[];
  clusterKey: string | null;
  partners: string[];
  scope: "national" | "provincial" | "municipal" | "international";
  regions: string[];
  periodStart: string | null;
  periodEnd: string | null;
  fundingAmount: string | null;
  fundingCurrency: string | null;
  fundingSource: string | null;
  groupsServed: string[];
  links: string[];
  consent: "attributed" | "anonymous" | "private";
}

/**
 * Replaces a practice's words, tags and details (contributor tags only; staff tags stay).
 * Seven statements that each touch rows the others do not, sent together: one round trip in
 * the save's transaction instead of up to eight, one after another (decision 024).
 */
export async function writePracticeContent(
  db: Database,
  inputId: number,
  frameworkId: number,
  content: StoredPractice,
) {
  const texts = {
    title: content.title,
    summary: content.summary,
    body: content.body,
    genderConsiderations: content.genderConsiderations,
    resultsAndEvidence: content.resultsAndEvidence,
    lessonsLearned: content.lessonsLearned,
  };
  const chosenObjectives = sql`select id from ${objectives}
    where framework_id = ${frameworkId} and number = any(${sql.param(content.objectiveNumbers)}::int[])`;
  const chosenPrinciples = sql`select id from ${principles}
    where framework_id = ${frameworkId} and key = any(${sql.param(content.principleKeys)}::text[])`;
  const details = {
    thematicClusterId: content.clusterKey
      ? sql`(select id from ${thematicClusters}
          where framework_id = ${frameworkId} and key = ${content.clusterKey})`
      : null,
    partners: content.partners,
    scope: content.scope,
    regions: content.regions,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
    fundingAmount: content.fundingAmount,
    fundingCurrency: content.fundingCurrency,
    fundingSource: content.fundingSource,
    groupsServed: content.groupsServed,
    links: content.links,
  };
  await Promise.all([
    // the words: one language kept (the practice's), written over
    db
      .delete(inputTexts)
      .where(and(eq(inputTexts.inputId, inputId), ne(inputTexts.language, content.language))),
    db
      .insert(inputTexts)
      .values({ inputId, language: content.language, ...texts })
      .onConflictDoUpdate({ target: [inputTexts.inputId, inputTexts.language], set: texts }),
    // the contributor's objectives and principles: those no longer chosen go, new ones come
    db.execute(sql`
      delete from ${inputObjectives} where input_id = ${inputId} and source = 'contributor'
        and objective_id not in (${chosenObjectives})`),
    db.execute(sql`
      insert into ${inputObjectives} (input_id, objective_id, source)
      select ${inputId}, id, 'contributor' from (${chosenObjectives}) chosen
      on conflict do nothing`),
    db.execute(sql`
      delete from ${inputPrinciples} where input_id = ${inputId} and source = 'contributor'
        and principle_id not in (${chosenPrinciples})`),
    db.execute(sql`
      insert into ${inputPrinciples} (input_id, principle_id, source)
      select ${inputId}, id, 'contributor' from (${chosenPrinciples}) chosen
      on conflict do nothing`),
    db
      .insert(practiceDetails)
      .values({ inputId, ...details })
      .onConflictDoUpdate({ target: practiceDetails.inputId, set: details }),
  ]);
}

export async function insertInput(
  db: Database,
  input: {
    consultationId: number;
    organizationId: number;
    kind: "practice" | "comment";
    language: "en" | "fr";
    consent: "attributed" | "anonymous" | "private";
    userId: number;
    submitKey: string | null;
    submitted: boolean;
  },
) {
  const [row] = await db
    .insert(inputs)
    .values({
      consultationId: input.consultationId,
      organizationId: input.organizationId,
      kind: input.kind,
      language: input.language,
      publicationConsent: input.consent,
      status: input.submitted ? "submitted" : "draft",
      submittedAt: input.submitted ? sql`now()` : null,
      authorUserId: input.userId,
      lastEditorUserId: input.userId,
      submitKey: input.submitKey,
    })
    .onConflictDoNothing({ target: inputs.submitKey })
    .returning({ id: inputs.id, reference: inputs.reference, version: inputs.version });
  return row ?? null;
}

export async function findInputBySubmitKey(db: Database, submitKey: string) {
  const [row] = await db
    .select({ id: inputs.id, reference: inputs.reference, organizationId: inputs.organizationId })
    .from(inputs)
    .where(eq(inputs.submitKey, submitKey));
  return row ?? null;
}

/**
 * Moves an input to its next saved state if nobody saved it since `expectedVersion`;
 * returns the new version, or null when the version moved on (a concurrent save).
 */
export async function bumpInput(
  db: Database,
  inputId: number,
  changes: {
    expectedVersion: number | null;
    userId: number;
    language: "en" | "fr";
    consent: "attributed" | "anonymous" | "private";
    status?: "draft" | "submitted" | "in-review" | "withdrawn";
    submitKey?: string | null;
    submitNow?: boolean;
    withdrawNow?: boolean;
  },
) {
  const [row] = await db
    .update(inputs)
    .set({
      version: sql`${inputs.version} + 1`,
      lastEditorUserId: changes.userId,
      updatedAt: sql`now()`,
      language: changes.language,
      publicationConsent: changes.consent,
      ...(changes.status ? { status: changes.status } : {}),
      ...(changes.submitKey ? { submitKey: changes.submitKey } : {}),
      ...(changes.submitNow ? { submittedAt: sql`coalesce(${inputs.submittedAt}, now())` } : {}),
      ...(changes.withdrawNow ? { withdrawnAt: sql`now()` } : {}),
    })
    .where(
      and(
        eq(inputs.id, inputId),
        changes.expectedVersion === null ? undefined : eq(inputs.version, changes.expectedVersion),
      ),
    )
    .returning({ version: inputs.version, status: inputs.status });
  return row ?? null;
}

export async function insertInputVersion(
  db: Database,
  inputId: number,
  version: number,
  snapshot: Record<string, unknown>,
  userId: number,
) {
  await db
    .insert(inputVersions)
    .values({ inputId, version, snapshot, createdBy: userId })
    .onConflictDoNothing();
}

/**
 * An input of one of these organizations as a save needs it (status, version, its
 * consultation, how many files it has), in one query; null otherwise.
 */
export async function findOrganizationInputHead(
  db: Database,
  reference: string,
  organizationIds: readonly number[],
) {
  if (organizationIds.length === 0) return null;
  const [row] = await db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      status: inputs.status,
      version: inputs.version,
      language: inputs.language,
      consent: inputs.publicationConsent,
      submitKey: inputs.submitKey,
      submittedAt: inputs.submittedAt,
      updatedAt: inputs.updatedAt,
      organizationId: inputs.organizationId,
      consultationId: inputs.consultationId,
      consultationSlug: consultations.slug,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      frameworkId: consultations.frameworkId,
      closesAt: consultations.closesAt,
      acceptingNow: sql<boolean>`(${consultations.status} = 'open' and now() >= ${consultations.opensAt} and now() < ${consultations.closesAt})`,
      lastEditorName: users.name,
      attachmentCount: sql<number>`(select count(*)::int from ${attachments} a where a.input_id = ${inputs.id})`,
    })
    .from(inputs)
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .leftJoin(users, eq(users.id, inputs.lastEditorUserId))
    .where(
      and(eq(inputs.reference, reference), inArray(inputs.organizationId, [...organizationIds])),
    );
  return row ?? null;
}

/** An input of one of these organizations, with everything the edit page shows; null otherwise. */
export async function findOrganizationInput(
  db: Database,
  reference: string,
  organizationIds: readonly number[],
) {
  const row = await findOrganizationInputHead(db, reference, organizationIds);
  if (!row) return null;
  const [texts, objectiveRows, principleRows, details] = await Promise.all([
    db.select().from(inputTexts).where(eq(inputTexts.inputId, row.id)),
    db
      .select({ number: objectives.number })
      .from(inputObjectives)
      .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
      .where(and(eq(inputObjectives.inputId, row.id), eq(inputObjectives.source, "contributor")))
      .orderBy(asc(objectives.number)),
    db
      .select({ key: principles.key })
      .from(inputPrinciples)
      .innerJoin(principles, eq(principles.id, inputPrinciples.principleId))
      .where(and(eq(inputPrinciples.inputId, row.id), eq(inputPrinciples.source, "contributor"))),
    db
      .select({ details: practiceDetails, clusterKey: thematicClusters.key })
      .from(practiceDetails)
      .leftJoin(thematicClusters, eq(thematicClusters.id, practiceDetails.thematicClusterId))
      .where(eq(practiceDetails.inputId, row.id)),
  ]);
  return {
    ...row,
    text: texts.find((t) => t.language === row.language) ?? texts[0] ?? null,
    objectiveNumbers: objectiveRows.map((o) => o.number),
    principleKeys: principleRows.map((p) => p.key),
    details: details[0]?.details ?? null,
    clusterKey: details[0]?.clusterKey ?? null,
  };
}

/** Every input of these organizations, newest activity first. */
export async function listOrganizationInputs(db: Database, organizationIds: readonly number[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      reference: inputs.reference,
      kind: inputs.kind,
      status: inputs.status,
      language: inputs.language,
      updatedAt: inputs.updatedAt,
      submittedAt: inputs.submittedAt,
      title: sql<string>`(select t.title from ${inputTexts} t where t.input_id = ${inputs.id} order by (t.language = ${inputs.language}) desc limit 1)`,
      consultationTitleEn: consultations.titleEn,
      consultationTitleFr: consultations.titleFr,
      lastEditorName: users.name,
    })
    .from(inputs)
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .leftJoin(users, eq(users.id, inputs.lastEditorUserId))
    .where(inArray(inputs.organizationId, [...organizationIds]))
    .orderBy(desc(inputs.updatedAt));
}

/** The contributor-visible history of an input, from the audit trail. */
export async function listInputTimeline(db: Database, inputId: number) {
  return db
    .select({ action: auditEvents.action, at: auditEvents.at, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.subjectType, "input"),
        eq(auditEvents.subjectId, String(inputId)),
        or(sql`${auditEvents.action} like 'input.%'`),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

/** A comment's words and the objective it is about. */
export async function writeCommentContent(
  db: Database,
  inputId: number,
  frameworkId: number,
  comment: { language: "en" | "fr"; title: string; body: string; objectiveNumber: number },
) {
  await db
    .insert(inputTexts)
    .values({ inputId, language: comment.language, title: comment.title, body: comment.body });
  await db.execute(sql`
    insert into ${inputObjectives} (input_id, objective_id, source)
    select ${inputId}, id, 'contributor' from ${objectives}
    where framework_id = ${frameworkId} and number = ${comment.objectiveNumber}
    on conflict do nothing`);
}

export async function findObjectiveTitle(db: Database, frameworkId: number, number: number) {
  const [row] = await db
    .select({ titleEn: objectives.titleEn, titleFr: objectives.titleFr })
    .from(objectives)
    .where(and(eq(objectives.frameworkId, frameworkId), eq(objectives.number, number)));
  return row ?? null;
}

/** Open consultations taking comments on objectives: where the objective page offers to comment. */
export async function listOpenCommentCalls(db: Database) {
  return db
    .select({
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
    })
    .from(consultations)
    .innerJoin(
      consultationComponents,
      and(
        eq(consultationComponents.consultationId, consultations.id),
        eq(consultationComponents.kind, "objective-comments"),
      ),
    )
    .where(
      sql`${consultations.status} = 'open' and now() >= ${consultations.opensAt} and now() < ${consultations.closesAt}`,
    );
}

export async function insertAttachment(db: Database, attachment: typeof attachments.$inferInsert) {
  await db.insert(attachments).values(attachment);
}

export async function listAttachments(db: Database, inputId: number) {
  return db
    .select({
      id: attachments.id,
      originalName: attachments.originalName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
    })
    .from(attachments)
    .where(eq(attachments.inputId, inputId))
    .orderBy(asc(attachments.id));
}

export async function findAttachment(db: Database, inputId: number, attachmentId: number) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.inputId, inputId), eq(attachments.id, attachmentId)));
  return row ?? null;
}
