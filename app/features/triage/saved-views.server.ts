import type { Database } from "../../../db/client";
import { deleteView, listSavedViews, saveView } from "../../../db/queries/triage-tags";
import { can, type Actor } from "../accounts/permissions";
import { QueueFiltersSchema } from "./queue.server";

/** The query string a view keeps: only known filters, never the page position. */
export function viewQuery(search: string): string {
  const filters = QueueFiltersSchema.parse(Object.fromEntries(new URLSearchParams(search)));
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "before" || key === "page") continue;
    params.set(key, String(value));
  }
  return params.toString();
}

export async function listMyViews(db: Database, actor: Actor) {
  return can(actor, "decide:input") ? listSavedViews(db, actor.userId) : [];
}

/** Saves the current filters under a name (the same name replaces the view). */
export async function saveMyView(db: Database, actor: Actor, name: string, search: string) {
  if (!can(actor, "decide:input")) return { ok: false as const, errors: ["forbidden" as const] };
  const id = await saveView(db, actor.userId, name.trim(), viewQuery(search));
  return { ok: true as const, value: { id } };
}

/** Deletes one of the person's own views; someone else's is "not found". */
export async function deleteMyView(db: Database, actor: Actor, viewId: number) {
  if (!can(actor, "decide:input")) return { ok: false as const, errors: ["forbidden" as const] };
  return (await deleteView(db, actor.userId, viewId))
    ? { ok: true as const, value: null }
    : { ok: false as const, errors: ["notFound" as const] };
}
