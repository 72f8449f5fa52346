import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { Locale } from "~/i18n/locale";
import { zodErrorMap } from "~/i18n/zod";

/** Largest form body any action reads (files go through their own limits). */
export const MAX_FORM_BYTES = 256 * 1024;

/**
 * Reads and validates a form in the user's language. Oversized bodies are refused before
 * parsing; zod's own messages come in the page's language; ours are catalog keys.
 */
export async function parseForm<T extends z.ZodType>(request: Request, locale: Locale, schema: T) {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_FORM_BYTES) throw new Response("Payload Too Large", { status: 413 });
  const formData = await request.formData();
  return { formData, submission: parseWithZod(formData, { schema, error: zodErrorMap(locale) }) };
}

/** Reads a form body once, refusing oversized ones, for actions that choose a schema by intent. */
export async function readForm(request: Request): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_FORM_BYTES) throw new Response("Payload Too Large", { status: 413 });
  return request.formData();
}

export function parseFormData<T extends z.ZodType>(formData: FormData, locale: Locale, schema: T) {
  return parseWithZod(formData, { schema, error: zodErrorMap(locale) });
}
