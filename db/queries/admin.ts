import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { auditEvents, organizations, sessions, users } from "../schema";

// Search and sort must treat "Élise" and "elise" alike (QUALITY.md, official languages).
// The database may run with the C collation and without `unaccent`, so we fold in SQL by hand.
// Upper-case letters are listed too: with a C locale, lower() leaves them as they are.
const FOLDS: Array<[string, string]> = [
  ["àâäáãåāÀÂÄÁÃÅĀ", "a"],
  ["çćÇĆ", "c"],
  ["éèêëēÉÈÊËĒ", "e"],
  ["íìîïīÍÌÎÏĪ", "i"],
  ["ñÑ", "n"],
  ["óòôöõōøÓÒÔÖÕŌØ", "o"],
  ["úùûüūÚÙÛÜŪ", "u"],
  ["ýÿÝŸ", "y"],
];
const ACCENTED = FOLDS.map(([from]) => from).join("");
const PLAIN = FOLDS.map(([from, to]) => to.repeat([...from].length)).join("");

/** The SQL twin of `foldForSearch`: lower case, without accents, œ and æ spelled out. */
function folded(value: SQLWrapper): SQL<string> {
  return sql<string>`translate(replace(replace(replace(replace(lower(${value}), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), ${ACCENTED}, ${PLAIN})`;
}

export function foldForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o");
}

function likePattern(query: string) {
  return `%${foldForSearch(query).replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

export async function countPeopleByStatus(db: Database) {
  const rows = await db
    .select({ status: users.status, count: sql<number>`count(*)::int` })
    .from(users)
    .groupBy(users.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count])) as Partial<
    Record<(typeof users.$inferSelect)["status"], number>
  >;
}

export async function countOrganizations(db: Database) {
  const [row] = await db.select({ count: count() }).from(organizations);
  return row?.count ?? 0;
}

/** People whose name or e-mail contains the query, accents and case aside, by name. */
export async function searchPeopleForAdmin(db: Database, query: string, limit: number) {
  const pattern = likePattern(query);
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      roles: sql<
        string[]
      >`coalesce((select array_agg(r.role::text order by r.role) from user_roles r where r.user_id = ${users.id}), '{}')`,
      organizations: sql<
        Array<{ id: number; nameEn: string; nameFr: string }>
      >`coalesce((select json_agg(json_build_object('id', o.id, 'nameEn', o.name_en, 'nameFr', o.name_fr) order by o.name_en) from memberships m join organizations o on o.id = m.organization_id where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(users)
    .where(
      query
        ? or(
            sql`${folded(users.name)} like ${pattern}`,
            sql`${folded(users.email)} like ${pattern}`,
          )
        : undefined,
    )
    .orderBy(asc(folded(users.name)), asc(users.id))
    .limit(limit);
}

/** Sessions still usable: before their absolute end, and used since `activeSince`. */
export async function countOpenSessions(
  db: Database,
  userId: number,
  now: Date,
  activeSince: Date,
) {
  const [row] = await db
    .select({ count: count() })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, activeSince),
      ),
    );
  return row?.count ?? 0;
}

const subjectUsers = alias(users, "subject_user");

/**
 * The audit trail, newest first, with the names of the actor and, when the subject is a
 * person, of that person. With `personId`: what they did and what was done to them.
 */
export async function listAuditLog(db: Database, filter: { personId?: number; limit: number }) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      ip: auditEvents.ip,
      details: auditEvents.details,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      subjectUserName: subjectUsers.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(
      subjectUsers,
      and(
        eq(auditEvents.subjectType, "user"),
        eq(auditEvents.subjectId, sql`${subjectUsers.id}::text`),
      ),
    )
    .where(
      filter.personId
        ? or(
            eq(auditEvents.actorUserId, filter.personId),
            and(
              eq(auditEvents.subjectType, "user"),
              eq(auditEvents.subjectId, String(filter.personId)),
            ),
          )
        : undefined,
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}

/** People who appear in the audit trail, to filter it by: actors first among them. */
export async function listAuditedPeople(db: Database, limit: number) {
  const actors = db
    .selectDistinct({ id: auditEvents.actorUserId })
    .from(auditEvents)
    .where(sql`${auditEvents.actorUserId} is not null`);
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, actors))
    .orderBy(asc(folded(users.name)), asc(users.id))
    .limit(limit);
}

export async function findPersonName(db: Database, userId: number) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function listOrganizationNames(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, nameEn: organizations.nameEn, nameFr: organizations.nameFr })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}
