/// <reference types="vite/client" />
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rowSchema } from "~/features/consultations/invitee-csv";
import { catalogs } from "~/i18n/translate";
import { zodErrorMap } from "~/i18n/zod";
import { parseFormData } from "./forms.server";

// Property-based tests on every zod schema of the app (issue #9), wherever it is declared:
// a feature's `*.schema.ts`, a feature module, or a route module (its exported `…Schema`).
// Whatever a form posts, parsing never throws; every refusal is a message the person can
// read in their language (one of our catalog keys, present in both catalogs, or zod's own
// message in that language); and an accepted value, posted again, is accepted as the same
// value. A schema declared without being exported fails the "every schema is covered" test.

const modules = import.meta.glob<Record<string, unknown>>(
  ["../features/**/*.{ts,tsx}", "../routes/**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}"],
  { eager: true },
);
const sources = import.meta.glob<string>(
  ["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}", "!../**/*.d.ts"],
  { eager: true, query: "?raw", import: "default" },
);

/** Schemas built by a function, with the arguments the app gives them. */
const FACTORIES: Record<string, { file: string; schemas: Record<string, z.ZodType> }> = {
  inviteeCsv: {
    file: "../features/consultations/invitee-csv.ts",
    schemas: {
      rowSchema: rowSchema([
        { id: 1, key: "ngo", nameEn: "Non-profit", nameFr: "Organisme sans but lucratif" },
        { id: 2, key: "province", nameEn: "Province", nameFr: "Province" },
      ]),
    },
  },
};

/**
 * Values a schema turns into something a form cannot post back as such; for these, the
 * round trip is checked on the posted form instead (the same post gives the same value).
 */
const NOT_POSTABLE_BACK: Record<string, string> = {
  "invitee-csv.ts rowSchema": "a category's name becomes its id",
};

/**
 * Posts a person would make, for schemas whose accepted values random fields rarely hit
 * (related fields, dates, several required choices); the generator adds its own to these.
 */
const ACCEPTED_EXAMPLES: Record<string, Record<string, string[]>[]> = {
  "input-translation.tsx PairSchema": [{ otherReference: ["rt-2026-000123"] }],
  "consultations.schema.ts ConsultationFieldsSchema": [
    {
      titleEn: ["Settlement 2027"],
      titleFr: ["Établissement 2027"],
      descriptionEn: ["What works for newcomers."],
      descriptionFr: ["Ce qui marche pour les nouveaux arrivants."],
      type: ["annual-update"],
      coversFrom: ["2026-01-01"],
      coversTo: ["2026-12-31"],
      opensAt: ["2027-01-05T09:00"],
      closesAt: ["2027-03-05T17:00"],
      components: ["call-for-practices", "survey"],
      organizationIds: ["3", "4"],
    },
  ],
  "accounts.schema.ts SignInSchema": [
    { email: ["Ana@Example.org"], password: ["correct horse battery"], redirectTo: ["/en/my"] },
  ],
  "accounts.schema.ts ForgotPasswordSchema": [{ email: ["ana@example.org"] }],
  "accounts.schema.ts InvitePersonSchema": [
    {
      email: ["luc@example.org"],
      name: ["Luc"],
      roles: ["moderator", "drafter"],
      language: ["fr"],
    },
  ],
  "survey-builder.schema.ts QuestionFieldsSchema": [
    {
      kind: ["scale"],
      promptEn: ["How useful?"],
      promptFr: ["Utilité ?"],
      required: ["on"],
      min: ["1"],
      max: ["5"],
      condition: ["12:yes"],
    },
  ],
  "practice.schema.ts PracticeDraftSchema": [{ language: ["fr"], title: ["Accueil à Moncton"] }],
  "practice.schema.ts PracticeSubmitSchema": [
    {
      language: ["en"],
      title: ["Language training at work"],
      summary: ["A summary."],
      description: ["A description."],
      objectives: ["16", "3"],
      scope: ["national"],
      consent: ["attributed"],
      partners: ["City of Moncton\nYMCA"],
      links: ["https://example.org/a"],
      submitKey: ["abcdefghijklmnopqrstuvwxyz234567"],
      version: ["2"],
    },
  ],
  "survey-builder.schema.ts SurveyFieldsSchema": [
    { titleEn: ["Uptake"], titleFr: ["Participation"], closesAt: ["2027-06-01T17:00"] },
  ],
  "triage-item.tsx MergeSchema": [
    { intent: ["merge"], version: ["3"], references: ["RT-2026-000123", "RT-2026-000124"] },
  ],
  "triage-queue.tsx AssignSchema": [
    { intent: ["assign-selected"], assigneeUserId: ["7"], references: ["RT-2026-000123"] },
  ],
  "invitee-csv.ts rowSchema": [
    {
      email: ["Ana@Example.org"],
      name: ["Ana"],
      organization: ["YMCA"],
      stakeholder_category: ["non-profit"],
      province_territory: ["nb"],
      language: ["français"],
    },
  ],
};

const schemas = [
  ...Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => value instanceof z.ZodType)
      .map(([name, schema]) => ({ file, name, schema: schema as z.ZodType })),
  ),
  ...Object.values(FACTORIES).flatMap(({ file, schemas }) =>
    Object.entries(schemas).map(([name, schema]) => ({ file, name, schema })),
  ),
].map((entry) => ({ ...entry, label: `${entry.file.replace(/^\.\.\//, "")} ${entry.name}` }));

describe("every zod schema of the app", () => {
  it("is exported where it is declared (or listed as a factory), so the properties below reach it", () => {
    const unexported: string[] = [];
    const unreached: string[] = [];
    const builtInFunctions: string[] = [];
    const factoryFiles = new Set(Object.values(FACTORIES).map((factory) => factory.file));
    for (const [file, source] of Object.entries(sources)) {
      if (!/\bfrom "zod"/.test(source)) continue;
      for (const match of source.matchAll(/^const (\w+)(?::[^=]+)? =\s*z\b/gm))
        if (/Schema$/.test(match[1]!)) unexported.push(`${file} ${match[1]}`);
      // a schema made inside a function: must be a listed factory
      // (a `*.schema.ts` module's helpers build parts of the schemas it exports)
      if (
        !file.endsWith(".schema.ts") &&
        /^[ \t]+(?:return|(?:const|let) \w+ =) z\s*\.(?!NEVER\b)/m.test(source) &&
        !factoryFiles.has(file)
      )
        builtInFunctions.push(file);
      const declaresSchema =
        /\bz\s*\.\s*(?:object|discriminatedUnion|union|string|enum|coerce)\b/.test(source);
      const covered = schemas.some((entry) => entry.file === file);
      if (declaresSchema && !covered && file.includes("/")) unreached.push(file);
    }
    expect(unexported, "declare schemas as `export const …Schema`").toEqual([]);
    expect(builtInFunctions, "schemas built inside a function: list them in FACTORIES").toEqual([]);
    expect(
      unreached.filter((file) => !file.startsWith("../i18n/")),
      "files declaring zod schemas none of which the property tests reach",
    ).toEqual([]);
    expect(schemas.length).toBeGreaterThan(60);
  });
});

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "true", "null", "__proto__", "2026-02-30"),
  fc.integer().map(String),
);

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  checks?: { _zod: { def: Record<string, unknown> } }[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Plausible posted values for one field, from its schema: what a person could send. */
function plausible(schema: z.ZodType, depth = 0): fc.Arbitrary<string[]> {
  const def = defOf(schema);
  const one = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((value) => [value]);
  if (depth > 6) return one(hostile);
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
      return fc.oneof(plausible(def.innerType!, depth + 1), fc.constant<string[]>([]));
    case "catch":
    case "readonly":
    case "nonoptional":
      return plausible(def.innerType!, depth + 1);
    case "pipe": {
      // z.preprocess: a transform first, then the schema that says what is accepted
      const first = defOf(def.in!);
      return first.type === "transform"
        ? plausible((def as unknown as { out: z.ZodType }).out, depth + 1)
        : plausible(def.in!, depth + 1);
    }
    case "enum":
      return one(fc.constantFrom(...Object.values(def.entries!).map(String)));
    case "literal":
      return one(fc.constantFrom(...def.values!.map(String)));
    case "boolean":
      return one(fc.constantFrom("on", "true"));
    case "array":
      return fc
        .array(plausible(def.element!, depth + 1), { maxLength: 3 })
        .map((values) => values.flat());
    case "number": {
      const checks = (def.checks ?? []).map((check) => check._zod.def);
      const min = checks.find((c) => c.check === "greater_than")?.value as number | undefined;
      const max = checks.find((c) => c.check === "less_than")?.value as number | undefined;
      return one(
        fc.integer({ min: Math.max(min ?? -5, -1e6), max: Math.min(max ?? 1e6, 1e6) }).map(String),
      );
    }
    case "string": {
      const checks = (def.checks ?? []).map((check) => check._zod.def);
      const pattern = checks.find((c) => c.format === "regex")?.pattern as RegExp | undefined;
      if (pattern) return one(fc.stringMatching(pattern));
      if (checks.some((c) => c.format === "email")) return one(fc.emailAddress());
      const minLength = Number(checks.find((c) => c.check === "min_length")?.minimum ?? 0);
      const maxLength = Number(checks.find((c) => c.check === "max_length")?.maximum ?? 200);
      return one(
        fc.string({
          minLength: Math.min(minLength, 300),
          maxLength: Math.min(Math.max(maxLength, minLength), 300),
        }),
      );
    }
    default:
      return one(hostile);
  }
}

const shapeOf = (schema: z.ZodType): boolean => {
  const def = defOf(schema);
  if (def.type === "union") return def.options?.every((option) => shapeOf(option)) ?? false;
  if (def.type === "pipe") return shapeOf(def.in!);
  return Boolean((schema as unknown as { shape?: unknown }).shape);
};

/** Plausible posts for a whole form schema (objects, and unions of objects). */
function plausibleForm(schema: z.ZodType): fc.Arbitrary<Record<string, string[]>> {
  const def = defOf(schema);
  if (def.type === "union" && def.options?.length)
    return fc.oneof(...def.options.map((option) => plausibleForm(option)));
  if (def.type === "pipe") return plausibleForm(def.in!);
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return plausible(schema).map((values) => ({ value: values }));
  return fc.record(
    Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, plausible(field)])),
  );
}

/** Posts: each of the schema's fields absent, once, or repeated, with hostile values. */
function hostileForm(schema: z.ZodType) {
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

/**
 * An accepted value as a form could post it again, in the ways forms post: lists as repeated
 * fields or as lines of one text area, true as a ticked box ("on") or "true", false as an
 * unticked box or "false". Empty when a part cannot be posted (a date computed from a local
 * time, say).
 */
function postedBack(
  value: unknown,
  original: Record<string, string[]>,
): Record<string, string[]>[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const variants = [
    { yes: ["on"], no: [] },
    { yes: ["true"], no: ["false"] },
  ] as const;
  const forms: Record<string, string[]>[] = [];
  for (const variant of variants) {
    const fields: Record<string, string[]> = {};
    let postable = true;
    for (const [name, field] of Object.entries(value)) {
      const items = Array.isArray(field) ? field : [field];
      const posted: string[] = [];
      for (const item of items) {
        if (item === undefined || item === null) continue;
        if (item === true) posted.push(...variant.yes);
        else if (item === false) posted.push(...variant.no);
        else if (typeof item === "string" || typeof item === "number") posted.push(String(item));
        else postable = false;
      }
      fields[name] =
        // a list the person typed as lines of one text area goes back the same way
        Array.isArray(field) && posted.length > 1 && original[name]?.length === 1
          ? [posted.join("\n")]
          : posted;
    }
    if (postable) forms.push(fields);
  }
  return forms;
}

/** Conform reads an empty field as absent, so a value trimmed to "" comes back as undefined. */
function withoutEmpty(value: unknown) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== "" && field !== undefined),
  );
}

const isKey = (message: string) => message in catalogs.en && message in catalogs.fr;

function expectBilingualRefusal(fields: Record<string, string[]>, schema: z.ZodType) {
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
}

describe.each(schemas)("$label", ({ label, schema }) => {
  it("never throws, and refuses in the person's language", () => {
    fc.assert(
      fc.property(fc.oneof(hostileForm(schema), plausibleForm(schema)), (fields) =>
        expectBilingualRefusal(fields, schema),
      ),
      { numRuns: 120 },
    );
    // whatever a loader or a CSV hands it, not only form data
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = schema.safeParse(input, { error: zodErrorMap("fr") });
        if (!result.success)
          for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it("accepts a value it accepted once, posted again, as the same value", () => {
    const examples = ACCEPTED_EXAMPLES[label.replace(/^.*\//, "")] ?? [];
    const form = shapeOf(schema)
      ? examples.length > 0
        ? fc.oneof(fc.constantFrom(...examples), plausibleForm(schema))
        : plausibleForm(schema)
      : null;
    let accepted = 0;
    if (!form) {
      // not a form: a single value (a field read on its own)
      fc.assert(
        fc.property(plausible(schema), (values) => {
          const first = schema.safeParse(values[0]);
          if (!first.success) return;
          accepted++;
          expect(schema.safeParse(first.data)).toEqual(first);
        }),
        { numRuns: 120 },
      );
    } else {
      fc.assert(
        fc.property(form, (fields) => {
          const first = parseFormData(toFormData(fields), "en", schema);
          if (first.status !== "success") return;
          accepted++;
          const again = NOT_POSTABLE_BACK[label.replace(/^.*\//, "")]
            ? [fields]
            : postedBack(first.value, fields);
          // a value with a part no form can post (a computed date): the same post, the same value
          const candidates = again.length > 0 ? again : [fields];
          const values = candidates.map((candidate) => {
            const second = parseFormData(toFormData(candidate), "en", schema);
            return second.status === "success" ? withoutEmpty(second.value) : second.error;
          });
          expect(values, JSON.stringify(first.value)).toContainEqual(withoutEmpty(first.value));
        }),
        { numRuns: 120 },
      );
    }
    expect(
      accepted,
      "no plausible post was accepted: add one to ACCEPTED_EXAMPLES",
    ).toBeGreaterThan(0);
  });
});
