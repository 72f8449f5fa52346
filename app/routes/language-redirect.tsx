import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLocale } from "~/i18n/locale";

/** `/` has no language of its own: send people to theirs, as the browser states it. */
export function loader({ request }: LoaderFunctionArgs) {
  const locale = negotiateLocale(request.headers.get("Accept-Language"));
  return redirect(`/${locale}`, { headers: { Vary: "Accept-Language" } });
}
