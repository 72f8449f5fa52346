/// <reference types="vite/client" />
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogs } from "~/i18n/translate";
import { parseFormData } from "./forms.server";

// Property-based tests on every form schema of the app (issue #9): whatever a form posts,
// parsing never throws, and every refusal is a message the person can read in their
// language: one of our catalog keys (present in both catalogs) or zod's own message in
// that language.

const modules = import.meta.glob<Record<string, unknown>>("../features/**/*.schema.ts", {
  eager: true,
});

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({
      name: `${file.replace("../features/", "")} ${name}`,
      schema: schema as z.ZodType,
    })),
);

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "true", "null", "__proto__", "2026-02-30"),
  fc.integer().map(String),
);

/** Posts: each of the schema's fields absent, once, or repeated, with hostile values. */
function formArbitrary(schema: z.ZodType) {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const names = [...Object.keys(shape), "__proto__", "constructor", "unexpected"];
  return fc.record(
    Object.fromEntries(names.map((name) => [name, fc.array(hostile, { maxLength: 3 })])),
  );
}

function toFormData(fields: Record<string, string[]>) {
  const form = new FormData();
  for (const [name, values] of Object.entries(fields)) for (const v of values) form.append(name, v);
  return form;
}

const isKey = (message: string) => message in catalogs.en && message in catalogs.fr;

describe.each(schemas)("$name", ({ schema }) => {
  it("never throws, and refuses in the person's language", () => {
    expect(schemas.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(formArbitrary(schema), (fields) => {
        const fr = parseFormData(toFormData(fields), "fr", schema);
        const en = parseFormData(toFormData(fields), "en", schema);
        expect(fr.status).toBe(en.status);
        if (fr.status !== "error" || en.status !== "error") return;
        const frMessages = Object.values(fr.error ?? {}).flat() as string[];
        const enMessages = Object.values(en.error ?? {}).flat() as string[];
        frMessages.forEach((message, index) => {
          if (isKey(message)) return;
          // not one of ours: zod's message, which must differ from the English one
          expect(message, "a refusal without a French message").not.toBe(enMessages[index]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
