import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  consultationInvitees,
  recoveryCodes,
  emailMessages,
  invitations,
  rateLimits,
  sessions,
  users,
} from "../../db/schema";
import { revokeOwnSession } from "../../app/features/accounts/session-actions.server";
import {
  acceptInvitation,
  INVITATION_LIFETIME_MS,
  invitePerson,
} from "../../app/features/accounts/invitations.server";
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
} from "../../app/features/accounts/password-reset.server";
import { hashPassword, passwordProblem } from "../../app/features/accounts/password.server";
import {
  changeRoles,
  resetSecondFactor,
  setDeactivated,
} from "../../app/features/accounts/people-admin.server";
import type { Actor } from "../../app/features/accounts/permissions";
import {
  ABSOLUTE_LIFETIME_MS,
  createSession,
  IDLE_TIMEOUT_MS,
  sessionCookie,
  validateSessionToken,
} from "../../app/features/accounts/sessions.server";
import { getSignedIn } from "../../app/features/accounts/auth.server";
import { signIn } from "../../app/features/accounts/sign-in.server";
import { hashToken } from "../../app/features/accounts/tokens.server";
import {
  addMembership,
  insertUser,
  replaceRecoveryCodes,
  setRoles,
  updateUser,
} from "../../db/queries/accounts";
import { findOrganizationBySlug } from "../../db/queries/accounts";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

const PASSWORD = "a long enough passphrase";
const publicUrl = "http://localhost:3000";
let database: TestDatabase;
let organizationId: number;
let admin: Actor;

async function makeUser(email: string, roles: Actor["roles"] = ["contributor"]) {
  const userId = await insertUser(database.db, {
    email,
    name: email.split("@")[0]!,
    preferredLanguage: "en",
    passwordHash: await hashPassword(PASSWORD),
  });
  await addMembership(database.db, userId, organizationId);
  await setRoles(database.db, userId, [...roles], null);
  return userId;
}

const signInAs = (email: string, password = PASSWORD, ip = "192.0.2.10", now = new Date()) =>
  signIn(database.db, { email, password, ip, userAgent: "test", now });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  organizationId = (await findOrganizationBySlug(database.db, "maple-settlement-network"))!.id;
  const adminId = await makeUser("root@example.org", ["admin"]);
  admin = { userId: adminId, roles: ["admin"], organizationIds: [], twoFactorVerified: true };
});
afterAll(() => database.destroy());

describe("passwords", () => {
  it("need 8 characters, allow 64 and more, and refuse common ones", () => {
    expect(passwordProblem("short")).toBe("tooShort");
    expect(passwordProblem("x".repeat(64) + "y")).toBeNull();
    expect(passwordProblem("password")).toBe("common");
    expect(passwordProblem("Football")).toBe("common");
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});

describe("sessions", () => {
  it("get a new random token at every sign-in, and only its hash is stored", async () => {
    await makeUser("fixation@example.org");
    const first = await signInAs("fixation@example.org");
    const second = await signInAs("fixation@example.org");
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.session.token).not.toBe(second.session.token);
    expect(first.session.token).toMatch(/^[a-z2-7]{32}$/);
    const rows = await database.db.select({ id: sessions.id }).from(sessions);
    for (const row of rows) {
      expect(row.id).not.toBe(first.session.token);
      // Nothing in the table opens a session when presented as a cookie.
      expect(await validateSessionToken(database.db, row.id, new Date())).toBeNull();
    }
    expect(rows.map((row) => row.id)).toContain(hashToken(first.session.token));
  });

  it("end after 30 idle minutes", async () => {
    const userId = await makeUser("idle@example.org");
    const t0 = new Date("2026-03-01T12:00:00Z");
    const { token } = await createSession(database.db, userId, {
      twoFactorVerified: false,
      ip: null,
      userAgent: null,
      now: t0,
    });
    expect(
      await validateSessionToken(
        database.db,
        token,
        new Date(t0.getTime() + IDLE_TIMEOUT_MS - 60_000),
      ),
    ).not.toBeNull();
    // Activity at minute 29 restarted the idle clock: minute 58 is still fine, minute 60 is not.
    expect(
      await validateSessionToken(database.db, token, new Date(t0.getTime() + 58 * 60_000)),
    ).not.toBeNull();
    expect(
      await validateSessionToken(
        database.db,
        token,
        new Date(t0.getTime() + 58 * 60_000 + IDLE_TIMEOUT_MS),
      ),
    ).toBeNull();
  });

  it("end 12 hours after sign-in however active", async () => {
    const userId = await makeUser("absolute@example.org");
    const t0 = new Date("2026-03-01T06:00:00Z");
    const { token } = await createSession(database.db, userId, {
      twoFactorVerified: false,
      ip: null,
      userAgent: null,
      now: t0,
    });
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(
        await validateSessionToken(database.db, token, new Date(t0.getTime() + minutes * 60_000)),
      ).not.toBeNull();
    }
    expect(
      await validateSessionToken(database.db, token, new Date(t0.getTime() + ABSOLUTE_LIFETIME_MS)),
    ).toBeNull();
  });

  it("end when the password changes, except the one that changed it", async () => {
    await makeUser("changer@example.org");
    const here = await signInAs("changer@example.org");
    const elsewhere = await signInAs("changer@example.org");
    if (!here.ok || !elsewhere.ok) throw new Error("sign-in failed");
    const changed = await changePassword(
      database.db,
      here.userId,
      {
        currentPassword: PASSWORD,
        newPassword: "another long passphrase",
        sessionId: here.session.sessionId,
      },
      { ip: null, now: new Date(), publicUrl },
    );
    expect(changed.ok).toBe(true);
    expect(await validateSessionToken(database.db, here.session.token, new Date())).not.toBeNull();
    expect(await validateSessionToken(database.db, elsewhere.session.token, new Date())).toBeNull();
    const [email] = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.recipientEmail, "changer@example.org"));
    expect(email?.event).toBe("password.changed");
  });

  it("end on deactivation and on role removal", async () => {
    const deactivated = await makeUser("leaver@example.org");
    const demoted = await makeUser("demoted@example.org", ["moderator"]);
    const a = await signInAs("leaver@example.org");
    const b = await signInAs("demoted@example.org");
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    expect((await setDeactivated(database.db, admin, deactivated, true, { ip: null })).ok).toBe(
      true,
    );
    expect((await changeRoles(database.db, admin, demoted, ["contributor"], { ip: null })).ok).toBe(
      true,
    );
    expect(await validateSessionToken(database.db, a.session.token, new Date())).toBeNull();
    expect(await validateSessionToken(database.db, b.session.token, new Date())).toBeNull();
    // A deactivated person cannot sign in again.
    expect(await signInAs("leaver@example.org")).toMatchObject({ ok: false, error: "invalid" });
  });

  it("are looked up once per request, and afresh for the next request", async () => {
    const person = await makeUser("looked-up@example.org");
    const now = new Date();
    const { token, sessionId } = await createSession(database.db, person, {
      twoFactorVerified: false,
      ip: null,
      userAgent: null,
      now,
    });
    const cookie = sessionCookie(token, new Date(now.getTime() + IDLE_TIMEOUT_MS), now).split(
      ";",
    )[0]!;
    const page = () => new Request("http://localhost/en/account", { headers: { Cookie: cookie } });
    const documentRequest = page();
    expect((await getSignedIn(documentRequest, database.db))?.user.id).toBe(person);
    await database.db.delete(sessions).where(eq(sessions.id, sessionId));
    // The root loader and the route loader of one page share one answer...
    expect((await getSignedIn(documentRequest, database.db))?.user.id).toBe(person);
    // ...and the next request sees that the session is gone.
    expect(await getSignedIn(page(), database.db)).toBeNull();
  });

  it("can be revoked by their owner only", async () => {
    const owner = await makeUser("owner@example.org");
    const other = await makeUser("other@example.org");
    const mine = await createSession(database.db, owner, {
      twoFactorVerified: false,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    expect(await revokeOwnSession(database.db, other, mine.sessionId, { ip: null })).toBe(false);
    expect(await validateSessionToken(database.db, mine.token, new Date())).not.toBeNull();
    expect(await revokeOwnSession(database.db, owner, mine.sessionId, { ip: null })).toBe(true);
    expect(await validateSessionToken(database.db, mine.token, new Date())).toBeNull();
  });

  it("send staff to their second factor", async () => {
    await makeUser("staffer@example.org", ["moderator"]);
    expect(await signInAs("staffer@example.org")).toMatchObject({
      ok: true,
      next: "two-factor-setup",
    });
  });
});

describe("an administrator resetting a second factor", () => {
  it("forgets the key and codes, ends the sessions, e-mails the person and audits it", async () => {
    const lost = await makeUser("lost-phone@example.org", ["moderator"]);
    await updateUser(database.db, lost, { totpKey: "a2V5", totpEnrolledAt: new Date() });
    await replaceRecoveryCodes(database.db, lost, [hashToken("AAAA1111"), hashToken("BBBB2222")]);
    const before = await signInAs("lost-phone@example.org");
    if (!before.ok) throw new Error("sign-in failed");
    expect(before.next).toBe("two-factor-verify");

    const moderator: Actor = {
      userId: lost,
      roles: ["moderator"],
      organizationIds: [],
      twoFactorVerified: true,
    };
    const context = { ip: null, now: new Date(), publicUrl };
    expect(await resetSecondFactor(database.db, moderator, admin.userId, context)).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
    expect(await resetSecondFactor(database.db, admin, admin.userId, context)).toEqual({
      ok: false,
      errors: ["selfLockout"],
    });
    expect(await resetSecondFactor(database.db, admin, lost, context)).toEqual({ ok: true });

    const [user] = await database.db.select().from(users).where(eq(users.id, lost));
    expect(user).toMatchObject({ totpKey: null, totpEnrolledAt: null });
    expect(
      await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, lost)),
    ).toHaveLength(0);
    expect(await validateSessionToken(database.db, before.session.token, new Date())).toBeNull();
    expect(await signInAs("lost-phone@example.org")).toMatchObject({
      ok: true,
      next: "two-factor-setup",
    });
    const [email] = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.recipientEmail, "lost-phone@example.org"));
    expect(email?.event).toBe("two-factor.changed");
    expect(JSON.stringify(email?.data)).toContain('"change":"reset"');
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "two-factor.reset"));
    expect(audit).toMatchObject([{ actorUserId: admin.userId, subjectId: String(lost) }]);
  });
});

describe("sign-in rate limits", () => {
  it("lock one account after 5 failures while a colleague on the same address still signs in", async () => {
    await makeUser("target@example.org");
    await makeUser("colleague@example.org");
    for (let i = 0; i < 5; i++)
      expect(await signInAs("target@example.org", "wrong password", "198.51.100.7")).toMatchObject({
        error: "invalid",
      });
    expect(await signInAs("target@example.org", PASSWORD, "198.51.100.7")).toMatchObject({
      ok: false,
      error: "rate-limited",
    });
    expect(await signInAs("colleague@example.org", PASSWORD, "198.51.100.7")).toMatchObject({
      ok: true,
    });
  });

  it("limit one address after 50 failures across accounts", async () => {
    await makeUser("elsewhere@example.org");
    for (let i = 0; i < 50; i++)
      await signInAs(`nobody${i}@example.org`, "wrong password", "203.0.113.9");
    expect(await signInAs("elsewhere@example.org", PASSWORD, "203.0.113.9")).toMatchObject({
      ok: false,
      error: "rate-limited",
    });
    expect(await signInAs("elsewhere@example.org", PASSWORD, "203.0.113.10")).toMatchObject({
      ok: true,
    });
  });

  it("let a burst of concurrent guesses check no more passwords than the limit", async () => {
    await makeUser("burst@example.org");
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        signInAs("burst@example.org", "wrong password", "198.51.100.8"),
      ),
    );
    expect(results.filter((r) => !r.ok && r.error === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.error === "rate-limited")).toHaveLength(7);
    expect(await signInAs("burst@example.org", PASSWORD, "198.51.100.8")).toMatchObject({
      error: "rate-limited",
    });
    // refused attempts are not counted as failures
    const [bucket] = await database.db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.bucket, "sign-in:account:burst@example.org"));
    expect(bucket?.hits).toBe(5);
  });

  it("give back the attempt of a successful sign-in", async () => {
    await makeUser("returning@example.org");
    const wrong = () => signInAs("returning@example.org", "wrong password", "198.51.100.9");
    for (let i = 0; i < 4; i++) expect(await wrong()).toMatchObject({ error: "invalid" });
    expect(await signInAs("returning@example.org", PASSWORD, "198.51.100.9")).toMatchObject({
      ok: true,
    });
    expect(await wrong()).toMatchObject({ error: "invalid" });
    expect(await wrong()).toMatchObject({ error: "rate-limited" });
  });

  it("audit successes and failures", async () => {
    const failures = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.sign-in-failed"));
    const successes = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "session.signed-in"));
    expect(failures.length).toBeGreaterThanOrEqual(55);
    expect(successes.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain("wrong password");
  });
});

describe("invitations", () => {
  it("are single-use: a replay is refused", async () => {
    const invite = await invitePerson(
      database.db,
      admin,
      {
        email: "new@example.org",
        name: "New Person",
        organizationId,
        roles: ["contributor"],
        language: "fr",
      },
      { publicUrl, ip: null, now: new Date() },
    );
    if (!invite.ok) throw new Error("invite failed");
    const [stored] = await database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invite.invitationId));
    expect(stored!.tokenHash).toBe(hashToken(invite.token));
    const [email] = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.recipientEmail, "new@example.org"));
    expect(email).toMatchObject({ event: "invitation.sent", language: "fr" });

    const input = {
      name: "New Person",
      password: PASSWORD,
      language: "fr" as const,
      ip: null,
      userAgent: null,
      now: new Date(),
    };
    expect(await acceptInvitation(database.db, invite.token, input)).toMatchObject({
      ok: true,
      staff: false,
    });
    expect(await acceptInvitation(database.db, invite.token, input)).toEqual({
      ok: false,
      errors: ["used"],
    });
    const [user] = await database.db.select().from(users).where(eq(users.email, "new@example.org"));
    expect(user?.preferredLanguage).toBe("fr");
  });

  it("link the consultations a person was invited to once they accept", async () => {
    const invite = await invitePerson(
      database.db,
      admin,
      { email: "invitee-link@example.org", name: null, organizationId, roles: [], language: "en" },
      { publicUrl, ip: null, now: new Date() },
    );
    if (!invite.ok) throw new Error("invite failed");
    await database.db.insert(consultationInvitees).values({
      consultationId: 1,
      userId: null,
      invitationId: invite.invitationId,
      organizationId,
    });
    const accepted = await acceptInvitation(database.db, invite.token, {
      name: "Linked",
      password: PASSWORD,
      language: "en",
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    expect(accepted.ok).toBe(true);
    const [row] = await database.db
      .select()
      .from(consultationInvitees)
      .where(eq(consultationInvitees.invitationId, invite.invitationId));
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, "invitee-link@example.org"));
    expect(row!.userId).toBe(user!.id);
  });

  it("expire after 14 days", async () => {
    const sent = new Date("2026-01-01T00:00:00Z");
    const invite = await invitePerson(
      database.db,
      admin,
      { email: "late@example.org", name: null, organizationId, roles: [], language: null },
      { publicUrl, ip: null, now: sent },
    );
    if (!invite.ok) throw new Error("invite failed");
    const input = {
      name: "Late",
      password: PASSWORD,
      language: "en" as const,
      ip: null,
      userAgent: null,
    };
    expect(
      await acceptInvitation(database.db, invite.token, {
        ...input,
        now: new Date(sent.getTime() + INVITATION_LIFETIME_MS + 1),
      }),
    ).toEqual({ ok: false, errors: ["expired"] });
  });

  it("refuse an unknown token and a common password", async () => {
    expect(
      await acceptInvitation(database.db, "a".repeat(32), {
        name: "X",
        password: PASSWORD,
        language: "en",
        ip: null,
        userAgent: null,
        now: new Date(),
      }),
    ).toEqual({ ok: false, errors: ["invalid"] });
    const invite = await invitePerson(
      database.db,
      admin,
      { email: "weak@example.org", name: null, organizationId, roles: [], language: null },
      { publicUrl, ip: null, now: new Date() },
    );
    if (!invite.ok) throw new Error("invite failed");
    expect(
      await acceptInvitation(database.db, invite.token, {
        name: "W",
        password: "password1",
        language: "en",
        ip: null,
        userAgent: null,
        now: new Date(),
      }),
    ).toEqual({ ok: false, errors: ["common"] });
  });

  it("are limited per person sending them", async () => {
    const busy: Actor = {
      userId: await makeUser("busy-admin@example.org", ["admin"]),
      roles: ["admin"],
      organizationIds: [],
      twoFactorVerified: true,
    };
    const now = new Date("2026-06-01T10:00:00Z");
    const send = (n: number) =>
      invitePerson(
        database.db,
        busy,
        { email: `bulk${n}@example.org`, name: null, organizationId, roles: [], language: null },
        { publicUrl, ip: null, now },
      );
    await database.db
      .insert(rateLimits)
      .values({ bucket: `invite:actor:${busy.userId}`, windowStartedAt: now, hits: 500 });
    expect(await send(501)).toEqual({ ok: false, errors: ["rate-limited"] });
    expect(
      await invitePerson(
        database.db,
        admin,
        {
          email: "other-admin-invite@example.org",
          name: null,
          organizationId,
          roles: [],
          language: null,
        },
        { publicUrl, ip: null, now },
      ),
    ).toMatchObject({ ok: true });
  });

  it("to staff roles need the admin permission", async () => {
    const coordinator: Actor = {
      userId: admin.userId,
      roles: ["coordinator"],
      organizationIds: [],
      twoFactorVerified: true,
    };
    expect(
      await invitePerson(
        database.db,
        coordinator,
        {
          email: "staff@example.org",
          name: null,
          organizationId: null,
          roles: ["moderator"],
          language: null,
        },
        { publicUrl, ip: null, now: new Date() },
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
  });
});

describe("password reset", () => {
  it("works once, for an hour, and never says whether the account exists", async () => {
    const userId = await makeUser("forgetful@example.org");
    const now = new Date();
    expect(
      await requestPasswordReset(database.db, {
        email: "nobody-here@example.org",
        ip: null,
        now,
        publicUrl,
      }),
    ).toEqual({ ok: true });
    expect(
      await requestPasswordReset(database.db, {
        email: "forgetful@example.org",
        ip: null,
        now,
        publicUrl,
      }),
    ).toEqual({ ok: true });
    const [email] = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.recipientUserId, userId));
    const link = (email!.data as { resetUrl: { en: string } }).resetUrl.en;
    const token = link.split("/").pop()!;
    expect(
      await resetPassword(database.db, token, "a brand new passphrase", {
        ip: null,
        now,
        publicUrl,
      }),
    ).toEqual({ ok: true });
    expect(
      await resetPassword(database.db, token, "yet another passphrase", {
        ip: null,
        now,
        publicUrl,
      }),
    ).toEqual({ ok: false, errors: ["invalid"] });
    expect(await signInAs("forgetful@example.org", "a brand new passphrase")).toMatchObject({
      ok: true,
    });
  });
});

describe("the audit trail", () => {
  it("cannot be changed or deleted by the application", async () => {
    await expect(database.db.update(auditEvents).set({ action: "rewritten" })).rejects.toThrow();
    await expect(database.db.delete(auditEvents)).rejects.toThrow();
  });
});
