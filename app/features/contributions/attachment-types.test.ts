import { describe, expect, it } from "vitest";
import { checkAttachment, safeFileName } from "./attachment-types";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe("checkAttachment", () => {
  it("accepts a PDF named .pdf and an image named as what it is", () => {
    expect(checkAttachment("report.pdf", bytes("%PDF-1.7\n"))).toMatchObject({
      ok: true,
      type: { mediaType: "application/pdf" },
    });
    expect(
      checkAttachment("photo.PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest")),
    ).toMatchObject({ ok: true });
  });

  it("refuses a program renamed .pdf, an SVG, an empty file, and a PDF renamed .docx", () => {
    expect(
      checkAttachment(
        "invoice.pdf",
        bytes("MZ", [0x90, 0x00], "This program cannot be run in DOS mode"),
      ),
    ).toEqual({ ok: false, problem: "fileType" });
    expect(
      checkAttachment(
        "logo.svg",
        bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toEqual({ ok: false, problem: "fileType" });
    expect(checkAttachment("empty.pdf", new Uint8Array())).toEqual({
      ok: false,
      problem: "fileType",
    });
    expect(checkAttachment("report.docx", bytes("%PDF-1.4"))).toEqual({
      ok: false,
      problem: "fileType",
    });
  });

  it("refuses a file over 10 MB", () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(bytes("%PDF-1.7"));
    expect(checkAttachment("big.pdf", big)).toEqual({ ok: false, problem: "fileSize" });
  });
});

describe("safeFileName", () => {
  it("drops paths, control and bidi characters", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\temp\\rapport\u202Efdp.exe")).toBe("rapport_fdp.exe");
    expect(safeFileName("")).toBe("file");
  });
});
