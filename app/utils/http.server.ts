import type { z } from "zod";
import { isLocale, type Locale } from "~/i18n/locale";

export function notFound(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

/** The locale of a `/:lang/…` route; anything else is not a page we have. */
export function requireLocale(params: { lang?: string }): Locale {
  if (!isLocale(params.lang)) notFound();
  return params.lang;
}

/** Parses route params with a schema; malformed ones are a 404, not a 500. */
export function parseParams<T extends z.ZodType>(schema: T, params: unknown): z.infer<T> {
  const result = schema.safeParse(params);
  if (!result.success) notFound();
  return result.data;
}
