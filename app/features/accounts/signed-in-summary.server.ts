import type { Database } from "../../../db/client";
import { countUnreadNotifications } from "../../../db/queries/notifications";
import { getSignedIn } from "./auth.server";
import { can, isStaff } from "./permissions";

/** What every page's header needs to know about the person, or null for a visitor. */
export async function getSignedInSummary(request: Request, db: Database) {
  const signedIn = await getSignedIn(request, db);
  if (!signedIn) return null;
  return {
    name: signedIn.user.name,
    staff: isStaff(signedIn.roles),
    admin: can(signedIn.actor, "manage:people"),
    unread: await countUnreadNotifications(db, signedIn.user.id),
    // A duration, not an instant: the browser's clock may not agree with the server's.
    idleRemainingMs: Math.max(0, signedIn.idleExpiresAt.getTime() - Date.now()),
  };
}
