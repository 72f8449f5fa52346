import type { Database } from "../../../db/client";
import {
  findPersonName,
  listAuditedPeople,
  listAuditLog,
  listOrganizationNames,
} from "../../../db/queries/admin";
import type { Locale } from "~/i18n/locale";
import { ROLES, type Role } from "../accounts/permissions";
import { bilingual } from "../practices/localized-text";
import { moment } from "./format";
import { AUDIT_PAGE_SIZE } from "./limits";

export type AuditEntry = Awaited<ReturnType<typeof getAuditEntries>>[number];

function rolesIn(value: unknown): Role[] {
  return Array.isArray(value)
    ? value.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
    : [];
}

/**
 * Audit events shaped for a table: who, what, to whom or what, from where. Only the details
 * an admin needs to read an entry are passed on (roles changed, organization concerned).
 */
export async function getAuditEntries(
  db: Database,
  locale: Locale,
  filter: { personId?: number; limit: number },
) {
  const rows = await listAuditLog(db, filter);
  const organizationIds = [
    ...new Set(
      rows
        .map((row) => row.details?.organizationId)
        .filter((id): id is number => typeof id === "number"),
    ),
  ];
  const organizations = new Map(
    (await listOrganizationNames(db, organizationIds)).map((row) => [
      row.id,
      bilingual(row, "name", locale),
    ]),
  );
  return rows.map((row) => {
    const organizationId = row.details?.organizationId;
    return {
      id: row.id,
      at: moment(locale, row.at),
      actor: row.actorUserId ? { id: row.actorUserId, name: row.actorName ?? "" } : null,
      action: row.action,
      subject:
        row.subjectType === "user" && row.subjectId
          ? { kind: "user" as const, id: row.subjectId, name: row.subjectUserName }
          : row.subjectType
            ? { kind: "other" as const, type: row.subjectType, id: row.subjectId }
            : null,
      ip: row.ip,
      rolesAdded: rolesIn(row.details?.added),
      rolesRemoved: rolesIn(row.details?.removed),
      organization:
        typeof organizationId === "number" ? (organizations.get(organizationId) ?? null) : null,
    };
  });
}

/** The audit page: the newest entries, for everyone or one person, and the people to filter by. */
export async function getAuditPage(db: Database, locale: Locale, personId: number | undefined) {
  const [entries, people, selected] = await Promise.all([
    getAuditEntries(db, locale, { personId, limit: AUDIT_PAGE_SIZE }),
    listAuditedPeople(db, 500),
    personId ? findPersonName(db, personId) : Promise.resolve(null),
  ]);
  // Someone who only had things done to them is still a valid filter.
  const choices =
    selected && !people.some((p) => p.id === selected.id) ? [selected, ...people] : people;
  return { entries, people: choices, person: selected };
}
