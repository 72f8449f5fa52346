import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a byte-order mark and quotes every cell", () => {
    const csv = toCsv([
      ["Title", "Summary"],
      ['Le "guide"', "Ligne 1\nligne 2, suite"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF"Title","Summary"\r\n"Le ""guide""","Ligne 1\nligne 2, suite"\r\n');
  });

  it.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "neutralises a cell that a spreadsheet would run as a formula: %j",
    (value) => {
      expect(csvCell(value).startsWith(`"'`)).toBe(true);
    },
  );

  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(csvCell("Équateur")).toBe('"Équateur"');
    expect(csvCell(2019)).toBe('"2019"');
    expect(csvCell(null)).toBe('""');
  });
});
