import PDFDocument from "pdfkit";
import { numberPages, pdfSafe } from "~/features/review/review-export-pdf.server";
import { formatDate, translator } from "~/i18n/translate";
import type { SubmittedCopy } from "./survey-response-copy.server";

// The same standard Helvetica as the review's PDF: its WinAnsi encoding covers French, and
// pdfSafe maps the few spaces it lacks (docs/decisions/013-review-exports.md).
const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";

/**
 * The organization's submitted response as a PDF, in the reader's language: title,
 * organization and submission date, then each section's questions with their answers, and
 * page numbers. Same content as the Word copy (`describeAnswers`).
 */
export function responsePdf(copy: SubmittedCopy): Promise<Buffer> {
  const t = translator(copy.locale);
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    bufferPages: true,
    lang: copy.locale === "fr" ? "fr-CA" : "en-CA",
    displayTitle: true,
    info: { Title: pdfSafe(`${copy.title} — ${copy.organization}`), Author: t("app.name") },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font(BOLD).fontSize(20).text(pdfSafe(copy.title));
  doc.moveDown(0.5).font(REGULAR).fontSize(12);
  doc.text(pdfSafe(`${t("surveys.print.organization")}: ${copy.organization}`));
  if (copy.submittedAt)
    doc.text(
      pdfSafe(t("surveys.copy.submittedOn", { date: formatDate(copy.locale, copy.submittedAt) })),
    );

  for (const section of copy.sections) {
    doc.moveDown(1).font(BOLD).fontSize(15).text(pdfSafe(section.title));
    for (const answer of section.answers) {
      doc.moveDown(0.6).font(BOLD).fontSize(11).text(pdfSafe(answer.question));
      doc.moveDown(0.2).font(REGULAR).fontSize(11);
      if (answer.lines.length === 0)
        doc
          .fillColor("#555555")
          .text(pdfSafe(t("surveys.print.notAnswered")))
          .fillColor("black");
      for (const line of answer.lines) doc.text(pdfSafe(line));
    }
  }

  numberPages(doc, (page, total) => pdfSafe(t("surveys.copy.page", { page, total })));
  doc.end();
  return done;
}
