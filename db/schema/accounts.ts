import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { language } from "./inputs";
import { organizations } from "./organizations";

export const role = pgEnum("role", [
  "contributor",
  "coordinator",
  "moderator",
  "drafter",
  "approver",
  "admin",
]);
export const userStatus = pgEnum("user_status", ["active", "deactivated"]);

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    name: text().notNull(),
    /** null: no preference, e-mails go in both languages */
    preferredLanguage: language(),
    passwordHash: text(),
    status: userStatus().notNull().default("active"),
    /** the TOTP secret (base32); staff cannot reach staff pages until it is set */
    totpKey: text(),
    totpEnrolledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

/** A person belongs to organizations: a stakeholder organization, or a federal department for staff. */
export const memberships = pgTable(
  "memberships",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] }), index().on(t.organizationId)],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: role().notNull(),
    grantedBy: integer().references(() => users.id),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Closed groups (the Canada Migration Experts Group …) a consultation can be limited to. */
export const closedGroups = pgTable("closed_groups", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
});

export const closedGroupMembers = pgTable(
  "closed_group_members",
  {
    groupId: integer()
      .notNull()
      .references(() => closedGroups.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

/** Only the SHA-256 of the session token is kept: nothing here works as a cookie. */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** absolute end of the session (12 h after sign-in) */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    twoFactorVerified: boolean().notNull().default(false),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text().notNull().unique(),
    email: text().notNull(),
    name: text(),
    organizationId: integer().references(() => organizations.id),
    roles: role()
      .array()
      .notNull()
      .default(sql`'{}'`),
    language: language(),
    invitedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: integer().references(() => users.id),
  },
  (t) => [index("invitations_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const passwordResets = pgTable("password_resets", {
  tokenHash: text().primaryKey(),
  userId: integer()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});

/** Fixed-window counters, in the database so they hold across app instances. */
export const rateLimits = pgTable("rate_limits", {
  bucket: text().primaryKey(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  hits: integer().notNull(),
});
