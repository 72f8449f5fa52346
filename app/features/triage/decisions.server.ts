import type { Database } from "../../../db/client";
import { findUserById } from "../../../db/queries/accounts";
import { recordAudit, recordAuditBatch } from "../../../db/queries/audit";
import { applyBulkDecision, findVisibility, lockBulkInputs } from "../../../db/queries/triage-bulk";
import { applyDecision, findInputForTriage, findLastChange } from "../../../db/queries/triage";
import { can, type Actor } from "../accounts/permissions";
import { resolveBulkTarget, type BulkTarget } from "./assignments.server";
import { notify, notifyMany } from "../notifications/notify.server";
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

  const visibility = await findVisibility(db, input.id);

  return db.transaction(async (tx) => {
    const applied = await applyDecision(tx, {
      inputId: input.id,
      expectedVersion: decision.expectedVersion,
      from,
      to: decision.to,
      decidedBy: actor.userId,
      reasonCode: decision.reasonCode ?? null,
      message: decision.message?.trim() || null,
      publish: shouldPublish(decision.to, input.kind, input.consent, visibility),
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
      if (author)
        await notifyDecision(tx, author, {
          inputId: input.id,
          reference: input.reference,
          to: decision.to,
          message: decision.message?.trim() || null,
          version: applied.version,
          publicUrl: context.publicUrl,
        });
    }
    return { ok: true as const, value: { status: decision.to, version: applied.version } };
  });
}

/** Accepting a practice publishes it when the contributor consented and staff did not keep it internal. */
export function shouldPublish(
  to: Decision,
  kind: string,
  consent: string,
  visibility: "public" | "internal",
) {
  return (
    to === "accepted" && kind === "practice" && consent !== "private" && visibility === "public"
  );
}

type Author = { id: number; email: string; name: string; preferredLanguage: "en" | "fr" | null };
type VisibleDecision = {
  inputId: number;
  reference: string;
  to: "accepted" | "rejected" | "changes-requested";
  message: string | null;
  version: number;
  publicUrl: string;
};

function decisionNotice(author: Author, decision: VisibleDecision) {
  const link = (lang: "en" | "fr") =>
    `${decision.publicUrl}/${lang}/my/inputs/${decision.reference}`;
  return {
    recipient: {
      userId: author.id,
      email: author.email,
      name: author.name,
      language: author.preferredLanguage,
    },
    data: {
      recipientName: author.name,
      reference: decision.reference,
      decision: decision.to,
      message: decision.message,
      inputUrl: { en: link("en"), fr: link("fr") },
    },
    dedupeKey: `decision:${decision.inputId}:v${decision.version}`,
  };
}

/** The contributor's e-mail and in-app notice of a decision, in the deciding transaction. */
export async function notifyDecision(tx: Database, author: Author, decision: VisibleDecision) {
  const notice = decisionNotice(author, decision);
  await notify(tx, "input.decided", notice.recipient, notice.data, {
    dedupeKey: notice.dedupeKey,
  });
}

/** The same notices for many decisions: `notifyMany` writes them in a few statements. */
async function notifyDecisions(
  tx: Database,
  decisions: Array<{ author: Author; decision: VisibleDecision }>,
) {
  await notifyMany(
    tx,
    "input.decided",
    decisions.map(({ author, decision }) => decisionNotice(author, decision)),
  );
}

export type BulkDecideError =
  | "forbidden"
  | "illegalTransition"
  | "reasonRequired"
  | "messageRequired"
  | "tooMany"
  | "nothingSelected";

/**
 * One decision, with one reason, on a selection or on every input matching the queue's filters
 * (at most 500): all or nothing. When any input cannot make the move (the same state machine
 * as single decisions), nothing is written and the refused inputs are listed, so the
 * moderator can narrow the filter (docs/decisions/016). One transaction; one decision row and
 * one audit row per input; the contributor's notice for each visible decision.
 */
export async function decideInputsInBulk(
  db: Database,
  actor: Actor,
  target: BulkTarget,
  decision: { to: Decision; reasonCode?: RejectionReason | null; message?: string | null },
  context: { ip: string | null; publicUrl: string },
): Promise<
  | { ok: true; value: { decided: number } }
  | {
      ok: false;
      errors: BulkDecideError[];
      refused?: Array<{ reference: string; status: InputStatus }>;
    }
> {
  if (!can(actor, "decide:input")) return { ok: false, errors: ["forbidden"] };
  if (decision.to === "rejected" && !decision.reasonCode)
    return { ok: false, errors: ["reasonRequired"] };
  const message = decision.message?.trim() || null;
  if (decision.to === "changes-requested" && !message)
    return { ok: false, errors: ["messageRequired"] };
  const resolved = await resolveBulkTarget(db, target);
  if (!resolved.ok) return resolved;
  const references = resolved.value;

  return db.transaction(async (tx) => {
    const locked = await lockBulkInputs(tx, references);
    if (locked.length === 0) return { ok: false as const, errors: ["nothingSelected" as const] };
    const refused = locked
      .filter((input) => !canDecide(input.status as InputStatus, decision.to))
      .map((input) => ({ reference: input.reference, status: input.status as InputStatus }));
    if (refused.length > 0)
      return { ok: false as const, errors: ["illegalTransition" as const], refused };
    const reasonCode = decision.to === "rejected" ? (decision.reasonCode ?? null) : null;
    const updated = await applyBulkDecision(tx, {
      inputs: locked,
      to: decision.to,
      publishIds: locked
        .filter((input) => shouldPublish(decision.to, input.kind, input.consent, input.visibility))
        .map((input) => input.id),
      decidedBy: actor.userId,
      reasonCode,
      message,
    });
    await recordAuditBatch(
      tx,
      locked.map((input) => ({
        actorUserId: actor.userId,
        action: "input.decided",
        subjectType: "input",
        subjectId: input.id,
        ip: context.ip,
        details: { from: input.status, to: decision.to, reason: reasonCode, bulk: true },
      })),
    );
    const to = decision.to;
    if (isContributorVisible(to)) {
      const versions = new Map(updated.map((row) => [row.id, row.version]));
      await notifyDecisions(
        tx,
        locked.flatMap((input) =>
          input.authorUserId && input.authorEmail
            ? [
                {
                  author: {
                    id: input.authorUserId,
                    email: input.authorEmail,
                    name: input.authorName ?? "",
                    preferredLanguage: input.authorLanguage,
                  },
                  decision: {
                    inputId: input.id,
                    reference: input.reference,
                    to,
                    message,
                    version: versions.get(input.id) ?? input.version + 1,
                    publicUrl: context.publicUrl,
                  },
                },
              ]
            : [],
        ),
      );
    }
    return { ok: true as const, value: { decided: locked.length } };
  });
}
