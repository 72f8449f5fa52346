import type { Database } from "../../../db/client";
import { listInputCsvLines, type ExportedInput } from "../../../db/queries/input-export";
import { csvCell } from "./csv";

// Every submitted input of a consultation (or of all), as CSV, streamed: batches of BATCH rows
// read by primary key, each written before the next is read. Memory stays flat however many
// inputs there are (docs/performance.md: 1,000,000 inputs). Staff only: it holds every
// organization's name whatever the consent; the open-data exports are the public ones.

export const EXPORT_BATCH = 10_000;

const COLUMNS: Array<[keyof ExportedInput, string]> = [
  ["reference", "reference"],
  ["consultation", "consultation"],
  ["kind", "kind"],
  ["status", "status"],
  ["language", "language"],
  ["consent", "publication_consent"],
  ["organization", "organization"],
  ["category", "stakeholder_category"],
  ["jurisdiction", "jurisdiction"],
  ["submittedAt", "submitted_at"],
  ["publishedAt", "published_at"],
  ["title", "title"],
  ["summary", "summary"],
  ["body", "body"],
  ["objectives", "objectives"],
];

export function inputsCsvHeader() {
  return `\uFEFF${COLUMNS.map(([, name]) => csvCell(name)).join(",")}\r\n`;
}

export function inputsCsvLine(input: ExportedInput) {
  return `${COLUMNS.map(([key]) => csvCell(input[key])).join(",")}\r\n`;
}

/**
 * The export as a byte stream. While one batch is turned into CSV and handed to the reader,
 * the next is already being read (one batch ahead, never more): the database and Node work
 * at the same time, and back-pressure still reaches the database.
 */
export function streamInputsCsv(
  db: Database,
  options: { consultationId?: number | undefined; batch?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batch = options.batch ?? EXPORT_BATCH;
  const columns = COLUMNS.map(([key]) => key);
  const read = (after: number) =>
    listInputCsvLines(db, columns, { consultationId: options.consultationId, after, limit: batch });
  let next: Promise<Array<{ id: number; line: string }>> | null = null;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        next = read(0);
        // A failed read before the reader asks is reported when it asks, not unhandled.
        next.catch(() => {});
        controller.enqueue(encoder.encode(inputsCsvHeader()));
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
    { highWaterMark: 1 },
  );
}
