import type { Database } from "../../../db/client";
import {
  findReviewByConsultationId,
  findReviewBySlug,
  listApprovedSections,
  listInputsByReference,
  type SectionText,
} from "../../../db/queries/review-publication";
import type { Locale } from "~/i18n/locale";
import { formatDate, translator } from "~/i18n/translate";
import { citedReferences, numberCitations } from "./citations";

// What every export and the public page are made of: the APPROVED revision of each section
// (reviews.approvedRevisions → review_section_revisions), never the live text, so what was
// approved is what is exported and published (docs/decisions/013-review-exports.md).

export interface AnnexEntry {
  number: number;
  reference: string;
  title: string;
  /** null when the contributor asked to stay anonymous */
  organization: string | null;
  /** the public page of a published practice, or null */
  url: string | null;
  /** the path of that page on this site (the public review links to it) */
  path: string | null;
}

export interface ReviewDocument {
  locale: Locale;
  slug: string;
  title: string;
  consultationTitle: string;
  period: string;
  dateLine: string;
  sections: { number: number; sectionId: number; title: string; markdown: string }[];
  citationNumbers: Map<string, number>;
  annex: AnnexEntry[];
}

type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReviewByConsultationId>>>;

export function sectionMarkdown(section: SectionText, locale: Locale) {
  return locale === "fr" ? section.bodyFr : section.bodyEn;
}

/** The cited references of both languages, so one numbering serves the whole review. */
export function reviewCitationNumbers(sections: SectionText[], locale: Locale) {
  return numberCitations(sections.map((s) => sectionMarkdown(s, locale)));
}

export async function buildReviewDocument(
  db: Database,
  review: ReviewRow,
  sections: SectionText[],
  locale: Locale,
  publicUrl: string,
): Promise<ReviewDocument> {
  const t = translator(locale);
  const citationNumbers = reviewCitationNumbers(sections, locale);
  const inputs = await listInputsByReference(db, [...citationNumbers.keys()]);
  const byReference = new Map(inputs.map((input) => [input.reference, input]));
  const annex: AnnexEntry[] = [...citationNumbers.entries()].map(([reference, number]) => {
    const input = byReference.get(reference);
    // Internal-only inputs (a staff tag) are cited without title or organization.
    if (input?.internalOnly)
      return {
        number,
        reference,
        title: t("triage.annex.notPublished"),
        organization: null,
        url: null,
        path: null,
      };
    const published = Boolean(input?.publishedAt) && input?.kind === "practice";
    const path = published ? `/${locale}/practices/${reference}` : null;
    return {
      number,
      reference,
      title: input ? (locale === "fr" ? input.titleFr : input.titleEn) : reference,
      organization:
        !input || input.consent === "anonymous"
          ? null
          : locale === "fr"
            ? input.organizationNameFr
            : input.organizationNameEn,
      url: path ? `${publicUrl}${path}` : null,
      path,
    };
  });
  const date = review.publishedAt ?? review.approvedAt;
  return {
    locale,
    slug: review.slug,
    title: t("reviewPublication.document.title"),
    consultationTitle: locale === "fr" ? review.titleFr : review.titleEn,
    period: t("reviewPublication.document.period", {
      from: formatDate(locale, `${review.coversFrom}T12:00:00Z`),
      to: formatDate(locale, `${review.coversTo}T12:00:00Z`),
    }),
    dateLine: date
      ? t(
          review.publishedAt
            ? "reviewPublication.document.publishedOn"
            : "reviewPublication.document.approvedOn",
          { date: formatDate(locale, date) },
        )
      : "",
    // A section's number is its position, as in the editor, the e-mails and "My inputs".
    sections: sections.map((section) => ({
      number: section.position,
      sectionId: section.id,
      title: locale === "fr" ? section.titleFr : section.titleEn,
      markdown: sectionMarkdown(section, locale),
    })),
    citationNumbers,
    annex,
  };
}

/** The approved review of a consultation, ready to export; null when nothing is approved. */
export async function loadApprovedReview(
  db: Database,
  consultationId: number,
  locale: Locale,
  publicUrl: string,
) {
  const review = await findReviewByConsultationId(db, consultationId);
  if (!review?.approvedRevisions?.length) return null;
  if (review.status !== "approved" && review.status !== "published") return null;
  const sections = await listApprovedSections(db, consultationId, review.approvedRevisions);
  return buildReviewDocument(db, review, sections, locale, publicUrl);
}

/** The published review for the public page; null unless published. */
export async function loadPublishedReview(
  db: Database,
  slug: string,
  locale: Locale,
  publicUrl: string,
) {
  const review = await findReviewBySlug(db, slug);
  if (!review || review.status !== "published" || !review.approvedRevisions?.length) return null;
  const sections = await listApprovedSections(db, review.consultationId, review.approvedRevisions);
  return buildReviewDocument(db, review, sections, locale, publicUrl);
}

/** Where each reference is cited: section positions, both languages together. */
export function citationSections(sections: SectionText[]) {
  const where = new Map<string, Set<number>>();
  for (const section of sections) {
    for (const reference of citedReferences(`${section.bodyEn}\n${section.bodyFr}`)) {
      if (!where.has(reference)) where.set(reference, new Set());
      where.get(reference)!.add(section.position);
    }
  }
  return where;
}

/** A file name for a download: the consultation's slug, the language and the extension. */
export function exportFileName(slug: string, locale: Locale, extension: string) {
  return `review-${slug}-${locale}.${extension}`;
}
