import type { Database } from "../../../db/client";
import { findUserById, listMemberships, listRoles } from "../../../db/queries/accounts";
import {
  countOpenSessions,
  listOrganizationNames,
  searchPeopleForAdmin,
} from "../../../db/queries/admin";
import type { Locale } from "~/i18n/locale";
import {
  changeMembership,
  changeRoles,
  resetSecondFactor,
  setDeactivated,
} from "../accounts/people-admin.server";
import { ROLES, type Actor, type Role } from "../accounts/permissions";
import { IDLE_TIMEOUT_MS } from "../accounts/sessions.server";
import { bilingual } from "../practices/localized-text";
import type { PersonChange } from "./admin.schema";
import { getAuditEntries } from "./audit-log.server";
import { moment } from "./format";
import { PEOPLE_PAGE_SIZE, PERSON_AUDIT_SIZE } from "./limits";
import { listOrganizationChoices } from "./organizations.server";

function knownRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/** People matching a name or e-mail (accents and case aside); `more` when the list was cut. */
export async function findPeople(db: Database, locale: Locale, query: string) {
  const rows = await searchPeopleForAdmin(db, query, PEOPLE_PAGE_SIZE + 1);
  return {
    people: rows.slice(0, PEOPLE_PAGE_SIZE).map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      status: row.status,
      roles: knownRoles(row.roles),
      organizations: row.organizations.map((organization) =>
        bilingual(organization, "name", locale),
      ),
    })),
    more: rows.length > PEOPLE_PAGE_SIZE,
  };
}

/** Everything the person page shows, or null when there is no such person. */
export async function getPersonPage(db: Database, locale: Locale, userId: number, now: Date) {
  const user = await findUserById(db, userId);
  if (!user) return null;
  const [roles, memberships, organizations, activeSessions, audit] = await Promise.all([
    listRoles(db, userId),
    listMemberships(db, userId),
    listOrganizationChoices(db, locale),
    countOpenSessions(db, userId, now, new Date(now.getTime() - IDLE_TIMEOUT_MS)),
    getAuditEntries(db, locale, { personId: userId, limit: PERSON_AUDIT_SIZE }),
  ]);
  const memberOf = new Set(memberships.map((membership) => membership.organizationId));
  return {
    person: {
      id: user.id,
      name: user.name,
      email: user.email,
      status: user.status,
      preferredLanguage: user.preferredLanguage,
      twoFactorEnrolled: user.totpEnrolledAt !== null,
      createdAt: moment(locale, user.createdAt),
      lastSignInAt: moment(locale, user.lastSignInAt),
    },
    roles: knownRoles(roles),
    memberships: organizations.filter((organization) => memberOf.has(organization.id)),
    otherOrganizations: organizations.filter((organization) => !memberOf.has(organization.id)),
    activeSessions,
    audit,
  };
}

export type PersonChangeError = "forbidden" | "notFound" | "selfLockout" | "unknownOrganization";

/** Applies one form of the person page through the use-case that owns it (which checks and audits). */
export async function applyPersonChange(
  db: Database,
  actor: Actor,
  userId: number,
  change: PersonChange,
  context: { ip: string | null; now: Date; publicUrl: string },
): Promise<{ ok: true } | { ok: false; errors: PersonChangeError[] }> {
  switch (change.intent) {
    case "roles":
      return changeRoles(db, actor, userId, change.roles, context);
    case "deactivate":
    case "reactivate":
      return setDeactivated(db, actor, userId, change.intent === "deactivate", context);
    case "reset-two-factor":
      return resetSecondFactor(db, actor, userId, context);
    case "add-membership":
    case "remove-membership": {
      const [organization] = await listOrganizationNames(db, [change.organizationId]);
      if (!organization) return { ok: false, errors: ["unknownOrganization"] };
      return changeMembership(
        db,
        actor,
        userId,
        { organizationId: change.organizationId, member: change.intent === "add-membership" },
        context,
      );
    }
  }
}
