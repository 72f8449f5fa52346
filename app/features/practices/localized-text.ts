import type { Locale } from "~/i18n/locale";

/**
 * Chooses the text to show a reader: their language when it exists, otherwise the original.
 * `lang` says which one was chosen so the page can mark it up (`<span lang="fr">`).
 */
export function pickLocalized<T extends { language: Locale }>(
  texts: T[],
  locale: Locale,
  original: Locale,
): (T & { lang: Locale }) | null {
  const chosen =
    texts.find((text) => text.language === locale) ??
    texts.find((text) => text.language === original) ??
    texts[0];
  return chosen ? { ...chosen, lang: chosen.language } : null;
}

export function bilingual<T extends Record<string, unknown>>(
  row: T,
  field: string,
  locale: Locale,
): string {
  const value = row[`${field}${locale === "en" ? "En" : "Fr"}`];
  return typeof value === "string" ? value : "";
}
