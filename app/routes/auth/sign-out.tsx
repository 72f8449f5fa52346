import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/features/accounts/session-actions.server";
import { clearedSessionCookie } from "~/features/accounts/sessions.server";
import { requireLocale } from "~/utils/http.server";

// Signing out changes state, so it is a POST (the header's button); a GET goes home.
export function loader({ params }: { params: { lang?: string } }) {
  return redirect(`/${requireLocale(params)}`);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  await signOut(context.db, request, { ip: context.clientIp });
  return redirect(`/${locale}/sign-in?notice=signed-out`, {
    headers: { "Set-Cookie": clearedSessionCookie() },
  });
}
