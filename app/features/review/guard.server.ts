import type { Database } from "../../../db/client";
import { requireStaff } from "../accounts/auth.server";
import type { Locale } from "~/i18n/locale";
import { canReadReview, reviewAccess } from "./drafting.server";

/** Drafters, approvers and coordinators (second factor verified); anyone else gets 403. */
export async function requireReviewReader(request: Request, db: Database, locale: Locale) {
  const staff = await requireStaff(request, db, locale);
  if (!canReadReview(staff.actor)) throw new Response("Forbidden", { status: 403 });
  return { staff, access: reviewAccess(staff.actor) };
}
