import { z } from "zod";
import type { Locale } from "./locale";

// zod 4 ships maintained English and French messages; we pass the right one per parse
// instead of setting a global, because one server answers both languages at once.
const errorMaps = { en: z.locales.en().localeError, fr: z.locales.fr().localeError };

export function zodErrorMap(locale: Locale) {
  return errorMaps[locale];
}

export function parseIn<T extends z.ZodType>(locale: Locale, schema: T, value: unknown) {
  return schema.safeParse(value, { error: errorMaps[locale] });
}
