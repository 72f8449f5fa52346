import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** One input as the staff CSV export writes it: its original-language text and tags. */
export interface ExportedInput {
  id: number;
  reference: string;
  consultation: string;
  kind: string;
  status: string;
  language: string;
  consent: string;
  organization: string;
  category: string;
  jurisdiction: string;
  submittedAt: string | null;
  publishedAt: string | null;
  title: string | null;
  summary: string | null;
  body: string | null;
  objectives: string | null;
}

/**
 * The SELECT the export reads, shared with bench/csv-export.ts (which runs the same rows
 * through COPY … TO STDOUT to measure the export against it). `after` is the last id read:
 * keyset pagination by primary key, so every batch costs the same however far in it is.
 */
export function inputExportSelect(options: {
  consultationId?: number | undefined;
  after?: number;
  limit?: number;
}) {
  return sql`
    select i.id, i.reference, c.slug as consultation, i.kind::text as kind, i.status::text as status,
      i.language::text as language, i.publication_consent::text as consent,
      o.name_en as organization, sc.key as category, o.jurisdiction,
      to_char(i.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "submittedAt",
      to_char(i.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt",
      t.title, t.summary, t.body,
      (select string_agg(distinct ob.number::text, ' ')
         from input_objectives io join objectives ob on ob.id = io.objective_id
         where io.input_id = i.id) as objectives
    from inputs i
    join consultations c on c.id = i.consultation_id
    join organizations o on o.id = i.organization_id
    join stakeholder_categories sc on sc.id = o.stakeholder_category_id
    left join input_texts t on t.input_id = i.id and t.language = i.language
    where i.status <> 'draft'
      ${options.consultationId === undefined ? sql`` : sql`and i.consultation_id = ${options.consultationId}`}
      ${options.after === undefined ? sql`` : sql`and i.id > ${options.after}`}
    order by i.id
    ${options.limit === undefined ? sql`` : sql`limit ${options.limit}`}`;
}

/** The next batch of submitted inputs after `after` (0 for the first). */
export async function listInputsForExport(
  db: Database,
  options: { consultationId?: number | undefined; after: number; limit: number },
): Promise<ExportedInput[]> {
  const result = await db.execute(inputExportSelect(options));
  // postgres.js returns the rows; PGlite returns { rows }.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
    Record<string, unknown>
  >;
  return rows.map((row) => ({ ...row, id: Number(row.id) }) as unknown as ExportedInput);
}

// One CSV cell as app/features/repository/csv.ts writes it: quoted, quotes doubled, a value
// a spreadsheet would run as a formula prefixed with an apostrophe.
const FORMULA_START = `'^[=+@' || chr(9) || chr(13) || '-]'`;
const csvCellSql = (column: string) =>
  `'"' || replace(case when s."${column}" ~ (${FORMULA_START}) then '''' || s."${column}"
    else coalesce(s."${column}"::text, '') end, '"', '""') || '"'`;

/**
 * The next batch as ready-made CSV lines (CRLF-terminated) in the given column order: the
 * database formats while Node only forwards text, which keeps the export near COPY's speed.
 */
export async function listInputCsvLines(
  db: Database,
  columns: string[],
  options: { consultationId?: number | undefined; after: number; limit: number },
): Promise<Array<{ id: number; line: string }>> {
  const line = columns.map(csvCellSql).join(` || ',' || `);
  const result = await db.execute(sql`
    select s.id, ${sql.raw(line)} || chr(13) || chr(10) as line
    from (${inputExportSelect(options)}) s
    order by s.id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    id: number | string;
    line: string;
  }>;
  return rows.map((row) => ({ id: Number(row.id), line: row.line }));
}
