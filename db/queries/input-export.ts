import type { Readable } from "node:stream";
import { Transform, type TransformCallback } from "node:stream";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";
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
  /** write the consultation id into the text (COPY takes no parameters); checked to be an integer */
  inline?: boolean;
}) {
  const consultation = (id: number) => {
    if (!options.inline) return sql`${id}`;
    if (!Number.isSafeInteger(id)) throw new Error("consultation id must be an integer");
    return sql.raw(String(id));
  };
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
      ${options.consultationId === undefined ? sql`` : sql`and i.consultation_id = ${consultation(options.consultationId)}`}
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
const csvLineSql = (columns: string[]) =>
  sql.raw(`${columns.map(csvCellSql).join(` || ',' || `)} || chr(13) || chr(10)`);

export async function listInputCsvLines(
  db: Database,
  columns: string[],
  options: { consultationId?: number | undefined; after: number; limit: number },
): Promise<Array<{ id: number; line: string }>> {
  const result = await db.execute(sql`
    select s.id, ${csvLineSql(columns)} as line
    from (${inputExportSelect(options)}) s
    order by s.id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    id: number | string;
    line: string;
  }>;
  return rows.map((row) => ({ id: Number(row.id), line: row.line }));
}

/** The postgres.js client behind `db`, or null on PGlite (which has no COPY … TO STDOUT stream). */
function postgresClient(db: Database): postgres.Sql | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return typeof client === "function" && typeof (client as postgres.Sql).reserve === "function"
    ? (client as postgres.Sql)
    : null;
}

/** The COPY statement (text, no parameters) the PostgreSQL export streams; the bench times it. */
export function inputCsvCopyStatement(
  columns: string[],
  options: { consultationId?: number | undefined } = {},
): string {
  const select: SQL = sql`select ${csvLineSql(columns)} as line
    from (${inputExportSelect({ consultationId: options.consultationId, inline: true })}) s
    order by s.id`;
  const query = new PgDialect().sqlToQuery(select);
  if (query.params.length > 0) throw new Error("COPY takes no parameters");
  return `copy (${query.sql}) to stdout with (format binary)`;
}

// COPY's binary format frames each row (field count, then length and bytes of the one text
// field); text or CSV format would escape or re-quote the line PostgreSQL already wrote.
// This strips the framing so the output is exactly the lines, byte for byte.
const SIGNATURE_LENGTH = 11;
class CopyBinaryLines extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private headerDone = false;
  private ended = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    let buffer = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let offset = 0;
    if (!this.headerDone) {
      if (buffer.length < SIGNATURE_LENGTH + 8) {
        this.pending = buffer;
        return callback();
      }
      const extension = buffer.readUInt32BE(SIGNATURE_LENGTH + 4);
      if (buffer.length < SIGNATURE_LENGTH + 8 + extension) {
        this.pending = buffer;
        return callback();
      }
      offset = SIGNATURE_LENGTH + 8 + extension;
      this.headerDone = true;
    }
    const lines: Buffer[] = [];
    while (!this.ended && buffer.length - offset >= 2) {
      const fields = buffer.readInt16BE(offset);
      if (fields === -1) {
        this.ended = true;
        offset += 2;
        break;
      }
      if (buffer.length - offset < 6) break;
      const length = buffer.readInt32BE(offset + 2);
      if (length < 0) {
        // a NULL line cannot happen (every cell is coalesced), but skip it rather than fail
        offset += 6;
        continue;
      }
      if (buffer.length - offset < 6 + length) break;
      lines.push(buffer.subarray(offset + 6, offset + 6 + length));
      offset += 6 + length;
    }
    buffer = buffer.subarray(offset);
    this.pending = buffer.length > 0 ? Buffer.from(buffer) : Buffer.alloc(0);
    callback(null, lines.length > 0 ? Buffer.concat(lines) : undefined);
  }
}

/**
 * On PostgreSQL, the export's lines as one `COPY (…) TO STDOUT` stream (the same lines as
 * `listInputCsvLines`, one statement instead of a query per batch); null on PGlite. The copy
 * runs on a reserved connection without the pool's statement timeout (an export of a million
 * inputs takes longer); destroying the returned stream cancels the statement and returns
 * the connection to the pool. Back-pressure reaches the socket: postgres.js pauses it while
 * the reader does not read.
 */
export async function copyInputCsvLines(
  db: Database,
  columns: string[],
  options: { consultationId?: number | undefined } = {},
): Promise<Readable | null> {
  const client = postgresClient(db);
  if (!client) return null;
  const statement = inputCsvCopyStatement(columns, options);
  const reserved = await client.reserve();
  let source: Readable;
  const query = reserved.unsafe(statement);
  try {
    await reserved`set statement_timeout = '30min'`;
    source = await query.readable();
  } catch (error) {
    await reserved`reset statement_timeout`.catch(() => {});
    reserved.release();
    throw error;
  }
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    // postgres.js pauses its socket when a chunk fills the stream and resumes it only from
    // the stream's read(). When the last CopyData (or the cancel's error) arrives in the
    // same chunk as the end of the COPY, the stream ends with the socket paused and every
    // later query on the connection waits forever (porsager/postgres#499, fix proposed in
    // #1016). The stream's own read() is that resume; call it once more.
    source._read(0);
    await reserved`reset statement_timeout`.catch(() => {});
    reserved.release();
  };
  let finished = false;
  source.once("end", () => {
    finished = true;
  });
  const lines = new CopyBinaryLines({ highWaterMark: 64 * 1024 });
  source.on("error", (error) => lines.destroy(error));
  source.pipe(lines);
  lines.once("close", () => {
    if (finished || source.destroyed) {
      void release();
      return;
    }
    // The reader gave up: cancel the statement, drain what is in flight, and only then give
    // the connection back.
    source.unpipe(lines);
    source.on("error", () => {});
    source.once("close", () => void release());
    source.once("end", () => void release());
    // postgres.js marks a COPY inactive once it streams and would not send the cancel request
    // (a separate socket carrying the backend's key: no pool connection is needed for it).
    (query as unknown as { active: boolean }).active = true;
    void Promise.resolve(query.cancel())
      .catch(() => {})
      .then(() => source.resume());
  });
  return lines;
}
