import PDFDocument from "pdfkit";
import { translator } from "~/i18n/translate";
import { markdownBlocks, type Block, type Run } from "./review-export-blocks.server";
import type { ReviewDocument } from "./review-export.server";

// The PDF uses pdfkit's standard Helvetica: its WinAnsi encoding covers French (é, à, ç, œ,
// « », typographic quotes and apostrophes). The few spaces French typography uses that it
// lacks become non-breaking spaces (docs/decisions/013-review-exports.md).
const WINANSI_GAPS: Record<string, string> = {
  "\u202f": "\u00a0",
  "\u2009": "\u00a0",
  "\u2007": "\u00a0",
  "\u2011": "-",
  "\u2212": "-",
};
export function pdfSafe(text: string) {
  return text.replace(/[\u202f\u2009\u2007\u2011\u2212]/g, (c) => WINANSI_GAPS[c] ?? c);
}

/**
 * Writes "page N of M" at the foot of every page, once every page exists (the document is
 * created with `bufferPages: true`). The survey response PDF uses it too.
 */
export function numberPages(
  doc: PDFKit.PDFDocument,
  label: (page: number, total: number) => string,
) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor("black")
      .text(label(i + 1, range.count), doc.page.margins.left, doc.page.height - 48, {
        align: "center",
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      });
    doc.page.margins.bottom = bottom;
  }
}

const FONT = {
  regular: "Helvetica",
  bold: "Helvetica-Bold",
  italic: "Helvetica-Oblique",
  boldItalic: "Helvetica-BoldOblique",
  code: "Courier",
};
const BODY_SIZE = 11;
const HEADING_SIZES = [16, 14, 13, 12, 11, 11];

function fontOf(run: Run) {
  if (run.code) return FONT.code;
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic) return FONT.italic;
  return FONT.regular;
}

function writeRuns(doc: PDFKit.PDFDocument, runs: Run[], options: PDFKit.Mixins.TextOptions = {}) {
  const visible = runs.filter((run) => run.text.length > 0);
  if (visible.length === 0) return;
  visible.forEach((run, index) => {
    const last = index === visible.length - 1;
    doc.font(fontOf(run)).fillColor(run.href || run.citation ? "#1a4d8f" : "black");
    doc.text(pdfSafe(run.text), {
      ...(index === 0 ? options : {}),
      continued: !last,
      underline: Boolean(run.href),
      ...(run.href ? { link: run.href } : { link: null }),
      ...(run.citation !== undefined ? { goTo: `citation-${run.citation}` } : {}),
    });
  });
  doc.fillColor("black").font(FONT.regular);
}

function writeBlock(doc: PDFKit.PDFDocument, block: Block) {
  const left = doc.page.margins.left;
  if (block.kind === "heading") {
    doc.moveDown(0.5).fontSize(HEADING_SIZES[Math.min(block.level, 6) - 1]!);
    writeRuns(
      doc,
      block.runs.map((run) => ({ ...run, bold: true })),
    );
    doc.fontSize(BODY_SIZE).moveDown(0.3);
    return;
  }
  if (block.kind === "code") {
    doc
      .font(FONT.code)
      .fontSize(9)
      .text(pdfSafe(block.text), left + 18);
    doc.font(FONT.regular).fontSize(BODY_SIZE).moveDown(0.5);
    doc.x = left;
    return;
  }
  const indent = 18 * block.indent + (block.quote ? 18 : 0);
  const runs: Run[] = block.list
    ? [{ text: block.list.ordered ? `${block.list.index}. ` : "• " }, ...block.runs]
    : block.runs;
  doc.x = left + indent;
  writeRuns(doc, runs, { width: doc.page.width - left - doc.page.margins.right - indent });
  doc.x = left;
  doc.moveDown(block.list ? 0.2 : 0.6);
}

/** The review as a PDF: title page, contents, sections, annex of cited inputs, page numbers. */
export function reviewPdf(review: ReviewDocument): Promise<Buffer> {
  const t = translator(review.locale);
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    bufferPages: true,
    lang: review.locale === "fr" ? "fr-CA" : "en-CA",
    displayTitle: true,
    info: {
      Title: pdfSafe(`${review.title} — ${review.consultationTitle}`),
      Author: t("app.name"),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const heading = (number: number, title: string) =>
    pdfSafe(t("reviewPublication.document.sectionHeading", { number, title }));

  // Title page
  doc.font(FONT.bold).fontSize(24).text(pdfSafe(review.title), { align: "left" });
  doc.moveDown(1).font(FONT.regular).fontSize(16).text(pdfSafe(review.consultationTitle));
  doc.moveDown(1).fontSize(12).text(pdfSafe(review.period));
  if (review.dateLine) doc.text(pdfSafe(review.dateLine));

  // Contents
  doc.addPage();
  doc
    .font(FONT.bold)
    .fontSize(18)
    .text(pdfSafe(t("reviewPublication.document.contents")));
  doc.moveDown(0.5).font(FONT.regular).fontSize(12);
  for (const section of review.sections)
    doc.fillColor("#1a4d8f").text(heading(section.number, section.title), {
      goTo: `section-${section.number}`,
    });
  doc.text(pdfSafe(t("reviewPublication.document.annex")), { goTo: "annex" });
  doc.fillColor("black");

  // Sections
  for (const section of review.sections) {
    doc.addPage();
    doc.addNamedDestination(`section-${section.number}`);
    doc.font(FONT.bold).fontSize(18).text(heading(section.number, section.title));
    doc.moveDown(0.5).font(FONT.regular).fontSize(BODY_SIZE);
    for (const block of markdownBlocks(section.markdown, review.citationNumbers))
      writeBlock(doc, block);
  }

  // Annex
  doc.addPage();
  doc.addNamedDestination("annex");
  doc
    .font(FONT.bold)
    .fontSize(18)
    .text(pdfSafe(t("reviewPublication.document.annex")));
  doc
    .moveDown(0.5)
    .font(FONT.regular)
    .fontSize(BODY_SIZE)
    .text(
      pdfSafe(
        review.annex.length > 0
          ? t("reviewPublication.document.annexIntro")
          : t("reviewPublication.document.annexEmpty"),
      ),
    );
  doc.moveDown(0.5);
  for (const entry of review.annex) {
    doc.addNamedDestination(`citation-${entry.number}`);
    const runs: Run[] = [
      { text: `[${entry.number}] `, bold: true },
      { text: entry.title, italic: true },
      { text: `. ${entry.organization ?? t("reviewPublication.document.anonymous")}. ` },
      { text: `${t("reviewPublication.document.reference", { reference: entry.reference })}.` },
    ];
    if (entry.url) runs.push({ text: " " }, { text: entry.url, href: entry.url });
    writeRuns(doc, runs);
    doc.moveDown(0.4);
  }

  numberPages(doc, (page, total) => pdfSafe(t("reviewPublication.document.page", { page, total })));
  doc.end();
  return done;
}
