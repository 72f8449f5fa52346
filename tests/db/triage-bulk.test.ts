import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  emailMessages,
  inputDecisions,
  inputs,
  notifications,
  users,
} from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Actor } from "../../app/features/accounts/permissions";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice } from "../../app/features/contributions/practices.server";
import { getPublishedPracticePage } from "../../app/features/practices/published-practices.server";
import { exportPracticeRepository } from "../../app/features/repository/repository.server";
import { buildReviewDocument } from "../../app/features/review/review-export.server";
import { assignToStaff } from "../../app/features/triage/assignments.server";
import { decideInput, decideInputsInBulk } from "../../app/features/triage/decisions.server";
import { getTriageItem } from "../../app/features/triage/queue.server";
import { saveStaffTags, tagInputsInBulk } from "../../app/features/triage/tags.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let contributor: SignedIn;
let moderator: Actor;

async function submitted(title: string) {
  const result = await createPractice(
    database.db,
    contributor,
    "2021-update",
    PracticeSubmitSchema.parse({
      language: "en",
      title,
      summary: `${title} summary.`,
      description: `${title}: settlement support for newcomers.`,
      objectives: ["3"],
      scope: "national",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit: true },
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value.reference;
}

async function rowsOf(references: string[]) {
  return database.db
    .select({
      id: inputs.id,
      reference: inputs.reference,
      status: inputs.status,
      version: inputs.version,
      publishedAt: inputs.publishedAt,
    })
    .from(inputs)
    .where(inArray(inputs.reference, references))
    .orderBy(inputs.id);
}

async function countWhere(action: string, ids: number[]) {
  const rows = await database.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, action),
        inArray(
          auditEvents.subjectId,
          ids.map((id) => String(id)),
        ),
      ),
    );
  return rows.length;
}

async function accepted(title: string) {
  const reference = await submitted(title);
  await decideInput(
    database.db,
    moderator,
    reference,
    { to: "in-review", expectedVersion: 1 },
    context,
  );
  const [row] = await rowsOf([reference]);
  await decideInput(
    database.db,
    moderator,
    reference,
    { to: "accepted", expectedVersion: row!.version },
    context,
  );
  return reference;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  contributor = await signedInPerson(
    database.db,
    "bulk-cso@example.org",
    "francophone-network-nb",
    ["contributor"],
  );
  moderator = (await signedInPerson(database.db, "bulk-mod@example.org", "ircc", ["moderator"]))
    .actor;
});
afterAll(() => database.destroy());

describe("bulk status change", () => {
  it("refuses the whole batch when one input cannot make the move, and writes nothing", async () => {
    const inReview = await submitted("Zebrafinch one");
    const stillSubmitted = await submitted("Zebrafinch two");
    await decideInputsInBulk(
      database.db,
      moderator,
      { references: [inReview] },
      { to: "in-review" },
      context,
    );
    const before = await rowsOf([inReview, stillSubmitted]);
    const result = await decideInputsInBulk(
      database.db,
      moderator,
      { references: [inReview, stillSubmitted] },
      { to: "accepted" },
      context,
    );
    expect(result).toEqual({
      ok: false,
      errors: ["illegalTransition"],
      refused: [{ reference: stillSubmitted, status: "submitted" }],
    });
    expect(await rowsOf([inReview, stillSubmitted])).toEqual(before);
    const ids = before.map((row) => row.id);
    expect(await countWhere("input.decided", ids)).toBe(1); // only the earlier move to review
    const decisions = await database.db
      .select()
      .from(inputDecisions)
      .where(and(inArray(inputDecisions.inputId, ids), eq(inputDecisions.toStatus, "accepted")));
    expect(decisions).toHaveLength(0);
  });

  it("moves every input matching a filter, with one reason: one audit row and one notice each", async () => {
    const references = [await submitted("Quokka alpha"), await submitted("Quokka beta")];
    const toReview = await decideInputsInBulk(
      database.db,
      moderator,
      { filters: { q: "Quokka" } },
      { to: "in-review" },
      context,
    );
    expect(toReview).toEqual({ ok: true, value: { decided: 2 } });
    expect(
      await decideInputsInBulk(database.db, moderator, { references }, { to: "rejected" }, context),
    ).toEqual({ ok: false, errors: ["reasonRequired"] });
    expect(
      await decideInputsInBulk(
        database.db,
        moderator,
        { references },
        { to: "changes-requested", message: "  " },
        context,
      ),
    ).toEqual({ ok: false, errors: ["messageRequired"] });
    const rejected = await decideInputsInBulk(
      database.db,
      moderator,
      { references },
      { to: "rejected", reasonCode: "out-of-scope", message: "Outside this consultation." },
      context,
    );
    expect(rejected).toEqual({ ok: true, value: { decided: 2 } });
    const rows = await rowsOf(references);
    expect(rows.map((row) => row.status)).toEqual(["rejected", "rejected"]);
    const ids = rows.map((row) => row.id);
    expect(await countWhere("input.decided", ids)).toBe(4);
    const reasons = await database.db
      .select({ reason: inputDecisions.reasonCode, from: inputDecisions.fromStatus })
      .from(inputDecisions)
      .where(and(inArray(inputDecisions.inputId, ids), eq(inputDecisions.toStatus, "rejected")));
    expect(reasons).toEqual([
      { reason: "out-of-scope", from: "in-review" },
      { reason: "out-of-scope", from: "in-review" },
    ]);
    const mails = await database.db
      .select({ data: emailMessages.data })
      .from(emailMessages)
      .where(eq(emailMessages.event, "input.decided"));
    const told = mails
      .map((mail) => mail.data as { reference: string; decision: string; message: string })
      .filter((data) => references.includes(data.reference));
    expect(told.map((data) => data.reference).sort()).toEqual([...references].sort());
    expect(told.every((data) => data.decision === "rejected")).toBe(true);
    expect(told[0]!.message).toBe("Outside this consultation.");
    const inApp = await database.db
      .select({ data: notifications.data })
      .from(notifications)
      .where(eq(notifications.event, "input.decided"));
    expect(
      inApp.filter((n) => references.includes((n.data as { reference: string }).reference)),
    ).toHaveLength(2);
  });

  it("refuses more than 500 inputs, an empty selection, and people who cannot decide", async () => {
    const many = Array.from({ length: 501 }, (_, i) => `RT-2026-${String(i).padStart(6, "0")}`);
    expect(
      await decideInputsInBulk(
        database.db,
        moderator,
        { references: many },
        { to: "in-review" },
        context,
      ),
    ).toEqual({ ok: false, errors: ["tooMany"] });
    expect(
      await decideInputsInBulk(
        database.db,
        moderator,
        { references: [] },
        { to: "in-review" },
        context,
      ),
    ).toEqual({ ok: false, errors: ["nothingSelected"] });
    const drafter: Actor = { ...moderator, roles: ["drafter"] };
    expect(
      await decideInputsInBulk(
        database.db,
        drafter,
        { references: many },
        { to: "in-review" },
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    expect(
      await tagInputsInBulk(
        database.db,
        drafter,
        { references: many },
        { objectives: [1], principles: [], cluster: null, tags: [], visibility: null },
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
  });
});

describe("a 500-input bulk decision", () => {
  /** `count` submitted copies of one submitted practice, authors alternating between two people. */
  async function copies(count: number, otherAuthorId: number) {
    const reference = await submitted("Pangolin source");
    const [source] = await database.db.select().from(inputs).where(eq(inputs.reference, reference));
    const rows = await database.db
      .insert(inputs)
      .values(
        Array.from({ length: count }, (_, i) => ({
          consultationId: source!.consultationId,
          organizationId: source!.organizationId,
          kind: source!.kind,
          status: source!.status,
          language: source!.language,
          publicationConsent: source!.publicationConsent,
          submittedAt: source!.submittedAt,
          authorUserId: i % 2 === 0 ? source!.authorUserId : otherAuthorId,
        })),
      )
      .returning({ id: inputs.id, reference: inputs.reference });
    return rows;
  }

  async function written(ids: number[]) {
    const subjectIds = ids.map(String);
    const audit = await database.db
      .select({ subjectId: auditEvents.subjectId, tx: sql<string>`audit_events.xmin::text` })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "input.decided"),
          inArray(auditEvents.subjectId, subjectIds),
          sql`${auditEvents.details}->>'to' = 'rejected'`,
        ),
      );
    const decisions = await database.db
      .select({ tx: sql<string>`input_decisions.xmin::text` })
      .from(inputDecisions)
      .where(and(inArray(inputDecisions.inputId, ids), eq(inputDecisions.toStatus, "rejected")));
    const inApp = await database.db
      .select({ userId: notifications.userId, tx: sql<string>`notifications.xmin::text` })
      .from(notifications)
      .where(
        and(
          eq(notifications.event, "input.decided"),
          sql`${notifications.data}->>'reference' like 'RT-%'`,
          sql`(select id from inputs where reference = ${notifications.data}->>'reference') = any(${sql.param(ids)}::int[])`,
        ),
      );
    const mails = await database.db
      .select({
        recipient: emailMessages.recipientUserId,
        language: emailMessages.language,
        messageId: emailMessages.messageId,
        dedupeKey: emailMessages.dedupeKey,
        tx: sql<string>`email_messages.xmin::text`,
      })
      .from(emailMessages)
      .where(
        and(
          eq(emailMessages.event, "input.decided"),
          sql`(select id from inputs where reference = ${emailMessages.data}->>'reference') = any(${sql.param(ids)}::int[])`,
        ),
      );
    const inputRows = await database.db
      .select({
        status: inputs.status,
        version: inputs.version,
        tx: sql<string>`inputs.xmin::text`,
      })
      .from(inputs)
      .where(inArray(inputs.id, ids));
    return { audit, decisions, inApp, mails, inputRows };
  }

  it("writes exactly one audit row, decision and notice per input, all in one transaction, and none when refused", async () => {
    const other = await signedInPerson(
      database.db,
      "bulk-cso-en@example.org",
      "francophone-network-nb",
      ["contributor"],
    );
    await database.db
      .update(users)
      .set({ preferredLanguage: "en" })
      .where(eq(users.id, other.actor.userId));
    const batch = await copies(500, other.actor.userId);
    const ids = batch.map((row) => row.id);
    const references = batch.map((row) => row.reference);
    expect(
      await decideInputsInBulk(
        database.db,
        moderator,
        { references },
        { to: "in-review" },
        context,
      ),
    ).toEqual({ ok: true, value: { decided: 500 } });
    const reason = { to: "rejected" as const, reasonCode: "out-of-scope" as const, message: "No." };

    // Refused: one input of the 500 is still submitted, so nothing at all is written.
    const [straggler] = await copies(1, other.actor.userId);
    const refused = await decideInputsInBulk(
      database.db,
      moderator,
      { references: [...references.slice(1), straggler!.reference] },
      reason,
      context,
    );
    expect(refused).toMatchObject({
      ok: false,
      errors: ["illegalTransition"],
      refused: [{ reference: straggler!.reference, status: "submitted" }],
    });
    const none = await written([...ids, straggler!.id]);
    expect([none.audit, none.decisions, none.inApp, none.mails].map((rows) => rows.length)).toEqual(
      [0, 0, 0, 0],
    );
    expect(new Set(none.inputRows.map((row) => `${row.status}/v${row.version}`))).toEqual(
      new Set(["in-review/v2", "submitted/v1"]),
    );

    const result = await assignToStaff(database.db, moderator, { references }, moderator.userId, {
      ...context,
    });
    expect(result).toEqual({ ok: true, value: { assigned: 500 } });
    const assignedAudit = await database.db
      .select({ tx: sql<string>`audit_events.xmin::text` })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "input.assigned"),
          inArray(
            auditEvents.subjectId,
            ids.map((id) => String(id)),
          ),
        ),
      );
    expect(assignedAudit).toHaveLength(500);
    expect(new Set(assignedAudit.map((row) => row.tx)).size).toBe(1);

    expect(
      await decideInputsInBulk(database.db, moderator, { references }, reason, context),
    ).toEqual({ ok: true, value: { decided: 500 } });
    const done = await written(ids);
    expect(done.audit).toHaveLength(500);
    expect(new Set(done.audit.map((row) => row.subjectId)).size).toBe(500);
    expect(done.decisions).toHaveLength(500);
    expect(done.inApp).toHaveLength(500);
    expect(done.mails).toHaveLength(500);
    expect(new Set(done.mails.map((mail) => mail.messageId)).size).toBe(500);
    expect(new Set(done.mails.map((mail) => mail.dedupeKey))).toEqual(
      new Set(ids.map((id) => `decision:${id}:v3`)),
    );
    // Each contributor in their own language: 250 in French (the source's author), 250 in English.
    const languageOf = new Map([
      [contributor.actor.userId, "fr"],
      [other.actor.userId, "en"],
    ]);
    expect(done.mails.every((mail) => mail.language === languageOf.get(mail.recipient!))).toBe(
      true,
    );
    expect(done.mails.filter((mail) => mail.language === "en")).toHaveLength(250);
    expect(done.inputRows.every((row) => row.status === "rejected" && row.version === 3)).toBe(
      true,
    );
    const transactions = new Set(
      [done.audit, done.decisions, done.inApp, done.mails, done.inputRows].flatMap((rows) =>
        rows.map((row) => row.tx),
      ),
    );
    expect(transactions.size).toBe(1);
    expect(transactions.has(assignedAudit[0]!.tx)).toBe(false);
  });
});

describe("bulk tags", () => {
  it("adds staff tags to each input without removing any, bumps versions and audits each", async () => {
    const first = await submitted("Wombat first");
    const second = await submitted("Wombat second");
    const [firstRow] = await rowsOf([first]);
    await saveStaffTags(
      database.db,
      moderator,
      first,
      {
        objectives: [5],
        principles: [],
        cluster: null,
        tags: ["housing"],
        expectedVersion: firstRow!.version,
      },
      context,
    );
    const before = await rowsOf([first, second]);
    expect(
      await tagInputsInBulk(
        database.db,
        moderator,
        { references: [first] },
        { objectives: [], principles: [], cluster: null, tags: [], visibility: null },
        context,
      ),
    ).toEqual({ ok: false, errors: ["noTags"] });
    const result = await tagInputsInBulk(
      database.db,
      moderator,
      { filters: { q: "Wombat" } },
      {
        objectives: [7],
        principles: ["people-centred"],
        cluster: "drivers",
        tags: ["campaign", "housing"],
        visibility: null,
      },
      context,
    );
    expect(result).toEqual({ ok: true, value: { tagged: 2 } });
    const one = (await getTriageItem(database.db, "en", first))!.staffTags;
    expect(one.objectives).toEqual([5, 7]);
    expect(one.tags).toEqual(["campaign", "housing"]);
    expect(one.principles).toEqual(["people-centred"]);
    expect(one.cluster).toBe("drivers");
    expect(one.visibility).toBe("public");
    const two = (await getTriageItem(database.db, "en", second))!.staffTags;
    expect(two.objectives).toEqual([7]);
    expect(two.tags).toEqual(["campaign", "housing"]);
    const after = await rowsOf([first, second]);
    expect(after.map((row) => row.version)).toEqual(before.map((row) => row.version + 1));
    expect(
      await countWhere(
        "input.staff-tagged",
        after.map((row) => row.id),
      ),
    ).toBe(3);
    // A page opened before the bulk action cannot overwrite it.
    const stale = await saveStaffTags(
      database.db,
      moderator,
      second,
      {
        objectives: [],
        principles: [],
        cluster: null,
        tags: [],
        expectedVersion: before[1]!.version,
      },
      context,
    );
    expect(stale).toMatchObject({ ok: false, errors: ["conflict"] });
  });
});

describe("visibility", () => {
  it("keeps an internal-only input off the public pages and open data, and publishes it again when made public", async () => {
    const reference = await accepted("Narwhal published");
    const publicPage = () => getPublishedPracticePage(database.db, "en", reference);
    const openData = async () =>
      (await exportPracticeRepository(database.db, "en", { page: 1, q: "Narwhal" })).map(
        (practice) => practice.reference,
      );
    expect(await publicPage()).not.toBeNull();
    expect(await openData()).toContain(reference);

    await tagInputsInBulk(
      database.db,
      moderator,
      { references: [reference] },
      { objectives: [], principles: [], cluster: null, tags: [], visibility: "internal" },
      context,
    );
    expect(await publicPage()).toBeNull();
    expect(await openData()).not.toContain(reference);

    const [row] = await rowsOf([reference]);
    await saveStaffTags(
      database.db,
      moderator,
      reference,
      {
        objectives: [],
        principles: [],
        cluster: null,
        tags: [],
        visibility: "public",
        expectedVersion: row!.version,
      },
      context,
    );
    expect(await publicPage()).not.toBeNull();
  });

  it("does not publish an internal-only input when it is accepted, alone or in bulk", async () => {
    const single = await submitted("Axolotl single");
    const bulk = await submitted("Axolotl bulk");
    await tagInputsInBulk(
      database.db,
      moderator,
      { references: [single, bulk] },
      { objectives: [], principles: [], cluster: null, tags: [], visibility: "internal" },
      context,
    );
    await decideInputsInBulk(
      database.db,
      moderator,
      { references: [single, bulk] },
      { to: "in-review" },
      context,
    );
    const [row] = await rowsOf([single]);
    await decideInput(
      database.db,
      moderator,
      single,
      { to: "accepted", expectedVersion: row!.version },
      context,
    );
    await decideInputsInBulk(
      database.db,
      moderator,
      { references: [bulk] },
      { to: "accepted" },
      context,
    );
    const rows = await rowsOf([single, bulk]);
    expect(rows.map((r) => [r.status, r.publishedAt])).toEqual([
      ["accepted", null],
      ["accepted", null],
    ]);
  });

  it("cites an internal-only input in the review annex without its title or organization", async () => {
    const internal = await accepted("Pangolin internal title");
    const open = await accepted("Pangolin open title");
    await tagInputsInBulk(
      database.db,
      moderator,
      { references: [internal] },
      { objectives: [], principles: [], cluster: null, tags: [], visibility: "internal" },
      context,
    );
    const review = {
      slug: "test",
      titleEn: "Consultation",
      titleFr: "Consultation",
      coversFrom: "2021-01-01",
      coversTo: "2021-12-31",
      publishedAt: null,
      approvedAt: null,
    };
    const sections = [
      {
        id: 1,
        position: 1,
        titleEn: "One",
        titleFr: "Un",
        bodyEn: `As said [@${internal}] and [@${open}].`,
        bodyFr: `Comme dit [@${internal}] et [@${open}].`,
      },
    ];
    for (const locale of ["en", "fr"] as const) {
      const document = await buildReviewDocument(
        database.db,
        review as never,
        sections as never,
        locale,
        context.publicUrl,
      );
      const [hidden, shown] = document.annex;
      expect(hidden).toEqual({
        number: 1,
        reference: internal,
        title: locale === "en" ? "Contribution not published" : "Contribution non publiée",
        organization: null,
        url: null,
        path: null,
      });
      expect(shown!.title).toBe("Pangolin open title");
      expect(shown!.organization).not.toBeNull();
      expect(JSON.stringify(document)).not.toContain("Pangolin internal title");
    }
  });
});
