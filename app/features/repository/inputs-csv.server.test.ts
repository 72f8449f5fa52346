import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFor } from "../../../bench/lib/database";
import { generateConsultationData } from "../../../bench/lib/synthetic";
import { seedDatabase } from "../../../seeds/seed";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import { csvCell } from "./csv";
import { copyInputCsvLines } from "../../../db/queries/input-export";
import { inputsCsvHeader, streamInputsCsv } from "./inputs-csv.server";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db, { demo: true, publicUrl: "http://localhost" });
  await generateConsultationData(execFor(database), { inputs: 300, consultations: 3 });
}, 60_000);

afterAll(async () => {
  await database.destroy();
});

async function readAll(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  let chunks = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { text, chunks };
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
}

const exec = (statement: string) => execFor(database)(statement);

describe("streamInputsCsv", () => {
  it("writes every submitted input once, in batches, with its original text", async () => {
    const { text, chunks } = await readAll(
      streamInputsCsv(database.db, { batch: 7, path: "keyset" }),
    );
    const lines = text.split("\r\n").filter((line) => line.length > 0);
    const [expected] = await exec(`select count(*)::int as n from inputs where status <> 'draft'`);
    expect(lines.length - 1).toBe(Number(expected!.n));
    expect(chunks).toBeGreaterThan(Number(expected!.n) / 7);
    const references = lines.slice(1).map((line) => line.split(",")[0]);
    expect(new Set(references).size).toBe(references.length);
    const [sample] = await exec(`select i.reference, t.title from inputs i
      join input_texts t on t.input_id = i.id and t.language = i.language
      where i.status = 'submitted' and i.import_key like 'scale-%' order by i.id desc limit 1`);
    const line = lines.find((l) => l.startsWith(`"${sample!.reference as string}"`));
    expect(line).toContain(`"${sample!.title as string}"`);
    expect(lines[0]!.startsWith('\uFEFF"reference","consultation"')).toBe(true);
  });

  it("exports one consultation only when asked, and never drafts", async () => {
    const [consultation] = await exec(
      `select id, slug from consultations order by id desc limit 1`,
    );
    const { text } = await readAll(
      streamInputsCsv(database.db, { consultationId: Number(consultation!.id), batch: 50 }),
    );
    const rows = text.split("\r\n").slice(1, -1);
    const [expected] = await exec(`select count(*)::int as n from inputs
      where consultation_id = ${Number(consultation!.id)} and status <> 'draft'`);
    expect(rows.length).toBe(Number(expected!.n));
    expect(rows.every((row) => row.includes(`"${consultation!.slug as string}"`))).toBe(true);
    expect(rows.some((row) => row.includes('"draft"'))).toBe(false);
  });
});

describe("the lines the database writes", () => {
  it("match csvCell for quotes, formulas and empty values", async () => {
    const { listInputCsvLines } = await import("../../../db/queries/input-export");
    const [row] = await exec(`select id from inputs where status <> 'draft' order by id limit 1`);
    const id = Number(row!.id);
    await exec(`update input_texts set title = '=HYPERLINK("x")', summary = null
      where input_id = ${id}`);
    const [line] = await listInputCsvLines(database.db, ["title", "summary", "reference"], {
      after: id - 1,
      limit: 1,
    });
    const [expected] = await exec(`select reference from inputs where id = ${id}`);
    expect(line!.line).toBe(
      `${csvCell('=HYPERLINK("x")')},${csvCell(null)},${csvCell(expected!.reference as string)}\r\n`,
    );
  });
});

describe("COPY and keyset batches", () => {
  it("write the same bytes, headers in the asked language", async () => {
    const [row] = await exec(
      `select id from inputs where status <> 'draft' order by id desc limit 1`,
    );
    // Quotes, a formula, line breaks, a tab, a backslash and accents in one text.
    await exec(`update input_texts set title = '+SUM(A1) "é" \\ ' || chr(9) || 'x',
      body = 'line one' || chr(13) || chr(10) || 'line "two"', summary = null
      where input_id = ${Number(row!.id)}`);
    const [consultation] = await exec(`select consultation_id as id from inputs
      where id = ${Number(row!.id)}`);
    for (const options of [
      { language: "fr" as const },
      { language: "en" as const, consultationId: Number(consultation!.id) },
    ]) {
      const auto = await readAll(streamInputsCsv(database.db, options));
      const keyset = await readAll(streamInputsCsv(database.db, { ...options, path: "keyset" }));
      expect(auto.text).toBe(keyset.text);
      expect(auto.text.startsWith(inputsCsvHeader(options.language))).toBe(true);
      expect(auto.text).toContain(`"'+SUM(A1) ""é"" \\ \tx"`);
      expect(auto.text).toContain(`"line one\r\nline ""two"""`);
    }
    expect(inputsCsvHeader("fr")).toContain('"référence","consultation","type","statut"');
    // On PostgreSQL the first path is COPY; PGlite has none and takes the batches.
    const copy = await copyInputCsvLines(database.db, ["reference"]);
    expect(copy !== null).toBe(database.driver === "postgres");
    copy?.destroy();
  });

  it("gives the connection back when the reader stops early", async () => {
    // The test pool has 5 connections: one leaked, or left deaf, per abandoned export would
    // stall a later one. Readers stop after 1 to 4 reads: before the first pull (the header
    // only), mid-COPY, and after the COPY has ended with chunks still unread.
    // And readers that leave while the COPY is still starting, before any read.
    for (let i = 0; i < 6; i++) await streamInputsCsv(database.db).cancel();
    for (let i = 0; i < 24; i++) {
      const reader = streamInputsCsv(database.db, { batch: 7 }).getReader();
      for (let read = 0; read <= i % 4; read++) await reader.read();
      await reader.cancel();
    }
    const [row] = await exec(`select count(*)::int as n from inputs`);
    expect(Number(row!.n)).toBeGreaterThan(0);
    for (let i = 0; i < 6; i++) {
      const { text } = await readAll(streamInputsCsv(database.db, { language: "en" }));
      expect(text.startsWith(inputsCsvHeader("en"))).toBe(true);
    }
  });
});
