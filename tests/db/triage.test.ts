import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailMessages, inputs, notifications } from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Actor } from "../../app/features/accounts/permissions";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import {
  createPractice,
  getOwnInput,
  updatePractice,
} from "../../app/features/contributions/practices.server";
import { assignToStaff } from "../../app/features/triage/assignments.server";
import { decideInput } from "../../app/features/triage/decisions.server";
import { getQueuePage } from "../../app/features/triage/queue.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let contributor: SignedIn;
let moderator: Actor;
let otherModerator: Actor;

async function submitted(title: string) {
  const result = await createPractice(
    database.db,
    contributor,
    "2021-update",
    PracticeSubmitSchema.parse({
      language: "fr",
      title,
      summary: "Résumé.",
      description: "Accueil des familles vénézuéliennes.",
      objectives: ["7"],
      scope: "national",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit: true },
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value.reference;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  contributor = await signedInPerson(database.db, "cso@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  moderator = (await signedInPerson(database.db, "mod@example.org", "ircc", ["moderator"])).actor;
  otherModerator = (await signedInPerson(database.db, "mod2@example.org", "ircc", ["moderator"]))
    .actor;
});
afterAll(() => database.destroy());

describe("deciding on an input", () => {
  it("is refused to a contributor and to a drafter", async () => {
    const reference = await submitted("Refused decider");
    expect(
      await decideInput(
        database.db,
        contributor.actor,
        reference,
        { to: "in-review", expectedVersion: 1 },
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    const drafter: Actor = { ...moderator, roles: ["drafter"] };
    expect(
      await decideInput(
        database.db,
        drafter,
        reference,
        { to: "in-review", expectedVersion: 1 },
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
  });

  it("follows the state machine, audits each decision and tells the contributor in the same transaction", async () => {
    const reference = await submitted("Cercles d'accueil");
    expect(
      await decideInput(
        database.db,
        moderator,
        reference,
        { to: "accepted", expectedVersion: 1 },
        context,
      ),
    ).toEqual({ ok: false, errors: ["illegalTransition"] });
    expect(
      await decideInput(
        database.db,
        moderator,
        reference,
        { to: "in-review", expectedVersion: 1 },
        context,
      ),
    ).toMatchObject({ ok: true, value: { version: 2 } });
    expect(
      await decideInput(
        database.db,
        moderator,
        reference,
        { to: "rejected", expectedVersion: 2 },
        context,
      ),
    ).toEqual({ ok: false, errors: ["reasonRequired"] });
    expect(
      await decideInput(
        database.db,
        moderator,
        reference,
        { to: "changes-requested", expectedVersion: 2, message: "  " },
        context,
      ),
    ).toEqual({ ok: false, errors: ["messageRequired"] });
    const asked = await decideInput(
      database.db,
      moderator,
      reference,
      { to: "changes-requested", expectedVersion: 2, message: "Ajoutez les résultats de 2021." },
      context,
    );
    expect(asked).toMatchObject({ ok: true, value: { status: "changes-requested", version: 3 } });

    const input = await getOwnInput(database.db, contributor, reference);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.subjectType, "input"),
          eq(auditEvents.subjectId, String(input!.id)),
          eq(auditEvents.action, "input.decided"),
        ),
      );
    expect(audit.map((a) => a.details)).toEqual([
      { from: "submitted", to: "in-review", reason: null },
      { from: "in-review", to: "changes-requested", reason: null },
    ]);
    const emails = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "input.decided"));
    expect(
      emails.filter((e) => (e.data as { reference: string }).reference === reference),
    ).toHaveLength(1);
    expect(emails.at(-1)!.data).toMatchObject({
      decision: "changes-requested",
      message: "Ajoutez les résultats de 2021.",
    });
    const inApp = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.event, "input.decided"));
    expect(inApp.length).toBeGreaterThan(0);

    // The contributor edits and resubmits: back in review.
    expect(input).toMatchObject({ status: "changes-requested", editable: true });
    const resubmitted = await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeSubmitSchema.parse({
        language: "fr",
        title: "Cercles d'accueil",
        summary: "Résumé révisé.",
        description: "Résultats de 2021 ajoutés.",
        objectives: ["7"],
        scope: "national",
        consent: "attributed",
        submitKey: generateToken(),
        version: "3",
      }),
      { ...context, submit: true },
    );
    expect(resubmitted.ok).toBe(true);
    expect(await getOwnInput(database.db, contributor, reference)).toMatchObject({
      status: "in-review",
      version: 4,
    });
  });

  it("answers a stale save with who changed it, and loses nothing", async () => {
    const reference = await submitted("Deux modérateurs");
    await decideInput(
      database.db,
      moderator,
      reference,
      { to: "in-review", expectedVersion: 1 },
      context,
    );
    const first = await decideInput(
      database.db,
      moderator,
      reference,
      { to: "accepted", expectedVersion: 2 },
      context,
    );
    expect(first.ok).toBe(true);
    const second = await decideInput(
      database.db,
      otherModerator,
      reference,
      { to: "accepted", expectedVersion: 2 },
      context,
    );
    // The second moderator saw version 2 in review; the input is now accepted at version 3.
    expect(second).toMatchObject({ ok: false, errors: ["illegalTransition"] });
    const reopened = await decideInput(
      database.db,
      otherModerator,
      reference,
      { to: "in-review", expectedVersion: 2 },
      context,
    );
    expect(reopened).toMatchObject({ ok: false, errors: ["conflict"], changedBy: "mod" });
    const [row] = await database.db.select().from(inputs).where(eq(inputs.reference, reference));
    expect(row).toMatchObject({ status: "accepted", version: 3 });
    // Accepting a consented practice publishes it.
    expect(row!.publishedAt).not.toBeNull();
  });

  it("shows in the queue by objective and a French word, accents ignored", async () => {
    const reference = await submitted("Accueil des familles");
    const page = await getQueuePage(database.db, "fr", { objective: 7, q: "venezueliennes" });
    expect(page.inputs.map((i) => i.reference)).toContain(reference);
    const none = await getQueuePage(database.db, "fr", { objective: 10, q: "venezueliennes" });
    expect(none.inputs.map((i) => i.reference)).not.toContain(reference);
  });
});

describe("assigning inputs", () => {
  it("assigns everything matching a filter in one go: one audit row per input, one notice to the assignee", async () => {
    const refs = [await submitted("Bulk un"), await submitted("Bulk deux")];
    const drafter: Actor = { ...moderator, roles: ["drafter"] };
    expect(
      await assignToStaff(
        database.db,
        drafter,
        { references: refs },
        otherModerator.userId,
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    expect(
      await assignToStaff(
        database.db,
        moderator,
        { references: refs },
        contributor.actor.userId,
        context,
      ),
    ).toEqual({ ok: false, errors: ["noAssignee"] });

    const result = await assignToStaff(
      database.db,
      moderator,
      { filters: { q: "Bulk" } },
      otherModerator.userId,
      context,
    );
    expect(result).toEqual({ ok: true, value: { assigned: 2 } });
    const mine = await getQueuePage(
      database.db,
      "en",
      { assignee: "me", q: undefined },
      otherModerator.userId,
    );
    expect(mine.inputs.map((i) => i.reference).sort()).toEqual([...refs].sort());
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "input.assigned"));
    expect(audits).toHaveLength(2);
    const notices = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "input.assigned"));
    expect(notices).toHaveLength(1);
    expect((notices[0]!.data as { references: string[] }).references.sort()).toEqual(
      [...refs].sort(),
    );
  });
});
