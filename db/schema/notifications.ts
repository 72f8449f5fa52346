import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const emailStatus = pgEnum("email_status", [
  "queued",
  "sending",
  "retrying",
  "sent",
  "failed",
]);
export const emailLanguage = pgEnum("email_language", ["en", "fr", "bilingual"]);

/**
 * The e-mail outbox. A row is written in the same transaction as the change that causes it;
 * the worker renders and sends it, retrying with backoff, and keeps the outcome.
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    event: text().notNull(),
    recipientUserId: integer().references(() => users.id),
    recipientEmail: text().notNull(),
    recipientName: text(),
    language: emailLanguage().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    /** stable across retries: a crash between "sent" and "marked sent" makes at most one duplicate, which mail systems can recognise */
    messageId: text().notNull().unique(),
    /** makes enqueueing idempotent: the same receipt is never queued twice */
    dedupeKey: text().unique(),
    status: emailStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    /** "smtp", or "mailbox" when no SMTP server is configured (demo and development) */
    transport: text(),
    subject: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** start of the current retry window: creation, or when staff re-queued a failed message */
    queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("email_messages_due_idx").on(t.status, t.nextAttemptAt),
    index().on(t.recipientUserId),
  ],
);

/** What a signed-in person sees on their notifications page. */
export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    event: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId, t.readAt)],
);

/** E-mails a person turned off (only reminders and digests can be). */
export const emailOptOuts = pgTable(
  "email_opt_outs",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    event: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.event] })],
);

/** Recurring work (daily digest, reminders): one row per task, claimed by one instance at a time. */
export const scheduledTasks = pgTable("scheduled_tasks", {
  name: text().primaryKey(),
  nextRunAt: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
  lastRunAt: timestamp({ withTimezone: true }),
  enabled: boolean().notNull().default(true),
});

/** Secrets the instances share (the key that signs unsubscribe links), made once. */
export const appSecrets = pgTable("app_secrets", {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
