import type { Database } from "../../../db/client";
import { countOrganizations, countPeopleByStatus } from "../../../db/queries/admin";
import { countEmailsByStatus } from "../../../db/queries/notifications";
import { can, type Actor } from "../accounts/permissions";
import { EMAIL_STATUSES } from "./admin.schema";

/** The admin home: how many people, organizations and e-mails, and which pages this actor may open. */
export async function getAdminOverview(db: Database, actor: Actor, mailboxEnabled: boolean) {
  const [people, organizations, emails] = await Promise.all([
    countPeopleByStatus(db),
    countOrganizations(db),
    countEmailsByStatus(db),
  ]);
  return {
    people: { active: people.active ?? 0, deactivated: people.deactivated ?? 0 },
    organizations,
    emails: EMAIL_STATUSES.map((status) => ({ status, count: emails[status] ?? 0 })),
    pages: {
      invite: can(actor, "invite:contributor"),
      audit: can(actor, "read:audit"),
      deliveries: can(actor, "read:deliveries"),
      mailbox: mailboxEnabled && can(actor, "read:deliveries"),
    },
  };
}
