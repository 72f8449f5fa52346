import type { Database } from "../../../db/client";
import { findUserIdByEmail } from "../../../db/queries/accounts";
import { listOrganizationNames } from "../../../db/queries/admin";
import type { Locale } from "~/i18n/locale";
import { invitePerson } from "../accounts/invitations.server";
import { can, ROLES, STAFF_ROLES, type Actor, type Role } from "../accounts/permissions";
import { listOrganizationChoices } from "./organizations.server";

/** The choices of the invitation form: organizations, and the roles this actor may give. */
export async function getInvitationForm(db: Database, actor: Actor, locale: Locale) {
  const staffAllowed = can(actor, "invite:staff");
  return {
    organizations: await listOrganizationChoices(db, locale),
    roles: ROLES.filter((role) => staffAllowed || !(STAFF_ROLES as readonly Role[]).includes(role)),
  };
}

export type SendInvitationError =
  "forbidden" | "noOrganization" | "unknownOrganization" | "accountExists" | "rate-limited";

/**
 * Invites someone who has no account yet. The token leaves only in the e-mail
 * (invitePerson queues it in the same transaction); the caller gets the address back.
 */
export async function sendInvitation(
  db: Database,
  actor: Actor,
  request: {
    email: string;
    name?: string | undefined;
    organizationId?: number | undefined;
    roles: Role[];
    language: "en" | "fr" | "none";
  },
  context: { publicUrl: string; ip: string | null; now: Date },
): Promise<{ ok: true; email: string } | { ok: false; errors: SendInvitationError[] }> {
  if (await findUserIdByEmail(db, request.email)) return { ok: false, errors: ["accountExists"] };
  if (request.organizationId !== undefined) {
    const [organization] = await listOrganizationNames(db, [request.organizationId]);
    if (!organization) return { ok: false, errors: ["unknownOrganization"] };
  }
  const result = await invitePerson(
    db,
    actor,
    {
      email: request.email,
      name: request.name ? request.name.normalize("NFC") : null,
      organizationId: request.organizationId ?? null,
      roles: [...new Set(request.roles)],
      language: request.language === "none" ? null : request.language,
    },
    context,
  );
  if (!result.ok) return result;
  return { ok: true, email: request.email };
}
