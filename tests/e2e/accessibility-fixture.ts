import type { Database } from "../../db/client";
import {
  findOrganizationBySlug,
  findUserIdByEmail,
  insertInvitation,
} from "../../db/queries/accounts";
import { insertInvitee } from "../../db/queries/consultations-admin";
import { ensureReview, ensureSectionsFromTemplate } from "../../db/queries/review";
import { markReviewPublished, writeReviewFixture } from "../../db/queries/review-publication";
import { generateToken, hashToken } from "../../app/features/accounts/tokens.server";
import { DEMO } from "./auth-helpers";
import { ownConsultation } from "./keyboard-fixture";
import { acceptedInput, person, withE2eDatabase } from "./review-publication-fixture";

// What the pages whose matrix sample answers 404 to everyone need in order to show themselves
// (tests/e2e/every-page-is-accessible.spec.ts): a published review that is still open to
// comments, with contributorA's organization invited and its accepted input cited, and a
// pending invitation whose token the test knows.

export interface AccessibilityData {
  /** the consultation's slug (its public review and its draft) and id (its staff pages) */
  slug: string;
  consultationId: number;
  /** contributorA's own input, accepted and cited */
  ownInput: string;
  invitationToken: string;
}

export async function prepareAccessibilityData(tag: string): Promise<AccessibilityData> {
  return withE2eDatabase(async (db) => {
    const consultation = await ownConsultation(db, tag);
    await ensureSectionsFromTemplate(db, consultation.id, consultation.frameworkId);
    await ensureReview(db, consultation.id);
    const contributor = await person(db, DEMO.contributorA, "maple-settlement-network");
    const drafter = await person(db, DEMO.drafter, "gac");
    const ownInput = await acceptedInput(db, consultation.id, contributor, {
      language: "en",
      consent: "attributed",
      title: { en: "Accessible welcome desk", fr: "Accueil accessible" },
      summary: {
        en: "Reported for the accessibility sweep.",
        fr: "Signalé pour l’audit d’accessibilité.",
      },
      objectives: [7],
    });
    const { reviewId } = await writeReviewFixture(db, {
      consultationId: consultation.id,
      userId: drafter.userId,
      approved: true,
      commentsOpen: true,
      sections: [
        {
          titleEn: "Methodology",
          titleFr: "Méthodologie",
          bodyEn: `Settlement networks opened welcome desks [@${ownInput}].`,
          bodyFr: `Les réseaux d’établissement ont ouvert des comptoirs d’accueil [@${ownInput}].`,
        },
      ],
    });
    await markReviewPublished(db, reviewId, (await findUserIdByEmail(db, DEMO.approver))!);
    await insertInvitee(db, {
      consultationId: consultation.id,
      userId: contributor.userId,
      organizationId: contributor.organizationId,
      invitedBy: drafter.userId,
    });
    const invitationToken = await insertPendingInvitation(db, {
      email: `accessibility-${tag}@example.org`,
      name: "Accessibility Sweep",
      invitedBy: drafter.userId,
    });
    return { slug: `keyboard-${tag}`, consultationId: consultation.id, ownInput, invitationToken };
  });
}

/** A pending invitation (a day left) to contributorA's organization: its token. */
export async function insertPendingInvitation(
  db: Database,
  invitation: { email: string; name: string; invitedBy: number },
) {
  const token = generateToken();
  await insertInvitation(db, {
    ...invitation,
    tokenHash: hashToken(token),
    organizationId: (await findOrganizationBySlug(db, "maple-settlement-network"))!.id,
    roles: ["contributor"],
    language: "fr",
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return token;
}
