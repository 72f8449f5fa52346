import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertEmail, markEmailAttemptFailed } from "../../../db/queries/notifications";
import { insertUser, setRoles } from "../../../db/queries/accounts";
import { foldForSearch, listAuditLog } from "../../../db/queries/admin";
import { emailMessages } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import type { Actor } from "../accounts/permissions";
import { retryEmail } from "./deliveries.server";
import { findPeople } from "./people.server";

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const userId = await insertUser(database.db, {
    email: "admin@example.org",
    name: "Zoë Admin",
    preferredLanguage: "fr",
    passwordHash: null,
  });
  await setRoles(database.db, userId, ["admin"], null);
  admin = { userId, roles: ["admin"], organizationIds: [], twoFactorVerified: true };
  await insertUser(database.db, {
    email: "elise@example.org",
    name: "Élise Gagnon",
    preferredLanguage: "fr",
    passwordHash: null,
  });
  await insertUser(database.db, {
    email: "coeur@example.org",
    name: "Cœur Ça",
    preferredLanguage: null,
    passwordHash: null,
  });
});
afterAll(async () => {
  await database.destroy();
});

describe("searching people", () => {
  it("folds accents, case and ligatures the same way in SQL and in the query", async () => {
    expect(foldForSearch("ÉLISE Cœur")).toBe("elise coeur");
    const names = async (query: string) =>
      (await findPeople(database.db, "fr", query)).people.map((person) => person.name);
    expect(await names("elise")).toEqual(["Élise Gagnon"]);
    expect(await names("ZOE")).toEqual(["Zoë Admin"]);
    expect(await names("coeur ca")).toEqual(["Cœur Ça"]);
    expect(await names("100%")).toEqual([]);
    // Sorted as a French reader expects: É among the E's, not after Z.
    expect(await names("")).toEqual(["Cœur Ça", "Élise Gagnon", "Zoë Admin"]);
  });
});

describe("retryEmail", () => {
  async function failedEmail() {
    const row = await insertEmail(database.db, {
      event: "password.changed",
      recipientUserId: null,
      recipientEmail: "someone@example.org",
      recipientName: null,
      language: "en",
      data: {},
      mailDomain: "example.org",
    });
    await markEmailAttemptFailed(database.db, row!.id, "550 mailbox unavailable", null);
    return row!.id;
  }

  it("puts a failed e-mail back in the queue once, and audits it", async () => {
    const id = await failedEmail();
    const now = new Date();
    expect(await retryEmail(database.db, admin, id, { ip: "127.0.0.1", now })).toEqual({
      ok: true,
    });
    const [row] = await database.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(row).toMatchObject({ status: "queued", attempts: 0, lastError: null });
    const [entry] = await listAuditLog(database.db, { personId: admin.userId, limit: 1 });
    expect(entry).toMatchObject({
      action: "email.requeued",
      subjectType: "email",
      subjectId: String(id),
      ip: "127.0.0.1",
    });
    expect(await retryEmail(database.db, admin, id, { ip: null, now })).toEqual({
      ok: false,
      errors: ["notRetryable"],
    });
  });

  it("refuses anyone without retry:email, and staff without a second factor", async () => {
    const id = await failedEmail();
    const now = new Date();
    const moderator: Actor = { ...admin, roles: ["moderator"] };
    expect(await retryEmail(database.db, moderator, id, { ip: null, now })).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
    const unverified: Actor = { ...admin, twoFactorVerified: false };
    expect(await retryEmail(database.db, unverified, id, { ip: null, now })).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
  });
});
