import type { Readable } from "node:stream";
import type { Database } from "../../../db/client";
import {
  copyInputCsvLines,
  listInputCsvLines,
  type ExportedInput,
} from "../../../db/queries/input-export";
import { translator, type MessageKey } from "../../i18n/translate";
import type { Locale } from "../../i18n/locale";
import { csvCell } from "./csv";

// Every submitted input of a consultation (or of all), as CSV, streamed. On PostgreSQL one
// `COPY (…) TO STDOUT` statement writes the lines; on PGlite batches of BATCH rows are read by
// primary key, each written before the next is read. Both write the same bytes, and memory
// stays flat however many inputs there are (docs/performance.md: 1,000,000 inputs). Staff
// only: it holds every organization's name whatever the consent; the open-data exports are
// the public ones.

export const EXPORT_BATCH = 10_000;

const COLUMNS: Array<keyof ExportedInput> = [
  "reference",
  "consultation",
  "kind",
  "status",
  "language",
  "consent",
  "organization",
  "category",
  "jurisdiction",
  "submittedAt",
  "publishedAt",
  "title",
  "summary",
  "body",
  "objectives",
];

/** The BOM and the header line, column names in `language`. */
export function inputsCsvHeader(language: Locale = "en") {
  const t = translator(language);
  const names = COLUMNS.map((key) => t(`inputsCsv.column.${key}` as MessageKey));
  return `\uFEFF${names.map((name) => csvCell(name)).join(",")}\r\n`;
}

export function inputsCsvLine(input: ExportedInput) {
  return `${COLUMNS.map((key) => csvCell(input[key])).join(",")}\r\n`;
}

export interface InputsCsvOptions {
  consultationId?: number | undefined;
  /** language of the header line (the cells are data: codes, names, original text) */
  language?: Locale;
  /** rows per batch on the keyset path */
  batch?: number;
  /** "keyset" forces the batch path on PostgreSQL too (tests and bench compare the two) */
  path?: "auto" | "keyset";
}

/**
 * The export as a byte stream: COPY on PostgreSQL, keyset batches elsewhere. Nothing is read
 * ahead of the reader by more than one chunk (COPY) or one batch (keyset), so back-pressure
 * reaches the database; cancelling the stream cancels the COPY.
 */
export function streamInputsCsv(
  db: Database,
  options: InputsCsvOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const header = encoder.encode(inputsCsvHeader(options.language));
  let lines: Readable | null = null;
  let copy: AsyncIterator<Buffer> | null = null;
  let keyset: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        lines =
          options.path === "keyset"
            ? null
            : await copyInputCsvLines(db, COLUMNS, { consultationId: options.consultationId });
        // A reader that left while the COPY was starting: give its connection back at once.
        if (cancelled) return void lines?.destroy();
        if (lines) copy = lines[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        else keyset = keysetLines(db, options).getReader();
        controller.enqueue(header);
      },
      async pull(controller) {
        const { value, done } = copy ? await copy.next() : await keyset!.read();
        if (done) controller.close();
        else controller.enqueue(value as Uint8Array);
      },
      async cancel(reason) {
        cancelled = true;
        // Destroy the lines themselves, not only their iterator: a reader may cancel before
        // the first pull, and an iterator never started ignores return(), which would leave
        // the COPY holding its connection (the stream's own close is what releases it).
        lines?.destroy();
        if (keyset) await keyset.cancel(reason);
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * The lines by keyset batches. While one batch is handed to the reader, the next is already
 * being read (one batch ahead, never more): the database and Node work at the same time.
 */
function keysetLines(db: Database, options: InputsCsvOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batch = options.batch ?? EXPORT_BATCH;
  const read = (after: number) =>
    listInputCsvLines(db, COLUMNS, { consultationId: options.consultationId, after, limit: batch });
  let next: Promise<Array<{ id: number; line: string }>> | null = null;
  return new ReadableStream<Uint8Array>(
    {
      start() {
        next = read(0);
        // A failed read before the reader asks is reported when it asks, not unhandled.
        next.catch(() => {});
      },
      async pull(controller) {
        if (!next) return;
        const rows = await next;
        next = rows.length === batch ? read(rows[rows.length - 1]!.id) : null;
        next?.catch(() => {});
        if (rows.length > 0)
          controller.enqueue(encoder.encode(rows.map((row) => row.line).join("")));
        if (!next) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
