import { parseWithZod } from "@conform-to/zod/v4";
import {
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
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
  if (length > MAX_FORM_BYTES) throw await payloadTooLarge(request);
  const formData = await request.formData();
  return { formData, submission: parseWithZod(formData, { schema, error: zodErrorMap(locale) }) };
}

/** Files are read only by forms that take them; this bounds the whole body of such a form. */
export const MAX_UPLOAD_BODY_BYTES = 5 * 10 * 1024 * 1024 + MAX_FORM_BYTES;

/**
 * A file part is kept in memory up to `maxFileBytes`; a larger one is drained and replaced by
 * an empty marker, so the rest of the form is still read and the person keeps what they typed.
 */
function boundedFileHandler(maxFileBytes: number): UploadHandler {
  return async ({ filename, contentType, data }) => {
    if (!filename) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= maxFileBytes) chunks.push(chunk);
    }
    if (size > maxFileBytes) return new File([], filename, { type: TOO_LARGE_MARKER });
    return new File(chunks as BlobPart[], filename, { type: contentType });
  };
}

export const TOO_LARGE_MARKER = "application/x-roundtable-too-large";

/** Reads a form body once, refusing oversized ones, for actions that choose a schema by intent. */
export async function readForm(
  request: Request,
  options: { maxFileBytes?: number } = {},
): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  const multipart = (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
  if (length > (multipart && options.maxFileBytes ? MAX_UPLOAD_BODY_BYTES : MAX_FORM_BYTES)) {
    throw await payloadTooLarge(request);
  }
  if (!multipart) return request.formData();
  return unstable_parseMultipartFormData(
    request,
    unstable_composeUploadHandlers(
      options.maxFileBytes ? boundedFileHandler(options.maxFileBytes) : async () => undefined,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_FORM_BYTES }),
    ),
  );
}

export function parseFormData<T extends z.ZodType>(formData: FormData, locale: Locale, schema: T) {
  return parseWithZod(formData, { schema, error: zodErrorMap(locale) });
}

/**
 * Refuses an oversized body after discarding it, so the connection is clean for the client's
 * next request (the server in front caps any body at MAX_REQUEST_BYTES and closes beyond it).
 */
export async function payloadTooLarge(request: Request) {
  if (request.body && !request.bodyUsed) {
    const reader = request.body.getReader();
    while (!(await reader.read()).done) {
      /* discard */
    }
  }
  return new Response("Payload Too Large", { status: 413 });
}
