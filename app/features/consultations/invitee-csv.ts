// Reading a coordinator's contact list: plain CSV in, one verdict per row out. Pure: the
// preview and the import both call it, so what was previewed is what is imported.
import { z } from "zod";

export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 2000;

export const CSV_COLUMNS = [
  "email",
  "name",
  "organization",
  "stakeholder_category",
  "province_territory",
  "language",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

export const JURISDICTIONS = [
  "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
  "national", "international",
] as const; // prettier-ignore
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface CategoryChoice {
  id: number;
  key: string;
  nameEn: string;
  nameFr: string;
}

/** Lower case, accents and ligatures folded: "Société" and "societe" are one name. */
export function foldName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/\s+/g, " ")
    .trim();
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(source: string): string[][] {
  const text = source.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((cell) => cell.trim() !== ""));
}

const LANGUAGES: Record<string, "en" | "fr"> = {
  en: "en",
  english: "en",
  anglais: "en",
  fr: "fr",
  french: "fr",
  francais: "fr",
};

/** One row of an invitee CSV, for the categories the consultation offers. */
export function rowSchema(categories: CategoryChoice[]) {
  const byName = new Map<string, number>();
  for (const category of categories)
    for (const name of [category.key, category.nameEn, category.nameFr])
      byName.set(foldName(name), category.id);
  const cell = (max: number) =>
    z
      .string()
      .transform((value) => value.normalize("NFC").trim())
      .pipe(
        z
          .string()
          .min(1, "consultations.csv.error.required")
          .max(max, "consultations.csv.error.tooLong"),
      );
  return z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email("consultations.csv.error.email").max(254, "consultations.csv.error.tooLong")),
    name: cell(200),
    organization: cell(200),
    stakeholder_category: z.string().transform((value, ctx) => {
      const categoryId = byName.get(foldName(value));
      if (categoryId === undefined) {
        ctx.addIssue({ code: "custom", message: "consultations.csv.error.category" });
        return z.NEVER;
      }
      return categoryId;
    }),
    province_territory: z.string().transform((value, ctx) => {
      const trimmed = value.trim();
      const found = JURISDICTIONS.find((code) => code.toLowerCase() === trimmed.toLowerCase());
      if (!found) {
        ctx.addIssue({ code: "custom", message: "consultations.csv.error.province" });
        return z.NEVER;
      }
      return found;
    }),
    language: z.string().transform((value, ctx) => {
      const folded = foldName(value);
      if (folded === "") return null;
      const language = LANGUAGES[folded];
      if (!language) {
        ctx.addIssue({ code: "custom", message: "consultations.csv.error.language" });
        return z.NEVER;
      }
      return language;
    }),
  });
}

export type InviteeRow = z.infer<ReturnType<typeof rowSchema>>;

export interface RowVerdict {
  /** the line in the file, counting the header as line 1 */
  line: number;
  cells: Record<Column, string>;
  contact: InviteeRow | null;
  errors: Array<{ column: Column | null; message: string }>;
}

export type CsvReading =
  | { ok: true; rows: RowVerdict[] }
  | {
      ok: false;
      error: "tooLarge" | "tooManyRows" | "empty" | "missingColumns";
      missing?: string[];
    };

/**
 * Validates every row against the columns and the known stakeholder categories. Cells are
 * kept as text, never evaluated: "=SUM(A1)" is just a name that looks odd.
 */
export function readInviteeCsv(source: string, categories: CategoryChoice[]): CsvReading {
  if (new TextEncoder().encode(source).length > MAX_CSV_BYTES)
    return { ok: false, error: "tooLarge" };
  const records = parseCsv(source);
  const [header, ...body] = records;
  if (!header) return { ok: false, error: "empty" };
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: "missingColumns", missing };
  if (body.length === 0) return { ok: false, error: "empty" };
  if (body.length > MAX_CSV_ROWS) return { ok: false, error: "tooManyRows" };
  const schema = rowSchema(categories);
  const seen = new Set<string>();
  const rows = body.map((record, index): RowVerdict => {
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((column) => [column, (record[names.indexOf(column)] ?? "").slice(0, 1000)]),
    ) as Record<Column, string>;
    const parsed = schema.safeParse(cells);
    const line = index + 2;
    if (!parsed.success) {
      return {
        line,
        cells,
        contact: null,
        errors: parsed.error.issues.map((issue) => ({
          column: (issue.path[0] as Column | undefined) ?? null,
          message: issue.message,
        })),
      };
    }
    if (seen.has(parsed.data.email))
      return {
        line,
        cells,
        contact: null,
        errors: [{ column: "email", message: "consultations.csv.error.duplicate" }],
      };
    seen.add(parsed.data.email);
    return { line, cells, contact: parsed.data, errors: [] };
  });
  return { ok: true, rows };
}
