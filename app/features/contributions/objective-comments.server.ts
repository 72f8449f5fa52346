import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  findInputBySubmitKey,
  findObjectiveTitle,
  insertInput,
  isAcceptingInput,
  writeCommentContent,
} from "../../../db/queries/contributions";
import type { SignedIn } from "../accounts/auth.server";
import { translator } from "~/i18n/translate";
import { checkCanContribute, sendReceipt, type ContributionError } from "./practices.server";
import { recordNearDuplicates } from "../triage/duplicates.server";

export async function getObjectiveForComment(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  number: number,
) {
  const allowed = await checkCanContribute(db, signedIn, slug, "objective-comments");
  if (!allowed.ok) return allowed;
  const objective = await findObjectiveTitle(db, allowed.consultation.frameworkId, number);
  if (!objective) return { ok: false as const, errors: ["notFound" as const] };
  return { ...allowed, objective };
}

/** A comment on one objective in a consultation's context: submitted at once, with a receipt. */
export async function submitObjectiveComment(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  number: number,
  comment: {
    comment: string;
    language: "en" | "fr";
    consent: "attributed" | "anonymous" | "private";
    submitKey?: string | undefined;
  },
  options: { ip: string | null; publicUrl: string },
): Promise<
  { ok: true; value: { reference: string } } | { ok: false; errors: ContributionError[] }
> {
  const target = await getObjectiveForComment(db, signedIn, slug, number);
  if (!target.ok) return target;
  if (comment.submitKey) {
    const existing = await findInputBySubmitKey(db, comment.submitKey);
    if (existing && existing.organizationId === target.organizationId)
      return { ok: true, value: { reference: existing.reference } };
  }
  const { consultation } = target;
  return db.transaction(async (tx) => {
    if (!(await isAcceptingInput(tx, consultation.id)))
      return { ok: false as const, errors: ["closed" as const] };
    const created = await insertInput(tx, {
      consultationId: consultation.id,
      organizationId: target.organizationId,
      kind: "comment",
      language: comment.language,
      consent: comment.consent,
      userId: signedIn.user.id,
      submitKey: comment.submitKey ?? null,
      submitted: true,
    });
    if (!created)
      return {
        ok: true as const,
        value: { reference: (await findInputBySubmitKey(tx, comment.submitKey!))!.reference },
      };
    const title = translator(comment.language)("contributions.comment.title", { number });
    await writeCommentContent(tx, created.id, consultation.frameworkId, {
      language: comment.language,
      title,
      body: comment.comment,
      objectiveNumber: number,
    });
    await recordNearDuplicates(tx, created.id, {
      consultationId: consultation.id,
      text: { title, summary: null, body: comment.comment },
    });
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: "input.submitted",
      subjectType: "input",
      subjectId: created.id,
      ip: options.ip,
    });
    await sendReceipt(
      tx,
      created.id,
      created.reference,
      created.version,
      signedIn.user.id,
      consultation,
      options.publicUrl,
      "comment",
    );
    return { ok: true as const, value: { reference: created.reference } };
  });
}
