import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultationInvitees,
  consultations,
  inputs,
  inputTexts,
  organizations,
  reviewCitations,
  reviewCommentDetails,
  reviewEvents,
  reviews,
  reviewSectionRevisions,
  reviewSections,
  users,
} from "../schema";
import { rowsOf } from "./framework";

// Queries of the review's exports, publication and comments on the draft (issue 8).

const reviewColumns = {
  id: reviews.id,
  consultationId: reviews.consultationId,
  status: reviews.status,
  commentsOpen: reviews.commentsOpen,
  approvedRevisions: reviews.approvedRevisions,
  approvedAt: reviews.approvedAt,
  publishedAt: reviews.publishedAt,
  version: reviews.version,
  slug: consultations.slug,
  titleEn: consultations.titleEn,
  titleFr: consultations.titleFr,
  coversFrom: consultations.coversFrom,
  coversTo: consultations.coversTo,
  opensAt: consultations.opensAt,
  closesAt: consultations.closesAt,
  audiencePublic: consultations.audiencePublic,
};

export async function findReviewByConsultationId(db: Database, consultationId: number) {
  const [row] = await db
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(consultations, eq(consultations.id, reviews.consultationId))
    .where(eq(reviews.consultationId, consultationId));
  return row ?? null;
}

export async function findReviewBySlug(db: Database, slug: string) {
  const [row] = await db
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(consultations, eq(consultations.id, reviews.consultationId))
    .where(eq(consultations.slug, slug));
  return row ?? null;
}

export interface SectionText {
  id: number;
  position: number;
  revision: number;
  titleEn: string;
  titleFr: string;
  bodyEn: string;
  bodyFr: string;
}

/** The live text of every section, in order (what the draft shows). */
export async function listCurrentSections(
  db: Database,
  consultationId: number,
): Promise<SectionText[]> {
  return db
    .select({
      id: reviewSections.id,
      position: reviewSections.position,
      revision: reviewSections.revision,
      titleEn: reviewSections.titleEn,
      titleFr: reviewSections.titleFr,
      bodyEn: reviewSections.bodyEn,
      bodyFr: reviewSections.bodyFr,
    })
    .from(reviewSections)
    .where(eq(reviewSections.consultationId, consultationId))
    .orderBy(asc(reviewSections.position));
}

/**
 * The approved revision of each section, in section order. A section approved at revision 0
 * (never written) is there with its title and no text, so section numbers stay its position.
 */
export async function listApprovedSections(
  db: Database,
  consultationId: number,
  approved: { sectionId: number; revision: number }[],
): Promise<SectionText[]> {
  if (approved.length === 0) return [];
  const wanted = new Map(approved.map((a) => [a.sectionId, a.revision]));
  const [sections, revisions] = await Promise.all([
    db
      .select({
        id: reviewSections.id,
        position: reviewSections.position,
        titleEn: reviewSections.titleEn,
        titleFr: reviewSections.titleFr,
      })
      .from(reviewSections)
      .where(
        and(
          eq(reviewSections.consultationId, consultationId),
          inArray(reviewSections.id, [...wanted.keys()]),
        ),
      )
      .orderBy(asc(reviewSections.position)),
    db
      .select({
        sectionId: reviewSectionRevisions.sectionId,
        revision: reviewSectionRevisions.revision,
        titleEn: reviewSectionRevisions.titleEn,
        titleFr: reviewSectionRevisions.titleFr,
        bodyEn: reviewSectionRevisions.bodyEn,
        bodyFr: reviewSectionRevisions.bodyFr,
      })
      .from(reviewSectionRevisions)
      .where(inArray(reviewSectionRevisions.sectionId, [...wanted.keys()])),
  ]);
  return sections.map((section) => {
    const revision = wanted.get(section.id)!;
    const saved = revisions.find((r) => r.sectionId === section.id && r.revision === revision);
    return {
      id: section.id,
      position: section.position,
      revision,
      titleEn: saved?.titleEn ?? section.titleEn,
      titleFr: saved?.titleFr ?? section.titleFr,
      bodyEn: saved?.bodyEn ?? "",
      bodyFr: saved?.bodyFr ?? "",
    };
  });
}

/** What the annex and the e-mails need to know about cited inputs. */
export async function listInputsByReference(db: Database, references: string[]) {
  if (references.length === 0) return [];
  const rows = await db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      kind: inputs.kind,
      language: inputs.language,
      consent: inputs.publicationConsent,
      publishedAt: inputs.publishedAt,
      /** staff kept it internal: the public annex names neither title nor organization */
      internalOnly: sql<boolean>`exists (select 1 from input_staff_tags t where t.input_id = ${inputs.id} and t.visibility = 'internal')`,
      authorUserId: inputs.authorUserId,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
      authorEmail: users.email,
      authorName: users.name,
      authorLanguage: users.preferredLanguage,
      authorStatus: users.status,
    })
    .from(inputs)
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .leftJoin(users, eq(users.id, inputs.authorUserId))
    .where(inArray(inputs.reference, references));
  const texts = await db
    .select({ inputId: inputTexts.inputId, language: inputTexts.language, title: inputTexts.title })
    .from(inputTexts)
    .where(
      inArray(
        inputTexts.inputId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((row) => {
    const own = texts.filter((t) => t.inputId === row.id);
    const title = (language: "en" | "fr") =>
      own.find((t) => t.language === language)?.title ??
      own.find((t) => t.language === row.language)?.title ??
      own[0]?.title ??
      row.reference;
    return { ...row, titleEn: title("en"), titleFr: title("fr") };
  });
}

/** Approved → published, only from approved (a concurrent publish or a re-opened review loses). */
export async function markReviewPublished(db: Database, reviewId: number, userId: number) {
  const [row] = await db
    .update(reviews)
    .set({
      status: "published",
      publishedBy: userId,
      publishedAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${reviews.version} + 1`,
    })
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, "approved")))
    .returning({ id: reviews.id, publishedAt: reviews.publishedAt });
  return row ?? null;
}

export async function insertReviewEvent(
  db: Database,
  event: { reviewId: number; kind: "published"; actorUserId: number; comment?: string | null },
) {
  await db.insert(reviewEvents).values({ ...event, comment: event.comment ?? null });
}

export async function setReviewCommentsOpen(db: Database, reviewId: number, open: boolean) {
  const [row] = await db
    .update(reviews)
    .set({ commentsOpen: open, updatedAt: sql`now()` })
    .where(eq(reviews.id, reviewId))
    .returning({ id: reviews.id });
  return row ?? null;
}

/**
 * Whether the person may read and comment on the draft: their organization (or a closed group
 * of theirs) is in the consultation's audience, or they were invited to it by name.
 */
export async function isInvitedToConsultation(
  db: Database,
  consultationId: number,
  userId: number,
  organizationIds: readonly number[],
) {
  const orgs = organizationIds.length > 0 ? organizationIds : [-1];
  const result = await db.execute<{ invited: boolean }>(sql`
    select (
      exists (select 1 from consultation_audience_organizations a
              where a.consultation_id = ${consultationId} and a.organization_id in ${sql.raw(`(${orgs.map(Number).join(",")})`)})
      or exists (select 1 from consultation_audience_categories c
                 join organizations o on o.stakeholder_category_id = c.stakeholder_category_id
                 where c.consultation_id = ${consultationId} and o.id in ${sql.raw(`(${orgs.map(Number).join(",")})`)})
      or exists (select 1 from consultation_audience_groups g
                 join closed_group_members m on m.group_id = g.group_id
                 where g.consultation_id = ${consultationId} and m.user_id = ${userId})
      or exists (select 1 from ${consultationInvitees} i
                 where i.consultation_id = ${consultationId} and i.user_id = ${userId})
    ) as invited
  `);
  return Boolean(rowsOf<{ invited: boolean }>(result)[0]?.invited);
}

/** A comment on the draft: an input of kind review-comment, submitted, with where it points. */
export async function insertReviewComment(
  db: Database,
  comment: {
    consultationId: number;
    organizationId: number;
    userId: number;
    language: "en" | "fr";
    title: string;
    body: string;
    sectionId: number;
    paragraph: number | null;
    submitKey: string | null;
  },
) {
  const [row] = await db
    .insert(inputs)
    .values({
      consultationId: comment.consultationId,
      organizationId: comment.organizationId,
      kind: "review-comment",
      language: comment.language,
      publicationConsent: "private",
      status: "submitted",
      submittedAt: sql`now()`,
      authorUserId: comment.userId,
      lastEditorUserId: comment.userId,
      submitKey: comment.submitKey,
    })
    .onConflictDoNothing({ target: inputs.submitKey })
    .returning({ id: inputs.id, reference: inputs.reference, version: inputs.version });
  if (!row) return null;
  await db.insert(inputTexts).values({
    inputId: row.id,
    language: comment.language,
    title: comment.title,
    body: comment.body,
  });
  await db.insert(reviewCommentDetails).values({
    inputId: row.id,
    sectionId: comment.sectionId,
    paragraph: comment.paragraph,
  });
  return row;
}

export async function findInputReferenceBySubmitKey(db: Database, submitKey: string) {
  const [row] = await db
    .select({ reference: inputs.reference })
    .from(inputs)
    .where(eq(inputs.submitKey, submitKey));
  return row?.reference ?? null;
}

/** Comments on the draft of a consultation's review, oldest first. */
export async function listReviewComments(db: Database, consultationId: number) {
  return db
    .select({
      inputId: inputs.id,
      reference: inputs.reference,
      status: inputs.status,
      language: inputs.language,
      submittedAt: inputs.submittedAt,
      body: inputTexts.body,
      sectionId: reviewCommentDetails.sectionId,
      paragraph: reviewCommentDetails.paragraph,
      resolution: reviewCommentDetails.resolution,
      reply: reviewCommentDetails.reply,
      resolvedAt: reviewCommentDetails.resolvedAt,
      authorName: users.name,
      organizationNameEn: organizations.nameEn,
      organizationNameFr: organizations.nameFr,
    })
    .from(reviewCommentDetails)
    .innerJoin(inputs, eq(inputs.id, reviewCommentDetails.inputId))
    .innerJoin(organizations, eq(organizations.id, inputs.organizationId))
    .leftJoin(users, eq(users.id, inputs.authorUserId))
    .leftJoin(
      inputTexts,
      and(eq(inputTexts.inputId, inputs.id), eq(inputTexts.language, inputs.language)),
    )
    .where(eq(inputs.consultationId, consultationId))
    .orderBy(asc(inputs.id));
}

export async function findReviewComment(db: Database, reference: string) {
  const [row] = await db
    .select({
      inputId: inputs.id,
      reference: inputs.reference,
      consultationId: inputs.consultationId,
      authorUserId: inputs.authorUserId,
    })
    .from(reviewCommentDetails)
    .innerJoin(inputs, eq(inputs.id, reviewCommentDetails.inputId))
    .where(eq(inputs.reference, reference));
  return row ?? null;
}

export async function resolveReviewComment(
  db: Database,
  inputId: number,
  resolution: { resolution: "accepted" | "declined" | "deferred"; reply: string; userId: number },
) {
  await db
    .update(reviewCommentDetails)
    .set({
      resolution: resolution.resolution,
      reply: resolution.reply,
      resolvedBy: resolution.userId,
      resolvedAt: sql`now()`,
    })
    .where(eq(reviewCommentDetails.inputId, inputId));
}

/**
 * For "My inputs": where each input is cited in a published review (section positions, 1-based).
 */
export async function listPublishedCitations(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return [];
  return db
    .select({
      inputId: reviewCitations.inputId,
      position: reviewSections.position,
      titleEn: reviewSections.titleEn,
      titleFr: reviewSections.titleFr,
      slug: consultations.slug,
    })
    .from(reviewCitations)
    .innerJoin(reviewSections, eq(reviewSections.id, reviewCitations.sectionId))
    .innerJoin(reviews, eq(reviews.consultationId, reviewSections.consultationId))
    .innerJoin(consultations, eq(consultations.id, reviews.consultationId))
    .where(and(inArray(reviewCitations.inputId, inputIds), eq(reviews.status, "published")))
    .orderBy(asc(reviewSections.position));
}

export async function findInputIdsByReference(db: Database, references: string[]) {
  if (references.length === 0) return [];
  return db
    .select({ id: inputs.id, reference: inputs.reference })
    .from(inputs)
    .where(inArray(inputs.reference, references));
}

/**
 * Test and demo data until the drafting screens exist: a review whose sections have the given
 * text as one saved revision each, citations kept in step, optionally approved by `approvedBy`.
 */
export async function writeReviewFixture(
  db: Database,
  fixture: {
    consultationId: number;
    userId: number | null;
    sections: { titleEn: string; titleFr: string; bodyEn: string; bodyFr: string }[];
    approved: boolean;
    commentsOpen?: boolean;
  },
) {
  const [existing] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.consultationId, fixture.consultationId));
  const reviewId =
    existing?.id ??
    (
      await db
        .insert(reviews)
        .values({ consultationId: fixture.consultationId })
        .returning({ id: reviews.id })
    )[0]!.id;
  const approvedRevisions: { sectionId: number; revision: number }[] = [];
  for (const [index, section] of fixture.sections.entries()) {
    const position = index + 1;
    const [current] = await db
      .select({ id: reviewSections.id, revision: reviewSections.revision })
      .from(reviewSections)
      .where(
        and(
          eq(reviewSections.consultationId, fixture.consultationId),
          eq(reviewSections.position, position),
        ),
      );
    const revision = (current?.revision ?? 0) + 1;
    const values = {
      titleEn: section.titleEn,
      titleFr: section.titleFr,
      bodyEn: section.bodyEn,
      bodyFr: section.bodyFr,
      revision,
      enRevision: revision,
      frRevision: revision,
      updatedBy: fixture.userId,
      updatedAt: sql`now()`,
    };
    let sectionId: number;
    if (current) {
      sectionId = current.id;
      await db.update(reviewSections).set(values).where(eq(reviewSections.id, sectionId));
    } else {
      const [row] = await db
        .insert(reviewSections)
        .values({ ...values, consultationId: fixture.consultationId, position, prompts: [] })
        .returning({ id: reviewSections.id });
      sectionId = row!.id;
    }
    await db.insert(reviewSectionRevisions).values({
      sectionId,
      revision,
      titleEn: section.titleEn,
      titleFr: section.titleFr,
      bodyEn: section.bodyEn,
      bodyFr: section.bodyFr,
      createdBy: fixture.userId,
    });
    const references = [
      ...new Set(
        [...`${section.bodyEn}\n${section.bodyFr}`.matchAll(/\[@(RT-\d{4}-\d{6,})\]/g)].map(
          (m) => m[1]!,
        ),
      ),
    ];
    await db.delete(reviewCitations).where(eq(reviewCitations.sectionId, sectionId));
    const cited = await findInputIdsByReference(db, references);
    if (cited.length > 0)
      await db
        .insert(reviewCitations)
        .values(cited.map((c) => ({ sectionId, inputId: c.id })))
        .onConflictDoNothing();
    approvedRevisions.push({ sectionId, revision });
  }
  await db
    .update(reviews)
    .set({
      status: fixture.approved ? "approved" : "drafting",
      approvedRevisions: fixture.approved ? approvedRevisions : null,
      approvedBy: fixture.approved ? fixture.userId : null,
      approvedAt: fixture.approved ? sql`now()` : null,
      publishedAt: null,
      publishedBy: null,
      commentsOpen: fixture.commentsOpen ?? false,
      updatedAt: sql`now()`,
    })
    .where(eq(reviews.id, reviewId));
  return { reviewId, approvedRevisions };
}

export async function findConsultationTitles(db: Database, consultationId: number) {
  const [row] = await db
    .select({
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleFr: consultations.titleFr,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row ?? null;
}
