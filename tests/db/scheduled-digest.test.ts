import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages, inputs, scheduledTasks } from "../../db/schema";
import {
  addMembership,
  findOrganizationBySlug,
  insertUser,
  setRoles,
} from "../../db/queries/accounts";
import { setOptOut } from "../../db/queries/notifications";
import {
  nextDigestTime,
  runScheduledTasks,
} from "../../app/features/notifications/scheduler.server";
import { readUnsubscribeToken } from "../../app/features/notifications/unsubscribe.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const publicUrl = "http://localhost:3000";

async function staff(email: string, role: "moderator" | "drafter" | "approver") {
  const id = await insertUser(database.db, {
    email,
    name: email,
    preferredLanguage: "fr",
    passwordHash: null,
  });
  await addMembership(database.db, id, (await findOrganizationBySlug(database.db, "ircc"))!.id);
  await setRoles(database.db, id, [role], null);
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
});
afterAll(() => database.destroy());

describe("the daily staff digest", () => {
  it("goes once a day, from one instance, only to staff with work waiting who did not opt out", async () => {
    const moderator = await staff("mod@example.org", "moderator");
    const drafter = await staff("draft@example.org", "drafter");
    await staff("approve@example.org", "approver");
    await setOptOut(database.db, drafter, "digest.daily", true);

    const start = new Date("2026-05-04T09:00:00Z");
    // Nothing waits yet, and it is not yet time.
    const digestsRun = (ran: string[]) => ran.filter((name) => name === "daily-digest");
    expect(digestsRun(await runScheduledTasks(database.db, { now: start, publicUrl }))).toEqual([]);

    // One practice arrives.
    await database.db
      .update(inputs)
      .set({ status: "submitted", assigneeUserId: moderator })
      .where(eq(inputs.importKey, "immigration-matters"));

    const due = nextDigestTime(start);
    expect(due.toISOString()).toBe("2026-05-04T12:00:00.000Z");
    // Two instances look at the same moment: one runs the task.
    const [a, b] = await Promise.all([
      runScheduledTasks(database.db, { now: due, publicUrl }),
      runScheduledTasks(database.db, { now: due, publicUrl }),
    ]);
    expect(digestsRun([...a, ...b])).toEqual(["daily-digest"]);
    expect(
      digestsRun(
        await runScheduledTasks(database.db, { now: new Date(due.getTime() + 60_000), publicUrl }),
      ),
    ).toEqual([]);

    const digests = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "digest.daily"));
    expect(digests.map((d) => d.recipientUserId)).toEqual([moderator]);
    expect(digests[0]).toMatchObject({ language: "fr" });
    expect(digests[0]!.data).toMatchObject({ awaitingTriage: 1, assignedToMe: 1 });
    const token = String((digests[0]!.data as { unsubscribeUrl: string }).unsubscribeUrl)
      .split("/")
      .pop()!;
    expect(await readUnsubscribeToken(database.db, token)).toEqual({
      userId: moderator,
      event: "digest.daily",
    });
    expect(
      await readUnsubscribeToken(
        database.db,
        token.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      ),
    ).toBeNull();

    const [task] = await database.db
      .select()
      .from(scheduledTasks)
      .where(eq(scheduledTasks.name, "daily-digest"));
    expect(task!.nextRunAt.toISOString()).toBe("2026-05-05T12:00:00.000Z");
  });
});
