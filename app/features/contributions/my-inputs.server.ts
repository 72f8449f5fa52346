import type { Database } from "../../../db/client";
import { listInputTimeline, listOrganizationInputs } from "../../../db/queries/contributions";
import { findLatestContributorMessage } from "../../../db/queries/triage";
import { listPublicConsultations } from "../../../db/queries/consultations";
import type { Locale } from "~/i18n/locale";
import type { SignedIn } from "../accounts/auth.server";
import { bilingual } from "../practices/localized-text";

const TIMELINE_ACTIONS = new Set([
  "input.decided",
  "input.drafted",
  "input.draft-saved",
  "input.submitted",
  "input.edited",
  "input.withdrawn",
]);

export async function getInputTimeline(db: Database, inputId: number) {
  const events = await listInputTimeline(db, inputId);
  return events
    .filter((event) => TIMELINE_ACTIONS.has(event.action))
    .map((event) => ({
      action: event.action,
      at: event.at.toISOString(),
      actorName: event.actorName,
    }));
}

/** "My inputs": every input of the person's organizations, and where they can start one. */
export async function getMyInputsPage(db: Database, signedIn: SignedIn, locale: Locale) {
  const [inputs, consultations] = await Promise.all([
    listOrganizationInputs(db, signedIn.actor.organizationIds),
    listPublicConsultations(db),
  ]);
  return {
    inputs: inputs.map((input) => ({
      reference: input.reference,
      kind: input.kind,
      status: input.status,
      title: input.title,
      language: input.language,
      consultation: bilingual(
        { titleEn: input.consultationTitleEn, titleFr: input.consultationTitleFr },
        "title",
        locale,
      ),
      updatedAt: input.updatedAt.toISOString(),
      lastEditorName: input.lastEditorName,
    })),
    openCalls: consultations
      .filter((c) => c.status === "open")
      .map((c) => ({ slug: c.slug, title: bilingual(c, "title", locale) })),
  };
}

/** The latest decision the contributor was told about, with the moderator's message. */
export async function getLatestDecision(db: Database, inputId: number) {
  const decision = await findLatestContributorMessage(db, inputId);
  return decision
    ? {
        status: decision.toStatus,
        message: decision.message,
        decidedAt: decision.decidedAt.toISOString(),
      }
    : null;
}
