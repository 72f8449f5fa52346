import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import { insertNotification } from "../../../db/queries/notifications";
import {
  findConsultationTitles,
  findInputReferenceBySubmitKey,
  findReviewByConsultationId,
  findReviewBySlug,
  findReviewComment,
  insertReviewComment,
  isInvitedToConsultation,
  listCurrentSections,
  listReviewComments,
  resolveReviewComment,
  setReviewCommentsOpen,
} from "../../../db/queries/review-publication";
import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import type { SignedIn } from "../accounts/auth.server";
import { can } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";
import { recordNearDuplicates } from "../triage/duplicates.server";
import { numberCitations } from "./citations";
import { sectionHtml } from "./review-export-html.server";
import { parseReviewMarkdown } from "./review-markdown.server";
import { parseTarget } from "./draft-comments.schema";

export type DraftCommentError = "notFound" | "forbidden" | "noOrganization" | "targetUnknown";

/**
 * A section's Markdown cut into its top-level blocks (paragraphs, lists, headings, quotes):
 * the "paragraphs" a comment can point at, numbered from 1.
 */
export function splitParagraphs(markdown: string): string[] {
  const lines = markdown.split("\n");
  const tokens = parseReviewMarkdown(markdown, { citationNumbers: new Map() });
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue;
    const [start, end] = token.map;
    blocks.push(lines.slice(start, end).join("\n").trimEnd());
  }
  return blocks;
}

async function allowedToComment(db: Database, signedIn: SignedIn, slug: string) {
  const review = await findReviewBySlug(db, slug);
  if (!review || !review.commentsOpen) return { ok: false as const, errors: ["notFound" as const] };
  const invited = await isInvitedToConsultation(
    db,
    review.consultationId,
    signedIn.user.id,
    signedIn.actor.organizationIds,
  );
  if (!invited) return { ok: false as const, errors: ["forbidden" as const] };
  return { ok: true as const, review };
}

/** The current draft, paragraph by paragraph, for an invited person while comments are open. */
export async function getDraftForComment(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  locale: Locale,
) {
  const allowed = await allowedToComment(db, signedIn, slug);
  if (!allowed.ok) return allowed;
  const { review } = allowed;
  const sections = await listCurrentSections(db, review.consultationId);
  const texts = sections.map((s) => (locale === "fr" ? s.bodyFr : s.bodyEn));
  const citationNumbers = numberCitations(texts);
  return {
    ok: true as const,
    value: {
      consultationTitle: locale === "fr" ? review.titleFr : review.titleEn,
      sections: sections.map((section, index) => ({
        id: section.id,
        number: section.position,
        title: locale === "fr" ? section.titleFr : section.titleEn,
        paragraphs: splitParagraphs(texts[index]!).map((block) =>
          sectionHtml(block, citationNumbers),
        ),
      })),
    },
  };
}

/** A comment on the draft: an input of kind review-comment (so triage sees it) with a receipt. */
export async function submitDraftComment(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  locale: Locale,
  comment: { target: string; comment: string; submitKey?: string | undefined },
  options: { ip: string | null; publicUrl: string },
): Promise<
  { ok: true; value: { reference: string } } | { ok: false; errors: DraftCommentError[] }
> {
  const allowed = await allowedToComment(db, signedIn, slug);
  if (!allowed.ok) return allowed;
  const { review } = allowed;
  const organizationId =
    signedIn.organizations.find((o) => o.categoryKey !== "federal-department")?.organizationId ??
    signedIn.organizations[0]?.organizationId;
  if (!organizationId) return { ok: false, errors: ["noOrganization"] };
  const { sectionId, paragraph } = parseTarget(comment.target);
  const sections = await listCurrentSections(db, review.consultationId);
  const section = sections.find((s) => s.id === sectionId);
  if (!section) return { ok: false, errors: ["targetUnknown"] };
  if (paragraph !== null) {
    const count = splitParagraphs(locale === "fr" ? section.bodyFr : section.bodyEn).length;
    if (paragraph < 1 || paragraph > count) return { ok: false, errors: ["targetUnknown"] };
  }
  if (comment.submitKey) {
    const existing = await findInputReferenceBySubmitKey(db, comment.submitKey);
    if (existing) return { ok: true, value: { reference: existing } };
  }
  const t = translator(locale);
  const where =
    paragraph === null
      ? t("reviewPublication.draft.whereSection", { section: section.position })
      : t("reviewPublication.draft.where", { section: section.position, paragraph });
  return db.transaction(async (tx) => {
    const title = `${t("reviewPublication.comments.title")} — ${where}`;
    const created = await insertReviewComment(tx, {
      consultationId: review.consultationId,
      organizationId,
      userId: signedIn.user.id,
      language: locale,
      title,
      body: comment.comment,
      sectionId,
      paragraph,
      submitKey: comment.submitKey ?? null,
    });
    if (!created) {
      const reference = await findInputReferenceBySubmitKey(tx, comment.submitKey!);
      return { ok: true as const, value: { reference: reference! } };
    }
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: "input.submitted",
      subjectType: "input",
      subjectId: created.id,
      ip: options.ip,
      details: { kind: "review-comment", sectionId, paragraph },
    });
    await recordNearDuplicates(tx, created.id, {
      consultationId: review.consultationId,
      text: { title, summary: null, body: comment.comment },
    });
    await notify(
      tx,
      "input.submitted",
      {
        userId: signedIn.user.id,
        email: signedIn.user.email,
        name: signedIn.user.name,
        language: signedIn.user.preferredLanguage,
      },
      {
        recipientName: signedIn.user.name,
        reference: created.reference,
        kind: "review-comment",
        consultationTitle: { en: review.titleEn, fr: review.titleFr },
        submittedAt: new Date().toISOString(),
        inputUrl: {
          en: `${options.publicUrl}/en/my/inputs/${created.reference}`,
          fr: `${options.publicUrl}/fr/my/inputs/${created.reference}`,
        },
        editableUntil: null,
      },
      { dedupeKey: `receipt:${created.id}:v${created.version}` },
    );
    return { ok: true as const, value: { reference: created.reference } };
  });
}

/** The drafters' page: comments grouped by section, with whether comments are open. */
export async function getReviewCommentsPage(db: Database, consultationId: number, locale: Locale) {
  const review =
    (await findReviewByConsultationId(db, consultationId)) ??
    (await findConsultationTitles(db, consultationId).then((c) =>
      c ? { ...c, commentsOpen: false } : null,
    ));
  if (!review) return null;
  const [sections, comments] = await Promise.all([
    listCurrentSections(db, consultationId),
    listReviewComments(db, consultationId),
  ]);
  return {
    slug: review.slug,
    commentsOpen: review.commentsOpen,
    consultationTitle: locale === "fr" ? review.titleFr : review.titleEn,
    sections: sections.map((section) => ({
      id: section.id,
      number: section.position,
      title: locale === "fr" ? section.titleFr : section.titleEn,
      comments: comments
        .filter((c) => c.sectionId === section.id)
        .map((c) => ({
          reference: c.reference,
          body: c.body ?? "",
          language: c.language,
          paragraph: c.paragraph,
          author: c.authorName ?? "",
          organization: locale === "fr" ? c.organizationNameFr : c.organizationNameEn,
          submittedAt: c.submittedAt?.toISOString() ?? null,
          resolution: c.resolution,
          reply: c.reply,
        })),
    })),
  };
}

/** Drafters open or close the draft to comments (audited). */
export async function setCommentsOpen(
  db: Database,
  signedIn: SignedIn,
  consultationId: number,
  open: boolean,
  ip: string | null,
) {
  if (!can(signedIn.actor, "edit:review"))
    return { ok: false as const, errors: ["forbidden" as const] };
  const review = await findReviewByConsultationId(db, consultationId);
  if (!review) return { ok: false as const, errors: ["notFound" as const] };
  await db.transaction(async (tx) => {
    await setReviewCommentsOpen(tx, review.id, open);
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: open ? "review.comments-opened" : "review.comments-closed",
      subjectType: "review",
      subjectId: review.id,
      ip,
    });
  });
  return { ok: true as const, value: { open } };
}

/**
 * A drafter resolves a comment (accepted / declined / deferred with a reply), audited; the
 * commenter is told in the app (a reply on the draft is not a triage decision, so the
 * input.decided e-mail, whose vocabulary is accepted / changes requested / rejected, does not fit).
 */
export async function resolveDraftComment(
  db: Database,
  signedIn: SignedIn,
  consultationId: number,
  resolution: {
    reference: string;
    resolution: "accepted" | "declined" | "deferred";
    reply: string;
  },
  ip: string | null,
) {
  if (!can(signedIn.actor, "edit:review"))
    return { ok: false as const, errors: ["forbidden" as const] };
  const comment = await findReviewComment(db, resolution.reference);
  if (!comment || comment.consultationId !== consultationId)
    return { ok: false as const, errors: ["notFound" as const] };
  await db.transaction(async (tx) => {
    await resolveReviewComment(tx, comment.inputId, {
      resolution: resolution.resolution,
      reply: resolution.reply,
      userId: signedIn.user.id,
    });
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: "review-comment.resolved",
      subjectType: "input",
      subjectId: comment.inputId,
      ip,
      details: { resolution: resolution.resolution },
    });
    if (comment.authorUserId !== null)
      await insertNotification(tx, {
        userId: comment.authorUserId,
        event: "review-comment.resolved",
        data: { reference: comment.reference, resolution: resolution.resolution },
      });
  });
  return { ok: true as const, value: { reference: comment.reference } };
}
