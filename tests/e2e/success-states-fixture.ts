import { and, eq } from "drizzle-orm";
import { findUserIdByEmail, insertUser } from "../../db/queries/accounts";
import { inputDecisions, inputs, reviewSections } from "../../db/schema";
import { unsubscribeToken } from "../../app/features/notifications/unsubscribe.server";
import { prepareAccessibilityData } from "./accessibility-fixture";
import { DEMO } from "./auth-helpers";
import { prepareDraftReview } from "./keyboard-fixture";
import { withE2eDatabase } from "./review-publication-fixture";

// What the success-state sweep (tests/e2e/success-states-are-accessible.spec.ts) needs beyond
// the demo: each run makes its own, so nothing it changes is read by another spec.

/**
 * The accessibility sweep's published review and contributorA's accepted, cited input, with the
 * moderator's decision that accepted it (the input's page then shows "Accepted." as a success).
 */
export async function prepareContributorData(tag: string) {
  const data = await prepareAccessibilityData(tag);
  await withE2eDatabase(async (db) => {
    const [input] = await db
      .select({ id: inputs.id })
      .from(inputs)
      .where(eq(inputs.reference, data.ownInput));
    await db.insert(inputDecisions).values({
      inputId: input!.id,
      fromStatus: "in-review",
      toStatus: "accepted",
      message: "Thank you: the practice is in the repository.",
      decidedBy: (await findUserIdByEmail(db, DEMO.moderator))!,
    });
  });
  return data;
}

/** A draft review of its own (its first section's id) and a published one open to comments. */
export async function prepareDrafterData(tag: string) {
  const draft = await prepareDraftReview(`${tag}d`);
  const published = await prepareAccessibilityData(`${tag}p`);
  const sectionId = await withE2eDatabase(async (db) => {
    const [section] = await db
      .select({ id: reviewSections.id })
      .from(reviewSections)
      .where(
        and(
          eq(reviewSections.consultationId, draft.consultationId),
          eq(reviewSections.position, 1),
        ),
      );
    return section!.id;
  });
  return { draft: { ...draft, sectionId }, published };
}

/** A person of its own and the signed link that stops their reminder e-mails. */
export async function prepareUnsubscribeToken(tag: string) {
  return withE2eDatabase(async (db) => {
    const userId = await insertUser(db, {
      email: `unsubscribe-${tag}@example.org`,
      name: "Success Sweep",
      preferredLanguage: null,
      passwordHash: null,
    });
    return unsubscribeToken(db, userId, "reminder.due");
  });
}
