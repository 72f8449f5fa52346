import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailMessages, notifications } from "../../db/schema";
import { findEmailMessage, requeueFailedEmail } from "../../db/queries/notifications";
import { createEmailWorker } from "../../app/features/notifications/email-worker.server";
import { notify, type Recipient } from "../../app/features/notifications/notify.server";
import { GIVE_UP_AFTER_MS } from "../../app/features/notifications/retry-policy";
import { smtpTransport } from "../../app/features/notifications/transports.server";
import { EMAIL_EVENTS } from "../../emails/events";
import { sampleEmailData } from "../../emails/sample-data";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { startSmtpServer, type TestSmtpServer } from "../setup/smtp-server";

const FROM = "Roundtable <no-reply@roundtable.localhost>";
const recipient = (n: number, language: Recipient["language"] = "fr"): Recipient => ({
  userId: null,
  email: `person${n}@example.org`,
  name: `Person ${n}`,
  language,
});

let database: TestDatabase;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.destroy();
});
afterEach(async () => {
  await database.db.delete(emailMessages);
  smtp.received.length = 0;
});

function worker(options: { url?: string; now?: () => Date } = {}) {
  return createEmailWorker({
    db: database.db,
    transport: smtpTransport(options.url ?? smtp.url, { maxConnections: 2 }),
    from: FROM,
    // Messages are due by the database's clock; the worker's clock runs a little ahead so a
    // few milliseconds between the two never make a due message look early.
    now: options.now ?? (() => new Date(Date.now() + 2000)),
    log: () => {},
  });
}

describe("the e-mail outbox", () => {
  it("sends a queued receipt once, in the recipient's language, with a stable Message-ID", async () => {
    await database.db.transaction((tx) =>
      notify(tx, "input.submitted", recipient(1, "fr"), sampleEmailData["input.submitted"]),
    );
    const sender = worker();
    expect(await sender.runOnce()).toBe(1);
    expect(await sender.runOnce()).toBe(0);
    await sender.stop();

    const [email] = await smtp.waitFor(1);
    const [row] = await database.db.select().from(emailMessages);
    expect(row).toMatchObject({ status: "sent", transport: "smtp", attempts: 1 });
    expect(email!.parsed.messageId).toBe(row!.messageId);
    expect(email!.parsed.headers.get("x-roundtable-event")).toBe("input.submitted");
    expect(email!.parsed.html).toContain('lang="fr"');
    expect(email!.parsed.text).toContain(sampleEmailData["input.submitted"].reference);
  });

  it("sends nothing when the change that caused the event rolls back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await notify(tx, "input.submitted", recipient(2), sampleEmailData["input.submitted"]);
        throw new Error("the submit failed after queueing its receipt");
      }),
    ).rejects.toThrow("the submit failed");
    const sender = worker();
    expect(await sender.runOnce()).toBe(0);
    await sender.stop();
    expect(await database.db.select().from(emailMessages)).toHaveLength(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("queues the same receipt once when the event is recorded twice", async () => {
    for (let i = 0; i < 3; i++) {
      await notify(
        database.db,
        "input.submitted",
        recipient(3),
        sampleEmailData["input.submitted"],
        { dedupeKey: "receipt:RT-2021-000123" },
      );
    }
    expect(await database.db.select().from(emailMessages)).toHaveLength(1);
  });

  it("retries with backoff while SMTP is down and delivers when it returns", async () => {
    const down = await startSmtpServer();
    const port = down.port;
    await down.close(); // nothing listens on this port now
    await notify(
      database.db,
      "password.changed",
      recipient(4, "en"),
      sampleEmailData["password.changed"],
    );
    let clock = new Date(Date.now() + 1000);
    const now = () => clock;

    const failing = worker({ url: `smtp://127.0.0.1:${port}`, now });
    expect(await failing.runOnce()).toBe(1);
    let [row] = await database.db.select().from(emailMessages);
    expect(row).toMatchObject({ status: "retrying", attempts: 1 });
    expect(row!.lastError).toBeTruthy();
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());
    // Not due yet: the next pass leaves it alone.
    expect(await failing.runOnce()).toBe(0);
    clock = new Date(row!.nextAttemptAt.getTime() + 1);
    expect(await failing.runOnce()).toBe(1);
    [row] = await database.db.select().from(emailMessages);
    expect(row).toMatchObject({ status: "retrying", attempts: 2 });
    await failing.stop();

    const back = await startSmtpServer(port);
    try {
      clock = new Date(row!.nextAttemptAt.getTime() + 1);
      const recovered = worker({ url: back.url, now });
      expect(await recovered.runOnce()).toBe(1);
      await recovered.stop();
      await back.waitFor(1);
      [row] = await database.db.select().from(emailMessages);
      expect(row).toMatchObject({ status: "sent", attempts: 3 });
    } finally {
      await back.close();
    }
  });

  it("marks a message failed after four hours of trying, and staff can re-queue it", async () => {
    const down = await startSmtpServer();
    const port = down.port;
    await down.close();
    const queued = await notify(
      database.db,
      "password.changed",
      recipient(5, "en"),
      sampleEmailData["password.changed"],
    );
    const [row] = await database.db.select().from(emailMessages);
    let clock = new Date(row!.queuedAt.getTime() + GIVE_UP_AFTER_MS + 1000);
    const failing = worker({ url: `smtp://127.0.0.1:${port}`, now: () => clock });
    await failing.runOnce();
    await failing.stop();
    const failed = await findEmailMessage(database.db, queued!.id);
    expect(failed).toMatchObject({ status: "failed" });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);

    clock = new Date();
    expect(await requeueFailedEmail(database.db, queued!.id, clock)).not.toBeNull();
    const sender = worker({ now: () => clock });
    expect(await sender.runOnce()).toBe(1);
    await sender.stop();
    expect(await findEmailMessage(database.db, queued!.id)).toMatchObject({ status: "sent" });
  });

  it("delivers after a worker died holding a message, once its reservation lapses", async () => {
    await notify(database.db, "input.submitted", recipient(6), sampleEmailData["input.submitted"]);
    const start = new Date(Date.now() + 2000);
    // A worker claims the message and dies before sending (its process was killed).
    const doomed = createEmailWorker({
      db: database.db,
      from: FROM,
      transport: { name: "smtp", send: () => new Promise(() => {}), close() {} },
      lockMs: 60_000,
      now: () => start,
      log: () => {},
    });
    void doomed.runOnce();
    await expect
      .poll(async () => (await database.db.select().from(emailMessages))[0]?.status)
      .toBe("sending");

    // The restarted worker leaves it while the reservation holds, then sends it.
    const restarted = worker({ now: () => new Date(start.getTime() + 30_000) });
    expect(await restarted.runOnce()).toBe(0);
    const later = worker({ now: () => new Date(start.getTime() + 61_000) });
    expect(await later.runOnce()).toBe(1);
    await Promise.all([restarted.stop(), later.stop()]);
    const [email] = await smtp.waitFor(1);
    const [row] = await database.db.select().from(emailMessages);
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    expect(email!.parsed.messageId).toBe(row!.messageId);
  });

  it("never lets two workers send the same message", async () => {
    const count = 60;
    for (let n = 0; n < count; n++)
      await notify(
        database.db,
        "input.submitted",
        recipient(100 + n),
        sampleEmailData["input.submitted"],
      );
    const [a, b] = [worker(), worker()];
    const drain = async (w: ReturnType<typeof worker>) => {
      while ((await w.runOnce()) > 0) {
        /* keep taking batches until the queue is empty */
      }
    };
    await Promise.all([drain(a), drain(b)]);
    await Promise.all([a.stop(), b.stop()]);
    const received = await smtp.waitFor(count);
    const ids = received.map((email) => email.parsed.messageId);
    expect(new Set(ids).size).toBe(count);
    expect(ids).toHaveLength(count);
  });

  it("keeps a name with a line break and a Bcc header out of the headers", async () => {
    await notify(
      database.db,
      "input.submitted",
      {
        userId: null,
        email: "eve@example.org",
        name: "Eve\r\nBcc: attacker@example.com",
        language: "en",
      },
      { ...sampleEmailData["input.submitted"], recipientName: "Eve\r\nBcc: attacker@example.com" },
    );
    const sender = worker();
    await sender.runOnce();
    await sender.stop();
    const [email] = await smtp.waitFor(1);
    expect(email!.envelopeTo).toEqual(["eve@example.org"]);
    const headerBlock = email!.raw.split(/\r?\n\r?\n/)[0]!;
    expect(headerBlock).not.toMatch(/^bcc:/im);
    expect(email!.parsed.bcc).toBeUndefined();
  });
});

describe("every template", () => {
  it("arrives through SMTP in English and in French with the same links and references", async () => {
    for (const event of EMAIL_EVENTS) {
      for (const language of ["en", "fr"] as const) {
        await notify(
          database.db,
          event,
          { userId: null, email: `${language}.${event}@example.org`, name: "Alex", language },
          sampleEmailData[event] as never,
        );
      }
    }
    const sender = worker();
    while ((await sender.runOnce()) > 0) {
      /* drain */
    }
    await sender.stop();
    const received = await smtp.waitFor(EMAIL_EVENTS.length * 2);
    const links = (text: string) =>
      [...text.matchAll(/https?:\/\/\S+/g)]
        .map((m) => m[0].replace(/\/(en|fr)(\/|$)/, "/$LANG$2"))
        .sort();
    for (const event of EMAIL_EVENTS) {
      const [en, fr] = (["en", "fr"] as const).map((language) =>
        received.find((email) => email.envelopeTo[0] === `${language}.${event}@example.org`)!,
      );
      expect(en!.parsed.html, event).toContain('lang="en"');
      expect(fr!.parsed.html, event).toContain('lang="fr"');
      expect(en!.parsed.subject, event).not.toBe(fr!.parsed.subject);
      expect(links(fr!.parsed.text ?? ""), event).toEqual(links(en!.parsed.text ?? ""));
    }
  });
});

describe("in-app notifications", () => {
  it("are written with the e-mail for people who have an account", async () => {
    await database.db.transaction((tx) =>
      notify(
        tx,
        "input.submitted",
        { ...recipient(7), userId: null },
        sampleEmailData["input.submitted"],
      ),
    );
    // No account: e-mail only.
    expect(await database.db.select().from(notifications)).toHaveLength(0);
    expect(
      await database.db
        .select()
        .from(emailMessages)
        .where(eq(emailMessages.recipientEmail, "person7@example.org")),
    ).toHaveLength(1);
  });
});
