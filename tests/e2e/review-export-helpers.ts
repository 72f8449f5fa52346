import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { Page } from "@playwright/test";

// Reading the review's exports back as text, the way a person would read the file: the Word
// document's paragraphs and the PDF's text layer.

/** The text of a .docx: word/document.xml found in the zip, one line per paragraph. */
export function docxText(docx: Buffer): string {
  const name = Buffer.from("word/document.xml");
  let offset = docx.indexOf(name);
  while (offset > 0) {
    const header = offset - 30;
    if (docx.readUInt32LE(header) === 0x04034b50) {
      const method = docx.readUInt16LE(header + 8);
      const size = docx.readUInt32LE(header + 18);
      const start = header + 30 + docx.readUInt16LE(header + 26) + docx.readUInt16LE(header + 28);
      const data = docx.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data)
        .toString("utf8")
        .replace(/<\/w:p>/g, "\n")
        .replace(/<[^>]+>/g, "")
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    }
    offset = docx.indexOf(name, offset + 1);
  }
  throw new Error("word/document.xml not found");
}

/** The text layer of a PDF, page after page (pdfjs-dist). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = "";
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    text += content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
      .join("");
    text += "\n";
  }
  return text.replace(/[ \t]+/g, " ");
}

/** Follows a download link of the page (its context needs acceptDownloads) and reads the file. */
export async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!);
}
