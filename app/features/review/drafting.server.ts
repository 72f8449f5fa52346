import { diffWords } from "diff";
import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  ensureReview,
  ensureSectionsFromTemplate,
  findConsultationForReview,
  findInputsByReference,
  listCitedInputDetails,
  findRevision,
  findSection,
  insertRevision,
  listConsultationsForReview,
  listEvidence,
  listFrameworkFacets,
  listReviewEvents,
  listRevisions,
  listSections,
  lockReview,
  markSectionInParity,
  replaceCitations,
  updateSectionText,
  type EvidenceFilters,
  type ReviewRow,
  type ReviewSectionRow,
} from "../../../db/queries/review";
import { can, type Actor } from "../accounts/permissions";
import { citedReferences, numberCitations } from "./citations";
import { laggingLanguage, parityAfterSave } from "./parity";
import { renderReviewMarkdown } from "./review-markdown.server";
import { countWords, isOverSuggested } from "./word-count";

/** Statuses in which the text can no longer change: under approval, approved, published. */
export const LOCKED_STATUSES: ReadonlyArray<ReviewRow["status"]> = [
  "in-approval",
  "approved",
  "published",
];

export function isLocked(status: ReviewRow["status"]) {
  return LOCKED_STATUSES.includes(status);
}

export function reviewAccess(actor: Actor) {
  return {
    canEdit: can(actor, "edit:review"),
    canApprove: can(actor, "approve:review"),
    canManage: can(actor, "manage:consultation"),
  };
}

/** Drafters, approvers and coordinators read the draft; nobody else. */
export function canReadReview(actor: Actor) {
  const access = reviewAccess(actor);
  return access.canEdit || access.canApprove || access.canManage;
}

/** The consultation, its review row and sections, created from the template on first need. */
export async function loadReview(db: Database, consultationId: number) {
  const consultation = await findConsultationForReview(db, consultationId);
  if (!consultation) return null;
  const review = await ensureReview(db, consultationId);
  await ensureSectionsFromTemplate(db, consultationId, consultation.frameworkId);
  const sections = await listSections(db, consultationId);
  return { consultation, review, sections };
}

function sectionSummary(row: { section: ReviewSectionRow; updatedByName: string | null }) {
  const { section } = row;
  const wordsEn = countWords(section.bodyEn);
  const wordsFr = countWords(section.bodyFr);
  return {
    id: section.id,
    position: section.position,
    titleEn: section.titleEn,
    titleFr: section.titleFr,
    suggestedWords: section.suggestedWords,
    revision: section.revision,
    wordsEn,
    wordsFr,
    overEn: isOverSuggested(wordsEn, section.suggestedWords),
    overFr: isOverSuggested(wordsFr, section.suggestedWords),
    lagging: laggingLanguage(section),
    updatedByName: row.updatedByName,
    updatedAt: section.updatedAt.toISOString(),
  };
}

export async function getReviewOverview(db: Database, consultationId: number) {
  const loaded = await loadReview(db, consultationId);
  if (!loaded) return null;
  const events = await listReviewEvents(db, loaded.review.id);
  const sections = loaded.sections.map(sectionSummary);
  return {
    consultation: loaded.consultation,
    review: {
      id: loaded.review.id,
      status: loaded.review.status,
      version: loaded.review.version,
      approvedAt: loaded.review.approvedAt?.toISOString() ?? null,
    },
    sections,
    allInParity: sections.every((section) => section.lagging === null),
    locked: isLocked(loaded.review.status),
    events: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
  };
}

export interface CitedInputSummary {
  title: string;
  /** null when the contributor asked to stay anonymous */
  organization: string | null;
  published: boolean;
}

/** Sanitised HTML of a section's draft, numbered as in the whole review. */
export function renderSectionPreview(
  sectionTexts: string[],
  markdown: string,
  describe: (reference: string) => CitedInputSummary | undefined,
  anchorPrefix = "citation",
) {
  const numbers = numberCitations(sectionTexts);
  const html = renderReviewMarkdown(markdown, {
    citationNumbers: numbers,
    citationHref: (_reference, number) => `#${anchorPrefix}-${number}`,
  });
  const references = citedReferences(markdown).map((reference) => ({
    reference,
    number: numbers.get(reference) ?? 0,
    input: describe(reference) ?? null,
  }));
  return { html, references };
}

export async function getSectionEditor(
  db: Database,
  consultationId: number,
  sectionId: number,
  filters: EvidenceFilters,
) {
  const loaded = await loadReview(db, consultationId);
  if (!loaded) return null;
  const row = loaded.sections.find((candidate) => candidate.section.id === sectionId);
  if (!row) return null;
  const [evidence, facets] = await Promise.all([
    listEvidence(db, consultationId, filters, 50),
    listFrameworkFacets(db, loaded.consultation.frameworkId),
  ]);
  return {
    consultation: loaded.consultation,
    review: { id: loaded.review.id, status: loaded.review.status },
    locked: isLocked(loaded.review.status),
    section: {
      ...row.section,
      updatedAt: row.section.updatedAt.toISOString(),
      updatedByName: row.updatedByName,
      lagging: laggingLanguage(row.section),
    },
    evidence,
    facets,
    /** every section's text in order, to number citations as in the whole review */
    sectionTexts: loaded.sections.map((candidate) => ({
      id: candidate.section.id,
      bodyEn: candidate.section.bodyEn,
      bodyFr: candidate.section.bodyFr,
    })),
  };
}

/** Renders previews of both languages with this section's unsaved text in its place. */
export async function previewSection(
  db: Database,
  consultationId: number,
  sectionId: number,
  draft: { bodyEn: string; bodyFr: string },
) {
  const sections = await listSections(db, consultationId);
  const references = [
    ...new Set([...citedReferences(draft.bodyEn), ...citedReferences(draft.bodyFr)]),
  ];
  const details = new Map(
    (await listCitedInputDetails(db, references))
      .filter((input) => input.consultationId === consultationId && input.status === "accepted")
      .map((input) => [input.reference, input]),
  );
  const texts = (lang: "en" | "fr") =>
    sections.map(({ section }) =>
      section.id === sectionId
        ? lang === "en"
          ? draft.bodyEn
          : draft.bodyFr
        : lang === "en"
          ? section.bodyEn
          : section.bodyFr,
    );
  const describe = (lang: "en" | "fr") => (reference: string) => {
    const input = details.get(reference);
    if (!input) return undefined;
    return {
      title: lang === "en" ? input.titleEn : input.titleFr,
      organization:
        input.publicationConsent === "anonymous"
          ? null
          : lang === "en"
            ? input.organizationNameEn
            : input.organizationNameFr,
      published: input.publishedAt !== null,
    };
  };
  return {
    en: renderSectionPreview(texts("en"), draft.bodyEn, describe("en"), "preview-en-citation"),
    fr: renderSectionPreview(texts("fr"), draft.bodyFr, describe("fr"), "preview-fr-citation"),
  };
}

export type SaveError =
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "locked" }
  | { kind: "citations"; unknown: string[]; notAccepted: string[] }
  | {
      kind: "conflict";
      changedBy: string | null;
      changedAt: string;
      revision: number;
      theirs: { bodyEn: string; bodyFr: string };
    };

export type SaveResult =
  { ok: true; revision: number; changed: boolean } | { ok: false; error: SaveError };

/**
 * Checks that every citation in the texts names an accepted input of this consultation.
 * Returns the cited input ids or the references refused.
 */
export async function checkCitations(
  db: Database,
  consultationId: number,
  texts: string[],
): Promise<
  { ok: true; inputIds: number[] } | { ok: false; unknown: string[]; notAccepted: string[] }
> {
  const references = [...new Set(texts.flatMap((text) => citedReferences(text)))];
  const found = await findInputsByReference(db, references);
  const byReference = new Map(found.map((input) => [input.reference, input]));
  const unknown: string[] = [];
  const notAccepted: string[] = [];
  for (const reference of references) {
    const input = byReference.get(reference);
    if (!input || input.consultationId !== consultationId) unknown.push(reference);
    else if (input.status !== "accepted") notAccepted.push(reference);
  }
  if (unknown.length || notAccepted.length) return { ok: false, unknown, notAccepted };
  return { ok: true, inputIds: references.map((reference) => byReference.get(reference)!.id) };
}

async function writeSection(
  db: Database,
  actor: Actor,
  change: {
    consultationId: number;
    sectionId: number;
    expectedRevision: number;
    bodyEn: string;
    bodyFr: string;
    restoredFrom?: number;
  },
  context: { ip: string | null },
): Promise<SaveResult> {
  if (!can(actor, "edit:review")) return { ok: false, error: { kind: "forbidden" } };
  const bodyEn = normalise(change.bodyEn);
  const bodyFr = normalise(change.bodyFr);
  const citations = await checkCitations(db, change.consultationId, [bodyEn, bodyFr]);
  if (!citations.ok) {
    return {
      ok: false,
      error: { kind: "citations", unknown: citations.unknown, notAccepted: citations.notAccepted },
    };
  }
  return db.transaction(async (tx) => {
    const review = await ensureReview(tx, change.consultationId);
    const locked = await lockReview(tx, review.id);
    if (!locked) return { ok: false as const, error: { kind: "notFound" as const } };
    if (isLocked(locked.status)) return { ok: false as const, error: { kind: "locked" as const } };
    const row = await findSection(tx, change.consultationId, change.sectionId);
    if (!row) return { ok: false as const, error: { kind: "notFound" as const } };
    const { section } = row;
    if (section.revision !== change.expectedRevision) {
      return {
        ok: false as const,
        error: {
          kind: "conflict" as const,
          changedBy: row.updatedByName,
          changedAt: section.updatedAt.toISOString(),
          revision: section.revision,
          theirs: { bodyEn: section.bodyEn, bodyFr: section.bodyFr },
        },
      };
    }
    const changed = { en: bodyEn !== section.bodyEn, fr: bodyFr !== section.bodyFr };
    if (!changed.en && !changed.fr && change.restoredFrom === undefined) {
      return { ok: true as const, revision: section.revision, changed: false };
    }
    const newRevision = section.revision + 1;
    const parity = parityAfterSave(section, changed, newRevision);
    const updated = await updateSectionText(tx, {
      sectionId: section.id,
      expectedRevision: change.expectedRevision,
      bodyEn,
      bodyFr,
      ...parity,
      updatedBy: actor.userId,
    });
    if (!updated) {
      // Another save won between the read and the write.
      const latest = await findSection(tx, change.consultationId, change.sectionId);
      return {
        ok: false as const,
        error: {
          kind: "conflict" as const,
          changedBy: latest?.updatedByName ?? null,
          changedAt: (latest?.section.updatedAt ?? new Date()).toISOString(),
          revision: latest?.section.revision ?? change.expectedRevision,
          theirs: {
            bodyEn: latest?.section.bodyEn ?? "",
            bodyFr: latest?.section.bodyFr ?? "",
          },
        },
      };
    }
    await insertRevision(tx, {
      sectionId: section.id,
      revision: newRevision,
      titleEn: section.titleEn,
      titleFr: section.titleFr,
      bodyEn,
      bodyFr,
      restoredFrom: change.restoredFrom ?? null,
      createdBy: actor.userId,
    });
    await replaceCitations(tx, section.id, citations.inputIds);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action:
        change.restoredFrom === undefined ? "review.section.saved" : "review.section.restored",
      subjectType: "review_section",
      subjectId: section.id,
      ip: context.ip,
      details: {
        revision: newRevision,
        languages: [changed.en ? "en" : null, changed.fr ? "fr" : null].filter(Boolean),
        citations: citations.inputIds.length,
        restoredFrom: change.restoredFrom ?? null,
      },
    });
    return { ok: true as const, revision: newRevision, changed: true };
  });
}

/**
 * Textareas post CRLF; the text is stored with LF so an unchanged text compares equal.
 * NUL, which PostgreSQL text cannot hold, is dropped.
 */
export function normalise(text: string) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
}

/** Saves a section's EN and FR text as a new revision (refused when stale, locked or citing what it may not). */
export function saveSection(
  db: Database,
  actor: Actor,
  change: {
    consultationId: number;
    sectionId: number;
    expectedRevision: number;
    bodyEn: string;
    bodyFr: string;
  },
  context: { ip: string | null },
) {
  return writeSection(db, actor, change, context);
}

/** Brings back an earlier revision's text as a new revision. */
export async function restoreRevision(
  db: Database,
  actor: Actor,
  change: { consultationId: number; sectionId: number; revision: number; expectedRevision: number },
  context: { ip: string | null },
): Promise<SaveResult> {
  const old = await findRevision(db, change.sectionId, change.revision);
  if (!old) return { ok: false, error: { kind: "notFound" } };
  return writeSection(
    db,
    actor,
    {
      consultationId: change.consultationId,
      sectionId: change.sectionId,
      expectedRevision: change.expectedRevision,
      bodyEn: old.bodyEn,
      bodyFr: old.bodyFr,
      restoredFrom: change.revision,
    },
    context,
  );
}

/** "The other language is up to date": a wording change that needed no translation. */
export async function markOtherLanguageCurrent(
  db: Database,
  actor: Actor,
  change: { consultationId: number; sectionId: number; expectedRevision: number },
  context: { ip: string | null },
): Promise<{ ok: true } | { ok: false; error: "forbidden" | "notFound" | "locked" | "conflict" }> {
  if (!can(actor, "edit:review")) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const review = await ensureReview(tx, change.consultationId);
    const locked = await lockReview(tx, review.id);
    if (!locked) return { ok: false as const, error: "notFound" as const };
    if (isLocked(locked.status)) return { ok: false as const, error: "locked" as const };
    const row = await findSection(tx, change.consultationId, change.sectionId);
    if (!row) return { ok: false as const, error: "notFound" as const };
    const lagging = laggingLanguage(row.section);
    if (lagging === null) return { ok: true as const };
    const marked = await markSectionInParity(tx, change.sectionId, change.expectedRevision);
    if (!marked) return { ok: false as const, error: "conflict" as const };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "review.section.parity-confirmed",
      subjectType: "review_section",
      subjectId: change.sectionId,
      ip: context.ip,
      details: { revision: change.expectedRevision, confirmed: lagging },
    });
    return { ok: true as const };
  });
}

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function diffTexts(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

export async function getRevisionsPage(
  db: Database,
  consultationId: number,
  sectionId: number,
  compare: { from?: number; to?: number },
) {
  const loaded = await loadReview(db, consultationId);
  if (!loaded) return null;
  const row = loaded.sections.find((candidate) => candidate.section.id === sectionId);
  if (!row) return null;
  const revisions = await listRevisions(db, sectionId);
  const latest = revisions[0]?.revision ?? 0;
  const to = compare.to ?? latest;
  const from = compare.from ?? Math.max(0, to - 1);
  const [older, newer] = await Promise.all([
    from > 0 ? findRevision(db, sectionId, from) : null,
    to > 0 ? findRevision(db, sectionId, to) : null,
  ]);
  const empty = { bodyEn: "", bodyFr: "" };
  return {
    consultation: loaded.consultation,
    locked: isLocked(loaded.review.status),
    section: {
      id: row.section.id,
      titleEn: row.section.titleEn,
      titleFr: row.section.titleFr,
      revision: row.section.revision,
    },
    revisions: revisions.map((revision) => ({
      ...revision,
      createdAt: revision.createdAt.toISOString(),
    })),
    from,
    to,
    diff:
      latest === 0
        ? null
        : {
            en: diffTexts((older ?? empty).bodyEn, (newer ?? empty).bodyEn),
            fr: diffTexts((older ?? empty).bodyFr, (newer ?? empty).bodyFr),
          },
  };
}

export function conflictDiff(
  theirs: { bodyEn: string; bodyFr: string },
  mine: { bodyEn: string; bodyFr: string },
) {
  return { en: diffTexts(theirs.bodyEn, mine.bodyEn), fr: diffTexts(theirs.bodyFr, mine.bodyFr) };
}

/** Consultations and the state of their review, for the staff home page. */
export function listReviewsForStaff(db: Database) {
  return listConsultationsForReview(db);
}
