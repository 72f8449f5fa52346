import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { inputs, userRoles, users } from "../schema";

/** Active staff who triage, draft or coordinate: the people a daily digest is for. */
export async function listDigestRecipients(db: Database) {
  return db
    .selectDistinct({
      id: users.id,
      email: users.email,
      name: users.name,
      preferredLanguage: users.preferredLanguage,
    })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.status, "active"),
        inArray(userRoles.role, ["coordinator", "moderator", "drafter"]),
      ),
    );
}

/** Inputs submitted and not yet picked up by a moderator, across consultations. */
export async function countInputsAwaitingTriage(db: Database) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(inputs)
    .where(eq(inputs.status, "submitted"));
  return row?.count ?? 0;
}

/** Open inputs assigned to each person, for the digest's "assigned to me". */
export async function countOpenAssignments(db: Database) {
  const rows = await db
    .select({ userId: inputs.assigneeUserId, count: sql<number>`count(*)::int` })
    .from(inputs)
    .where(inArray(inputs.status, ["submitted", "in-review"]))
    .groupBy(inputs.assigneeUserId);
  return new Map(rows.filter((row) => row.userId !== null).map((row) => [row.userId!, row.count]));
}
