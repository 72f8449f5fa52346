import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";

/** "Page – Roundtable", in the page's language. */
export function pageTitle(locale: Locale | undefined, title: string) {
  const t = translator(locale ?? "en");
  return [{ title: `${title} – ${t("app.name")}` }];
}
