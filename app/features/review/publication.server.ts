import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  findConsultationTitles,
  findInputIdsByReference,
  findReviewByConsultationId,
  insertReviewEvent,
  listApprovedSections,
  listInputsByReference,
  listPublishedCitations,
  markReviewPublished,
} from "../../../db/queries/review-publication";
import type { EmailEventData } from "../../../emails/events";
import type { Locale } from "~/i18n/locale";
import type { SignedIn } from "../accounts/auth.server";
import { can } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";
import { citationSections } from "./review-export.server";

export type PublicationError = "notFound" | "forbidden" | "notApproved";

/** What the staff page shows: the review's state and what this person may do with it. */
export async function getPublicationPage(db: Database, signedIn: SignedIn, consultationId: number) {
  const review = await findReviewByConsultationId(db, consultationId);
  if (!review) {
    // No review row yet (nobody opened the editor): nothing to export or publish.
    const consultation = await findConsultationTitles(db, consultationId);
    if (!consultation) return null;
    return {
      consultationId,
      ...consultation,
      status: "drafting" as const,
      hasApprovedText: false,
      canPublish: false,
      canComment: can(signedIn.actor, "edit:review"),
    };
  }
  return {
    consultationId,
    slug: review.slug,
    titleEn: review.titleEn,
    titleFr: review.titleFr,
    status: review.status,
    hasApprovedText: Boolean(review.approvedRevisions?.length),
    canPublish: can(signedIn.actor, "publish:review") && review.status === "approved",
    canComment: can(signedIn.actor, "edit:review"),
  };
}

/**
 * Publishes an approved review: the approved text goes on the public pages, and each person
 * whose input is cited gets one "you said, we did" e-mail listing where their inputs were used.
 * All in one transaction with the audit record and the review event.
 */
export async function publishReview(
  db: Database,
  signedIn: SignedIn,
  consultationId: number,
  options: { ip: string | null; publicUrl: string },
): Promise<
  { ok: true; value: { recipients: number } } | { ok: false; errors: PublicationError[] }
> {
  if (!can(signedIn.actor, "publish:review")) return { ok: false, errors: ["forbidden"] };
  const review = await findReviewByConsultationId(db, consultationId);
  if (!review) return { ok: false, errors: ["notFound"] };
  if (review.status !== "approved" || !review.approvedRevisions?.length)
    return { ok: false, errors: ["notApproved"] };
  const approvedRevisions = review.approvedRevisions;
  return db.transaction(async (tx) => {
    // Conditional on status = approved: a concurrent publish or a re-opened review loses.
    const published = await markReviewPublished(tx, review.id, signedIn.user.id);
    if (!published) return { ok: false as const, errors: ["notApproved" as const] };
    await insertReviewEvent(tx, {
      reviewId: review.id,
      kind: "published",
      actorUserId: signedIn.user.id,
    });
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: "review.published",
      subjectType: "review",
      subjectId: review.id,
      ip: options.ip,
    });
    const sections = await listApprovedSections(tx, consultationId, approvedRevisions);
    const where = citationSections(sections);
    const inputs = await listInputsByReference(tx, [...where.keys()]);
    const byAuthor = new Map<number, typeof inputs>();
    for (const input of inputs) {
      if (input.authorUserId === null || input.authorStatus !== "active" || !input.authorEmail)
        continue;
      if (!byAuthor.has(input.authorUserId)) byAuthor.set(input.authorUserId, []);
      byAuthor.get(input.authorUserId)!.push(input);
    }
    const reviewUrl = {
      en: `${options.publicUrl}/en/reviews/${review.slug}`,
      fr: `${options.publicUrl}/fr/reviews/${review.slug}`,
    };
    for (const [userId, authored] of byAuthor) {
      const first = authored[0]!;
      const citations: EmailEventData["review.published"]["citations"] = authored
        .flatMap((input) =>
          [...where.get(input.reference)!].map((sectionNumber) => {
            const section = sections.find((s) => s.position === sectionNumber)!;
            return {
              reference: input.reference,
              sectionNumber,
              sectionTitle: { en: section.titleEn, fr: section.titleFr },
            };
          }),
        )
        .sort(
          (a, b) => a.sectionNumber - b.sectionNumber || a.reference.localeCompare(b.reference),
        );
      await notify(
        tx,
        "review.published",
        {
          userId,
          email: first.authorEmail!,
          name: first.authorName,
          language: first.authorLanguage,
        },
        {
          recipientName: first.authorName ?? "",
          reviewTitle: { en: review.titleEn, fr: review.titleFr },
          reviewUrl,
          citations,
        },
        // One e-mail per person and review, however often publication is retried.
        { dedupeKey: `review-published:${review.id}:${userId}` },
      );
    }
    return { ok: true as const, value: { recipients: byAuthor.size } };
  });
}

/** For "My inputs": "cited in section N" of a published review, per input id. */
export async function getPublishedCitations(db: Database, inputIds: number[], locale: Locale) {
  const rows = await listPublishedCitations(db, inputIds);
  const byInput = new Map<number, { number: number; title: string; slug: string }[]>();
  for (const row of rows) {
    if (!byInput.has(row.inputId)) byInput.set(row.inputId, []);
    byInput.get(row.inputId)!.push({
      number: row.position,
      title: locale === "fr" ? row.titleFr : row.titleEn,
      slug: row.slug,
    });
  }
  return byInput;
}

/** "Cited in section N" for "My inputs", keyed by reference (published reviews only). */
export async function getCitedSectionsByReference(db: Database, references: string[]) {
  const ids = await findInputIdsByReference(db, references);
  const rows = await listPublishedCitations(
    db,
    ids.map((row) => row.id),
  );
  const referenceOf = new Map(ids.map((row) => [row.id, row.reference]));
  const cited: Record<string, { number: number; slug: string }[]> = {};
  for (const row of rows) {
    const reference = referenceOf.get(row.inputId)!;
    (cited[reference] ??= []).push({ number: row.position, slug: row.slug });
  }
  return cited;
}
