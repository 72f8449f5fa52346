import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  bumpInput,
  findConsultationForContribution,
  findInputBySubmitKey,
  findOrganizationInput,
  findOrganizationInputHead,
  insertInput,
  insertInputVersion,
  isAcceptingInput,
  isInAudience,
  writePracticeContent,
  type StoredPractice,
} from "../../../db/queries/contributions";
import { findUserById } from "../../../db/queries/accounts";
import type { SignedIn } from "../accounts/auth.server";
import { can } from "../accounts/permissions";
import { notify } from "../notifications/notify.server";
import {
  AttachmentStoreError,
  listInputAttachments,
  storeAttachments,
  type PreparedAttachment,
} from "./attachments.server";
import type { PracticeContent } from "./practice.schema";
import { recordNearDuplicates } from "../triage/duplicates.server";

export type ContributionError =
  | "notFound"
  | "forbidden"
  | "closed"
  | "notInAudience"
  | "noOrganization"
  | "notEditable"
  | "conflict"
  | "attachmentStore";

type Result<T> =
  | { ok: true; value: T }
  | { ok: false; errors: ContributionError[]; changedBy?: string | null; changedAt?: string };

/** The organization a person contributes for: their first stakeholder organization. */
function contributingOrganization(signedIn: SignedIn): number | null {
  const organization = signedIn.organizations.find((o) => o.categoryKey !== "federal-department");
  return organization?.organizationId ?? null;
}

function toStored(content: PracticeContent): StoredPractice {
  return {
    language: content.language,
    title: content.title,
    summary: content.summary,
    body: content.description,
    genderConsiderations: content.genderConsiderations,
    resultsAndEvidence: content.resultsAndEvidence,
    lessonsLearned: content.lessonsLearned,
    objectiveNumbers: [...new Set(content.objectives)],
    principleKeys: [...new Set(content.principles)],
    clusterKey: content.thematicCluster,
    partners: content.partners,
    scope: content.scope ?? "national",
    regions: content.regions,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
    fundingAmount: content.fundingAmount,
    fundingCurrency: content.fundingAmount ? (content.fundingCurrency ?? "CAD") : null,
    fundingSource: content.fundingSource,
    groupsServed: content.groupsServed,
    links: content.links,
    consent: content.consent ?? "private",
  };
}

/** Can this person start a practice in this consultation now? */
export async function checkCanContribute(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  component: "call-for-practices" | "objective-comments" = "call-for-practices",
) {
  const consultation = await findConsultationForContribution(db, slug);
  if (!consultation || !consultation.components.includes(component))
    return { ok: false as const, errors: ["notFound" as const] };
  const organizationId = contributingOrganization(signedIn);
  if (!organizationId) return { ok: false as const, errors: ["noOrganization" as const] };
  if (!can(signedIn.actor, "submit:input:own", { organizationId }))
    return { ok: false as const, errors: ["forbidden" as const] };
  if (
    !consultation.audiencePublic &&
    !(await isInAudience(db, consultation.id, organizationId, signedIn.user.id))
  ) {
    return { ok: false as const, errors: ["notInAudience" as const] };
  }
  return { ok: true as const, consultation, organizationId };
}

export async function sendReceipt(
  tx: Database,
  inputId: number,
  reference: string,
  version: number,
  userId: number,
  consultation: { titleEn: string; titleFr: string; closesAt: Date },
  publicUrl: string,
  kind: "practice" | "comment" = "practice",
) {
  const user = await findUserById(tx, userId);
  if (!user) return;
  await notify(
    tx,
    "input.submitted",
    { userId: user.id, email: user.email, name: user.name, language: user.preferredLanguage },
    {
      recipientName: user.name,
      reference,
      kind,
      consultationTitle: { en: consultation.titleEn, fr: consultation.titleFr },
      submittedAt: new Date().toISOString(),
      inputUrl: {
        en: `${publicUrl}/en/my/inputs/${reference}`,
        fr: `${publicUrl}/fr/my/inputs/${reference}`,
      },
      editableUntil: consultation.closesAt.toISOString(),
    },
    // One receipt per saved version: a retried POST of the same submission sends nothing more.
    { dedupeKey: `receipt:${inputId}:v${version}` },
  );
}

/**
 * Creates a practice for the person's organization, as a draft or submitted. A submission
 * carries the form's one-time key: the same form posted twice (a double click, a browser
 * retry after the server committed) lands on the same input and the same receipt.
 */
export async function createPractice(
  db: Database,
  signedIn: SignedIn,
  slug: string,
  content: PracticeContent,
  options: {
    submit: boolean;
    ip: string | null;
    publicUrl: string;
    attachments?: PreparedAttachment[];
  },
): Promise<Result<{ reference: string; submitted: boolean }>> {
  const allowed = await checkCanContribute(db, signedIn, slug);
  if (!allowed.ok) return allowed;
  const { consultation, organizationId } = allowed;
  if (content.submitKey) {
    const existing = await findInputBySubmitKey(db, content.submitKey);
    if (existing && existing.organizationId === organizationId)
      return { ok: true, value: { reference: existing.reference, submitted: options.submit } };
  }
  const stored = toStored(content);
  return withAttachmentGuard(() =>
    db.transaction(async (tx) => {
      // The database's clock decides what is on time (QUALITY R8), inside the transaction.
      if (!(await isAcceptingInput(tx, consultation.id)))
        return { ok: false as const, errors: ["closed" as const] };
      const created = await insertInput(tx, {
        consultationId: consultation.id,
        organizationId,
        kind: "practice",
        language: stored.language,
        consent: stored.consent,
        userId: signedIn.user.id,
        submitKey: content.submitKey ?? null,
        submitted: options.submit,
      });
      if (!created) {
        // Another request with the same key committed first: this is that submission.
        const existing = await findInputBySubmitKey(tx, content.submitKey!);
        return {
          ok: true as const,
          value: { reference: existing!.reference, submitted: options.submit },
        };
      }
      // Independent writes, sent together (decision 024).
      await Promise.all([
        writePracticeContent(tx, created.id, consultation.frameworkId, stored),
        storeAttachments(tx, created.id, options.attachments ?? [], signedIn.user.id),
        recordAudit(tx, {
          actorUserId: signedIn.user.id,
          action: options.submit ? "input.submitted" : "input.drafted",
          subjectType: "input",
          subjectId: created.id,
          ip: options.ip,
        }),
        options.submit &&
          insertInputVersion(tx, created.id, created.version, { ...stored }, signedIn.user.id),
      ]);
      if (options.submit) {
        await sendReceipt(
          tx,
          created.id,
          created.reference,
          created.version,
          signedIn.user.id,
          consultation,
          options.publicUrl,
        );
        // Last before the commit: the band-key locks it takes are held only until then.
        await recordNearDuplicates(tx, created.id, {
          consultationId: consultation.id,
          text: stored,
        });
      }
      return {
        ok: true as const,
        value: { reference: created.reference, submitted: options.submit },
      };
    }),
  );
}

const EDITABLE = new Set(["draft", "submitted", "changes-requested"]);

/** Loads an input of the person's organizations; anyone else's answers "not found". */
export async function getOwnInput(db: Database, signedIn: SignedIn, reference: string) {
  const input = await findOrganizationInput(db, reference, signedIn.actor.organizationIds);
  if (!input || !can(signedIn.actor, "read:input:own", { organizationId: input.organizationId }))
    return null;
  const attachments = await listInputAttachments(db, input.id);
  return { ...input, attachments, editable: EDITABLE.has(input.status) && input.acceptingNow };
}

/**
 * An input of the person's organizations as a save needs it (no words, tags or file list:
 * one query, with how many files it has); anyone else's answers "not found".
 */
export async function getOwnInputForSave(db: Database, signedIn: SignedIn, reference: string) {
  const input = await findOrganizationInputHead(db, reference, signedIn.actor.organizationIds);
  if (!input || !can(signedIn.actor, "read:input:own", { organizationId: input.organizationId }))
    return null;
  return input;
}

/**
 * Saves a draft, submits, or edits a submitted practice — refusing a save over a colleague's
 * newer one (409 with who and when) and anything after the consultation closed.
 */
export async function updatePractice(
  db: Database,
  signedIn: SignedIn,
  reference: string,
  content: PracticeContent,
  options: {
    submit: boolean;
    ip: string | null;
    publicUrl: string;
    attachments?: PreparedAttachment[];
  },
): Promise<Result<{ reference: string; submitted: boolean }>> {
  const input = await getOwnInputForSave(db, signedIn, reference);
  if (!input || input.kind !== "practice") return { ok: false, errors: ["notFound"] };
  if (!can(signedIn.actor, "edit:input:own", { organizationId: input.organizationId }))
    return { ok: false, errors: ["forbidden"] };
  if (options.submit && content.submitKey && input.submitKey === content.submitKey)
    return { ok: true, value: { reference, submitted: true } };
  if (!EDITABLE.has(input.status)) return { ok: false, errors: ["notEditable"] };
  const wasSubmitted = input.status !== "draft";
  const stored = toStored(content);
  return withAttachmentGuard(() =>
    db.transaction(async (tx) => {
      if (!(await isAcceptingInput(tx, input.consultationId)))
        return { ok: false as const, errors: ["closed" as const] };
      const bumped = await bumpInput(tx, input.id, {
        expectedVersion: content.version ?? null,
        userId: signedIn.user.id,
        language: stored.language,
        consent: stored.consent,
        // A draft can only become submitted here; a submitted input stays submitted when edited.
        status: options.submit
          ? input.status === "changes-requested"
            ? "in-review"
            : input.status === "draft"
              ? "submitted"
              : undefined
          : wasSubmitted
            ? undefined
            : "draft",
        submitKey: options.submit ? (content.submitKey ?? null) : null,
        submitNow: options.submit,
      });
      if (!bumped) {
        const current = await findOrganizationInputHead(
          tx,
          reference,
          signedIn.actor.organizationIds,
        );
        return {
          ok: false as const,
          errors: ["conflict" as const],
          changedBy: current?.lastEditorName ?? null,
          changedAt: current?.updatedAt.toISOString(),
        };
      }
      const action = options.submit
        ? wasSubmitted
          ? "input.edited"
          : "input.submitted"
        : wasSubmitted
          ? "input.edited"
          : "input.draft-saved";
      const versioned = options.submit || wasSubmitted;
      // Independent writes, sent together (decision 024).
      await Promise.all([
        writePracticeContent(tx, input.id, input.frameworkId, stored),
        storeAttachments(tx, input.id, options.attachments ?? [], signedIn.user.id),
        recordAudit(tx, {
          actorUserId: signedIn.user.id,
          action,
          subjectType: "input",
          subjectId: input.id,
          ip: options.ip,
          details: { version: bumped.version },
        }),
        versioned &&
          insertInputVersion(tx, input.id, bumped.version, { ...stored }, signedIn.user.id),
      ]);
      if (versioned) {
        await sendReceipt(
          tx,
          input.id,
          reference,
          bumped.version,
          signedIn.user.id,
          {
            titleEn: input.consultationTitleEn,
            titleFr: input.consultationTitleFr,
            closesAt: input.closesAt,
          },
          options.publicUrl,
        );
        await recordNearDuplicates(tx, input.id, {
          consultationId: input.consultationId,
          text: stored,
        });
      }
      return { ok: true as const, value: { reference, submitted: options.submit || wasSubmitted } };
    }),
  );
}

/** A file that could not be stored fails the whole save, which the person is told to retry. */
async function withAttachmentGuard<T>(save: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof AttachmentStoreError) return { ok: false, errors: ["attachmentStore"] };
    throw error;
  }
}

export async function withdrawInput(
  db: Database,
  signedIn: SignedIn,
  reference: string,
  options: { ip: string | null },
): Promise<Result<null>> {
  const input = await getOwnInput(db, signedIn, reference);
  if (!input) return { ok: false, errors: ["notFound"] };
  if (!EDITABLE.has(input.status)) return { ok: false, errors: ["notEditable"] };
  return db.transaction(async (tx) => {
    if (!(await isAcceptingInput(tx, input.consultationId)))
      return { ok: false as const, errors: ["closed" as const] };
    await bumpInput(tx, input.id, {
      expectedVersion: null,
      userId: signedIn.user.id,
      language: input.language,
      consent: input.consent,
      status: "withdrawn",
      withdrawNow: true,
    });
    await recordAudit(tx, {
      actorUserId: signedIn.user.id,
      action: "input.withdrawn",
      subjectType: "input",
      subjectId: input.id,
      ip: options.ip,
    });
    return { ok: true as const, value: null };
  });
}
