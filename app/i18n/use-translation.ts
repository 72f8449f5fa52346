import { useLocation } from "@remix-run/react";
import { localeFromPath, type Locale } from "./locale";
import { translator, type Translate } from "./translate";

/** The page's locale comes from its URL, so it is right on error pages too. */
export function useLocale(): Locale {
  return localeFromPath(useLocation().pathname) ?? "en";
}

export function useTranslation(): { t: Translate; locale: Locale } {
  const locale = useLocale();
  return { t: translator(locale), locale };
}
