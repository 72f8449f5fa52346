import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  consultationInvitees,
  consultations,
  emailMessages,
  invitations,
  inputs,
  organizations,
  reviewSections,
  users,
} from "../../db/schema";
import {
  addMembership,
  findOrganizationBySlug,
  insertUser,
  setRoles,
} from "../../db/queries/accounts";
import type { Actor } from "../../app/features/accounts/permissions";
import {
  createConsultation,
  transitionConsultation,
  updateConsultation,
} from "../../app/features/consultations/consultations-admin.server";
import type { ConsultationFields } from "../../app/features/consultations/consultations.schema";
import { importInvitees, previewInvitees } from "../../app/features/consultations/invitees.server";
import {
  remindNonSubmitters,
  sendDueReminders,
} from "../../app/features/consultations/reminders.server";
import { getUptake } from "../../app/features/consultations/uptake.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
let coordinator: Actor;
const publicUrl = "http://localhost:3000";
const DAY = 86_400_000;
const context = { ip: "127.0.0.1" };

function fields(overrides: Partial<ConsultationFields> = {}): ConsultationFields {
  const now = Date.now();
  return {
    titleEn: "2027 annual update",
    titleFr: "Mise à jour annuelle 2027",
    descriptionEn: "What changed.",
    descriptionFr: "Ce qui a changé.",
    type: "annual-update",
    coversFrom: "2026-01-01",
    coversTo: "2026-12-31",
    opensAt: new Date(now - DAY),
    closesAt: new Date(now + 30 * DAY),
    audiencePublic: false,
    organizationIds: [],
    categoryIds: [],
    groupIds: [],
    components: ["call-for-practices", "survey"],
    ...overrides,
  };
}

async function create(overrides: Partial<ConsultationFields> = {}) {
  const result = await createConsultation(database.db, coordinator, fields(overrides), context);
  if (!result.ok) throw new Error(result.errors.join());
  return result.value;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  const userId = await insertUser(database.db, {
    email: "coord@example.org",
    name: "Coord",
    preferredLanguage: "en",
    passwordHash: null,
  });
  await setRoles(database.db, userId, ["coordinator"], null);
  coordinator = { userId, roles: ["coordinator"], organizationIds: [], twoFactorVerified: true };
});
afterAll(() => database.destroy());

describe("creating and running a consultation", () => {
  it("creates a draft with a unique slug, the review's sections and an audit event", async () => {
    const first = await create();
    const second = await create();
    expect(first.slug).toBe("2027-annual-update");
    expect(second.slug).toBe("2027-annual-update-2");
    const [row] = await database.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, first.id));
    expect(row!.status).toBe("draft");
    const sections = await database.db
      .select()
      .from(reviewSections)
      .where(eq(reviewSections.consultationId, first.id));
    expect(sections.length).toBe(5);
    expect(sections.every((s) => s.titleFr && s.prompts.length > 0 && s.suggestedWords)).toBe(true);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "consultation.created"),
          eq(auditEvents.subjectId, String(first.id)),
        ),
      );
    expect(audit.length).toBe(1);
  });

  it("refuses people without the permission, and unknown audience ids", async () => {
    const admin: Actor = { ...coordinator, roles: ["admin"] };
    expect(await createConsultation(database.db, admin, fields(), context)).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
    expect(
      await createConsultation(
        database.db,
        coordinator,
        fields({ organizationIds: [999_999] }),
        context,
      ),
    ).toEqual({ ok: false, errors: ["unknownAudience"] });
  });

  it("moves one step at a time, refuses the rest, and audits each move", async () => {
    const { id } = await create();
    const move = (to: Parameters<typeof transitionConsultation>[3]) =>
      transitionConsultation(database.db, coordinator, id, to, context);
    expect(await move("closed")).toEqual({ ok: false, errors: ["illegal-transition"] });
    expect(await move("published")).toEqual({ ok: false, errors: ["illegal-transition"] });
    expect((await move("open")).ok).toBe(true);
    expect(await move("open")).toEqual({ ok: false, errors: ["illegal-transition"] });
    expect(await move("draft")).toEqual({ ok: false, errors: ["illegal-transition"] });
    expect((await move("closed")).ok).toBe(true);
    expect(await updateConsultation(database.db, coordinator, id, fields(), context)).toEqual({
      ok: false,
      errors: ["notEditable"],
    });
    expect((await move("in-review")).ok).toBe(true);
    expect((await move("published")).ok).toBe(true);
    expect(await move("draft")).toEqual({ ok: false, errors: ["illegal-transition"] });
    const moves = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "consultation.status-changed"),
          eq(auditEvents.subjectId, String(id)),
        ),
      );
    expect(moves.length).toBe(4);
  });

  it("refuses to open a consultation whose closing time has passed by the database clock", async () => {
    const { id } = await create({
      opensAt: new Date(Date.now() - 10 * DAY),
      closesAt: new Date(Date.now() + DAY),
    });
    await database.db
      .update(consultations)
      .set({ closesAt: sql`now() - interval '1 minute'` })
      .where(eq(consultations.id, id));
    expect(await transitionConsultation(database.db, coordinator, id, "open", context)).toEqual({
      ok: false,
      errors: ["closes-at-passed"],
    });
  });
});

const HEADER = "email,name,organization,stakeholder_category,province_territory,language";

describe("importing invitees", () => {
  it("previews, then matches existing people and organizations, invites the rest, and skips bad rows", async () => {
    const { id } = await create({ titleEn: "Import test" });
    await transitionConsultation(database.db, coordinator, id, "open", context);
    const existingUser = await insertUser(database.db, {
      email: "known@example.org",
      name: "Known",
      preferredLanguage: "fr",
      passwordHash: null,
    });
    const csv = [
      HEADER,
      '"KNOWN@example.org",Known,"immigration, refugies et citoyennete canada",federal-department,national,fr',
      "new.person@example.org,New Person,Brand New Collective,civil-society-organization,ON,en",
      "broken,,Brand New Collective,nope,ZZ,en",
      "other@example.org,Other,BRAND NEW collective,civil-society-organization,ON,fr",
    ].join("\n");
    const before = (await database.db.select({ id: organizations.id }).from(organizations)).length;

    const preview = await previewInvitees(database.db, "fr", csv);
    expect(preview.ok && [preview.valid, preview.invalid]).toEqual([3, 1]);
    if (!preview.ok) return;
    expect(preview.rows[0]).toMatchObject({ person: "existing", organization: "existing" });
    expect(preview.rows[1]).toMatchObject({ person: "new", organization: "new" });
    expect(preview.rows[2]!.errors.length).toBeGreaterThan(0);
    // The preview changed nothing.
    expect((await database.db.select({ id: organizations.id }).from(organizations)).length).toBe(
      before,
    );

    const result = await importInvitees(database.db, coordinator, id, csv, {
      publicUrl,
      ip: null,
      now: new Date(),
    });
    expect(result).toEqual({
      ok: true,
      value: {
        rows: 4,
        invalid: 1,
        organizationsMatched: 1,
        organizationsCreated: 1,
        existingPeopleAdded: 1,
        alreadyInvited: 0,
        invitationsSent: 2,
        invitationsRefused: 0,
      },
    });
    expect((await database.db.select({ id: organizations.id }).from(organizations)).length).toBe(
      before + 1,
    );
    const ircc = await findOrganizationBySlug(database.db, "ircc");
    const invitees = await database.db
      .select()
      .from(consultationInvitees)
      .where(eq(consultationInvitees.consultationId, id));
    expect(
      invitees.filter((i) => i.userId !== null).map((i) => [i.userId, i.organizationId]),
    ).toEqual([[existingUser, ircc!.id]]);
    // People without an account count as invited from their account invitation on.
    const pending = invitees.filter((i) => i.userId === null);
    expect(pending.every((i) => i.invitationId !== null)).toBe(true);
    const sent = await database.db
      .select()
      .from(invitations)
      .where(like(invitations.email, "%@example.org"));
    expect(pending).toHaveLength(sent.length);
    expect(sent.map((i) => i.email).sort()).toEqual([
      "new.person@example.org",
      "other@example.org",
    ]);
    expect(new Set(sent.map((i) => i.organizationId)).size).toBe(1);

    // Importing again matches everyone already there: no duplicates.
    const again = await importInvitees(database.db, coordinator, id, csv, {
      publicUrl,
      ip: null,
      now: new Date(),
    });
    expect(again.ok && again.value).toMatchObject({
      alreadyInvited: 1,
      organizationsCreated: 0,
      existingPeopleAdded: 0,
    });
    expect((await database.db.select({ id: organizations.id }).from(organizations)).length).toBe(
      before + 1,
    );
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "consultation.invitees-imported"),
          eq(auditEvents.subjectId, String(id)),
        ),
      );
    expect(audit.length).toBe(2);
  });
});

describe("uptake and reminders", () => {
  async function person(email: string, organizationSlug: string, signedIn: boolean) {
    const userId = await insertUser(database.db, {
      email,
      name: email,
      preferredLanguage: "fr",
      passwordHash: null,
    });
    const organization = (await findOrganizationBySlug(database.db, organizationSlug))!;
    await addMembership(database.db, userId, organization.id);
    if (signedIn)
      await database.db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
    return { userId, organizationId: organization.id };
  }

  it("counts invited, signed in, started and submitted; reminds only non-submitters, once", async () => {
    const closesAt = new Date(Date.now() + 5 * DAY);
    const { id } = await create({ titleEn: "Uptake test", closesAt });
    await transitionConsultation(database.db, coordinator, id, "open", context);
    const submitter = await person("sub@example.net", "maple-settlement-network", true);
    const starter = await person("start@example.net", "francophone-network-nb", true);
    const idle = await person("idle@example.net", "gac", false);
    for (const p of [submitter, starter, idle])
      await database.db
        .insert(consultationInvitees)
        .values({ consultationId: id, ...p, invitedBy: coordinator.userId });
    await database.db.insert(inputs).values([
      {
        consultationId: id,
        organizationId: submitter.organizationId,
        kind: "practice",
        status: "submitted",
        language: "en",
      },
      {
        consultationId: id,
        organizationId: starter.organizationId,
        kind: "practice",
        status: "draft",
        language: "fr",
      },
    ]);

    const uptake = await getUptake(database.db, "en", id, (code) => code);
    expect(uptake.totals).toEqual({ invited: 3, signedIn: 2, started: 2, submitted: 1 });
    const federal = uptake.byCategory.find((g) => g.key === "federal-department");
    expect(federal).toMatchObject({ invited: 1, signedIn: 0, started: 0, submitted: 0 });
    expect(uptake.byCategory.reduce((sum, g) => sum + g.invited, 0)).toBe(3);
    expect(uptake.byProvince.reduce((sum, g) => sum + g.submitted, 0)).toBe(1);

    const reminders = () =>
      database.db
        .select({ to: emailMessages.recipientEmail, key: emailMessages.dedupeKey })
        .from(emailMessages)
        .where(
          and(eq(emailMessages.event, "reminder.due"), like(emailMessages.dedupeKey, `%:${id}:%`)),
        );

    expect(
      await remindNonSubmitters(database.db, coordinator, id, { publicUrl, ip: null }),
    ).toEqual({
      ok: true,
      value: { queued: 2 },
    });
    expect(
      await remindNonSubmitters(database.db, coordinator, id, { publicUrl, ip: null }),
    ).toEqual({
      ok: true,
      value: { queued: 0 },
    });
    expect((await reminders()).map((r) => r.to).sort()).toEqual([
      "idle@example.net",
      "start@example.net",
    ]);

    // Scheduled: 5 days before closing is inside the 7-day window, not yet the 2-day one.
    const now = new Date();
    await sendDueReminders(database.db, { now, publicUrl });
    await sendDueReminders(database.db, { now, publicUrl });
    let scheduled = (await reminders()).filter((r) => r.key!.includes(":7-days:"));
    expect(scheduled.map((r) => r.to).sort()).toEqual(["idle@example.net", "start@example.net"]);
    expect((await reminders()).some((r) => r.key!.includes(":2-days:"))).toBe(false);

    // Four days later the 2-day reminder goes, once; the submitter never gets any.
    const later = new Date(now.getTime() + 4 * DAY);
    await sendDueReminders(database.db, { now: later, publicUrl });
    await sendDueReminders(database.db, { now: later, publicUrl });
    scheduled = (await reminders()).filter((r) => r.key!.includes(":2-days:"));
    expect(scheduled.map((r) => r.to).sort()).toEqual(["idle@example.net", "start@example.net"]);
    expect((await reminders()).some((r) => r.to === "sub@example.net")).toBe(false);
  });

  it("refuses to remind when the consultation is not open", async () => {
    const { id } = await create({ titleEn: "Draft only" });
    expect(
      await remindNonSubmitters(database.db, coordinator, id, { publicUrl, ip: null }),
    ).toEqual({
      ok: false,
      errors: ["notOpen"],
    });
  });
});
