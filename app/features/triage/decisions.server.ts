import type { Database } from "../../../db/client";
import { findUserById } from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { applyDecision, findInputForTriage, findLastChange } from "../../../db/queries/triage";
import { can, type Actor } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";
import {
  canDecide,
  isContributorVisible,
  type Decision,
  type InputStatus,
  type RejectionReason,
} from "./input-status";

export type DecideError =
  | "forbidden"
  | "notFound"
  | "illegalTransition"
  | "reasonRequired"
  | "messageRequired"
  | "conflict";

export type DecideResult =
  | { ok: true; value: { status: Decision; version: number } }
  | { ok: false; errors: DecideError[]; changedBy?: string | null; changedAt?: string };

/**
 * Records a moderator's decision on an input: checked against the state machine and the
 * version the moderator saw; audited; and, when the contributor must know, the e-mail and
 * in-app notification are written in the same transaction.
 */
export async function decideInput(
  db: Database,
  actor: Actor,
  reference: string,
  decision: {
    to: Decision;
    expectedVersion: number;
    reasonCode?: RejectionReason | null;
    message?: string | null;
  },
  context: { ip: string | null; publicUrl: string },
): Promise<DecideResult> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  const input = await findInputForTriage(db, reference);
  if (!input) return { ok: false, errors: ["notFound"] };
  const from = input.status as InputStatus;
  if (!canDecide(from, decision.to)) return { ok: false, errors: ["illegalTransition"] };
  if (decision.to === "rejected" && !decision.reasonCode)
    return { ok: false, errors: ["reasonRequired"] };
  if (decision.to === "changes-requested" && !decision.message?.trim())
    return { ok: false, errors: ["messageRequired"] };

  return db.transaction(async (tx) => {
    const applied = await applyDecision(tx, {
      inputId: input.id,
      expectedVersion: decision.expectedVersion,
      from,
      to: decision.to,
      decidedBy: actor.userId,
      reasonCode: decision.reasonCode ?? null,
      message: decision.message?.trim() || null,
      publish:
        decision.to === "accepted" && input.kind === "practice" && input.consent !== "private",
    });
    if (!applied) {
      const last = await findLastChange(tx, input.id);
      return {
        ok: false as const,
        errors: ["conflict" as const],
        changedBy: last?.by ?? null,
        changedAt: last?.at.toISOString(),
      };
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "input.decided",
      subjectType: "input",
      subjectId: input.id,
      ip: context.ip,
      details: { from, to: decision.to, reason: decision.reasonCode ?? null },
    });
    if (isContributorVisible(decision.to) && input.authorUserId) {
      const author = await findUserById(tx, input.authorUserId);
      if (author) {
        const link = (lang: "en" | "fr") =>
          `${context.publicUrl}/${lang}/my/inputs/${input.reference}`;
        await notify(
          tx,
          "input.decided",
          {
            userId: author.id,
            email: author.email,
            name: author.name,
            language: author.preferredLanguage,
          },
          {
            recipientName: author.name,
            reference: input.reference,
            decision: decision.to,
            message: decision.message?.trim() || null,
            inputUrl: { en: link("en"), fr: link("fr") },
          },
          { dedupeKey: `decision:${input.id}:v${applied.version}` },
        );
      }
    }
    return { ok: true as const, value: { status: decision.to, version: applied.version } };
  });
}
