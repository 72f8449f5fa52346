import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  ensureReview,
  insertReviewEvent,
  listSections,
  lockReview,
  updateReviewStatus,
  type ReviewEventKind,
  type ReviewStatus,
} from "../../../db/queries/review";
import { can, type Actor, type Permission } from "../accounts/permissions";
import { laggingLanguage } from "./parity";

// The approval cycle (docs/decisions/012): drafting/returned → in-approval → approved
// (locked) or returned; approved → drafting again when a new revision is started. The last
// approval's revisions stay recorded until the next approval replaces them.

export type ApprovalAction = "submit" | "approve" | "return" | "reopen";

const RULES: Record<
  ApprovalAction,
  { from: ReviewStatus[]; to: ReviewStatus; permission: Permission; event: ReviewEventKind }
> = {
  submit: {
    from: ["drafting", "returned"],
    to: "in-approval",
    permission: "edit:review",
    event: "submitted",
  },
  approve: {
    from: ["in-approval"],
    to: "approved",
    permission: "approve:review",
    event: "approved",
  },
  return: {
    from: ["in-approval"],
    to: "returned",
    permission: "approve:review",
    event: "returned",
  },
  reopen: { from: ["approved"], to: "drafting", permission: "edit:review", event: "reopened" },
};

export function allowedActions(actor: Actor, status: ReviewStatus): ApprovalAction[] {
  return (Object.keys(RULES) as ApprovalAction[]).filter(
    (action) => RULES[action].from.includes(status) && can(actor, RULES[action].permission),
  );
}

export type ApprovalError =
  | "forbidden"
  | "notFound"
  | "illegalTransition"
  | "conflict"
  | "commentRequired"
  | "parityRequired"
  | "overrideReasonRequired";

export type ApprovalResult =
  { ok: true; status: ReviewStatus } | { ok: false; error: ApprovalError; outOfParity?: string[] };

export async function changeReviewStatus(
  db: Database,
  actor: Actor,
  request: {
    consultationId: number;
    action: ApprovalAction;
    expectedVersion: number;
    comment?: string | null;
    /** submit with sections out of parity: the reason is audited as a parity-override event */
    parityOverride?: boolean;
  },
  context: { ip: string | null },
): Promise<ApprovalResult> {
  const rule = RULES[request.action];
  if (!can(actor, rule.permission)) return { ok: false, error: "forbidden" };
  // eslint-disable-next-line no-control-regex
  const comment = request.comment?.replace(/\u0000/g, "").trim() || null;
  if (request.action === "return" && !comment) return { ok: false, error: "commentRequired" };
  return db.transaction(async (tx) => {
    const existing = await ensureReview(tx, request.consultationId);
    const review = await lockReview(tx, existing.id);
    if (!review) return { ok: false as const, error: "notFound" as const };
    if (review.version !== request.expectedVersion)
      return { ok: false as const, error: "conflict" as const };
    if (!rule.from.includes(review.status))
      return { ok: false as const, error: "illegalTransition" as const };
    const sections = await listSections(tx, request.consultationId);
    if (request.action === "submit") {
      const outOfParity = sections
        .filter(({ section }) => laggingLanguage(section) !== null)
        .map(({ section }) => `${section.position}. ${section.titleEn} / ${section.titleFr}`);
      if (outOfParity.length > 0) {
        if (!request.parityOverride)
          return { ok: false as const, error: "parityRequired" as const, outOfParity };
        if (!comment)
          return { ok: false as const, error: "overrideReasonRequired" as const, outOfParity };
        await insertReviewEvent(tx, {
          reviewId: review.id,
          kind: "parity-override",
          comment,
          actorUserId: actor.userId,
        });
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: "review.parity-override",
          subjectType: "review",
          subjectId: review.id,
          ip: context.ip,
          details: { reason: comment, sections: outOfParity },
        });
      }
    }
    const approving = request.action === "approve";
    const updated = await updateReviewStatus(tx, review.id, review.version, {
      status: rule.to,
      ...(approving
        ? {
            approvedRevisions: sections.map(({ section }) => ({
              sectionId: section.id,
              revision: section.revision,
            })),
            approvedBy: actor.userId,
            approvedAt: new Date(),
          }
        : {}),
    });
    if (!updated) return { ok: false as const, error: "conflict" as const };
    await insertReviewEvent(tx, {
      reviewId: review.id,
      kind: rule.event,
      comment: request.action === "submit" && request.parityOverride ? null : comment,
      actorUserId: actor.userId,
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `review.${rule.event}`,
      subjectType: "review",
      subjectId: review.id,
      ip: context.ip,
      details: { from: review.status, to: rule.to, comment },
    });
    return { ok: true as const, status: rule.to };
  });
}
