import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  ensureReview,
  insertSection,
  listSections,
  lockReview,
  renameSection,
  swapSectionPositions,
} from "../../../db/queries/review";
import { can, type Actor } from "../accounts/permissions";
import { isLocked } from "./drafting.server";

// Coordinators shape the review: add, rename (EN/FR) and reorder sections, while it is open.

export type SectionsError = "forbidden" | "notFound" | "locked" | "edge";

async function guarded<T>(
  db: Database,
  actor: Actor,
  consultationId: number,
  work: (tx: Database) => Promise<T | SectionsError>,
): Promise<{ ok: true; value: T } | { ok: false; error: SectionsError }> {
  if (!can(actor, "manage:consultation")) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const review = await lockReview(tx, (await ensureReview(tx, consultationId)).id);
    if (!review) return { ok: false as const, error: "notFound" as const };
    if (isLocked(review.status)) return { ok: false as const, error: "locked" as const };
    const value = await work(tx);
    if (typeof value === "string" && ["forbidden", "notFound", "locked", "edge"].includes(value))
      return { ok: false as const, error: value as SectionsError };
    return { ok: true as const, value: value as T };
  });
}

export function addReviewSection(
  db: Database,
  actor: Actor,
  consultationId: number,
  titles: { titleEn: string; titleFr: string },
  context: { ip: string | null },
) {
  return guarded(db, actor, consultationId, async (tx) => {
    const id = await insertSection(tx, { consultationId, ...titles });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "review.section.added",
      subjectType: "review_section",
      subjectId: id,
      ip: context.ip,
      details: titles,
    });
    return id;
  });
}

export function renameReviewSection(
  db: Database,
  actor: Actor,
  consultationId: number,
  sectionId: number,
  titles: { titleEn: string; titleFr: string },
  context: { ip: string | null },
) {
  return guarded(db, actor, consultationId, async (tx) => {
    const sections = await listSections(tx, consultationId);
    if (!sections.some(({ section }) => section.id === sectionId)) return "notFound" as const;
    await renameSection(tx, sectionId, titles);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "review.section.renamed",
      subjectType: "review_section",
      subjectId: sectionId,
      ip: context.ip,
      details: titles,
    });
    return sectionId;
  });
}

export function moveReviewSection(
  db: Database,
  actor: Actor,
  consultationId: number,
  sectionId: number,
  direction: "up" | "down",
  context: { ip: string | null },
) {
  return guarded(db, actor, consultationId, async (tx) => {
    const sections = (await listSections(tx, consultationId)).map((row) => row.section);
    const index = sections.findIndex((section) => section.id === sectionId);
    if (index < 0) return "notFound" as const;
    const other = sections[direction === "up" ? index - 1 : index + 1];
    if (!other) return "edge" as const;
    await swapSectionPositions(tx, sections[index]!, other);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "review.section.moved",
      subjectType: "review_section",
      subjectId: sectionId,
      ip: context.ip,
      details: { direction },
    });
    return sectionId;
  });
}
