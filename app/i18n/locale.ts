export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "fr";
}

/** The locale a URL carries in its first segment (`/fr/objectives` → "fr"). */
export function localeFromPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "fr" : "en";
}

/** The same page in another language: `/en/objectives/7?x=1` → `/fr/objectives/7?x=1`. */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const segments = pathname.split("/");
  if (isLocale(segments[1])) segments[1] = to;
  else segments.splice(1, 0, to);
  const path = segments.join("/").replace(/\/$/, "") || `/${to}`;
  return `${path}${search}`;
}

/** Picks en or fr from an Accept-Language header by quality; English when neither appears. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return "en";
  const ranked = acceptLanguage
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split("-")[0],
        quality: Number.isFinite(quality) ? quality : 0,
        order,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isLocale) ?? "en";
}
