import { data, type ActionFunctionArgs } from "@remix-run/node";
import { extendCurrentSession } from "~/features/accounts/session-actions.server";
import { requireLocale } from "~/utils/http.server";

/** The "stay signed in" button: touches the session and says when it now ends. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const idleExpiresAt = await extendCurrentSession(context.db, request);
  if (!idleExpiresAt) return data({ idleRemainingMs: null }, { status: 401 });
  return { idleRemainingMs: Math.max(0, idleExpiresAt.getTime() - Date.now()) };
}

export function loader() {
  throw new Response("Method Not Allowed", { status: 405 });
}
