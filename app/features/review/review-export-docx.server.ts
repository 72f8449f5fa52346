import {
  Bookmark,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { translator } from "~/i18n/translate";
import { markdownBlocks, type Block, type Run } from "./review-export-blocks.server";
import type { ReviewDocument } from "./review-export.server";

const HEADINGS = [
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
  HeadingLevel.HEADING_6,
] as const;

function runChildren(runs: Run[]): ParagraphChild[] {
  return runs.map((run) => {
    if (run.citation !== undefined)
      return new InternalHyperlink({
        anchor: `citation-${run.citation}`,
        children: [new TextRun({ text: run.text, superScript: true })],
      });
    const text = new TextRun({
      text: run.text,
      bold: run.bold ?? false,
      italics: run.italic ?? false,
      ...(run.code ? { font: "Courier New" } : {}),
      ...(run.href ? { style: "Hyperlink" } : {}),
    });
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}

function blockParagraph(block: Block): Paragraph {
  if (block.kind === "heading")
    return new Paragraph({
      heading: HEADINGS[Math.min(block.level, 6) - 1],
      children: runChildren(block.runs),
    });
  if (block.kind === "code")
    return new Paragraph({
      children: block.text
        .split("\n")
        .map((line, i) => new TextRun({ text: line, font: "Courier New", break: i > 0 ? 1 : 0 })),
    });
  const indent = { left: 360 * block.indent + (block.quote ? 360 : 0) };
  if (block.list && !block.list.ordered)
    return new Paragraph({
      bullet: { level: Math.min(block.list.level, 8) },
      children: runChildren(block.runs),
    });
  if (block.list?.ordered)
    return new Paragraph({
      indent,
      children: [new TextRun(`${block.list.index}. `), ...runChildren(block.runs)],
    });
  return new Paragraph({
    indent,
    children: runChildren(block.runs),
    ...(block.quote ? { style: "Quote" } : {}),
  });
}

/** The review as a Word document: title page, contents, sections, annex of cited inputs. */
export async function reviewDocx(review: ReviewDocument): Promise<Buffer> {
  const t = translator(review.locale);
  const language = review.locale === "fr" ? "fr-CA" : "en-CA";
  const heading = (number: number, title: string) =>
    t("reviewPublication.document.sectionHeading", { number, title });

  const titlePage = [
    new Paragraph({ text: review.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: review.consultationTitle, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: review.period }),
    new Paragraph({ text: review.dateLine }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({
      text: t("reviewPublication.document.contents"),
      heading: HeadingLevel.HEADING_1,
    }),
    ...review.sections.map(
      (section) =>
        new Paragraph({
          children: [
            new InternalHyperlink({
              anchor: `section-${section.number}`,
              children: [
                new TextRun({ text: heading(section.number, section.title), style: "Hyperlink" }),
              ],
            }),
          ],
        }),
    ),
    new Paragraph({
      children: [
        new InternalHyperlink({
          anchor: "annex",
          children: [
            new TextRun({ text: t("reviewPublication.document.annex"), style: "Hyperlink" }),
          ],
        }),
      ],
    }),
  ];
  const body = review.sections.flatMap((section) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [
        new Bookmark({
          id: `section-${section.number}`,
          children: [new TextRun(heading(section.number, section.title))],
        }),
      ],
    }),
    ...markdownBlocks(section.markdown, review.citationNumbers).map(blockParagraph),
  ]);
  const annex = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [
        new Bookmark({
          id: "annex",
          children: [new TextRun(t("reviewPublication.document.annex"))],
        }),
      ],
    }),
    new Paragraph({
      text:
        review.annex.length > 0
          ? t("reviewPublication.document.annexIntro")
          : t("reviewPublication.document.annexEmpty"),
    }),
    ...review.annex.map((entry) => {
      const parts: ParagraphChild[] = [
        new Bookmark({
          id: `citation-${entry.number}`,
          children: [new TextRun({ text: `[${entry.number}] `, bold: true })],
        }),
        new TextRun({ text: entry.title, italics: true }),
        new TextRun(`. ${entry.organization ?? t("reviewPublication.document.anonymous")}. `),
        new TextRun(
          `${t("reviewPublication.document.reference", { reference: entry.reference })}.`,
        ),
      ];
      if (entry.url)
        parts.push(
          new TextRun(" "),
          new ExternalHyperlink({
            link: entry.url,
            children: [new TextRun({ text: entry.url, style: "Hyperlink" })],
          }),
        );
      return new Paragraph({ children: parts });
    }),
  ];

  const document = new Document({
    title: `${review.title} — ${review.consultationTitle}`,
    creator: t("app.name"),
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: [{ children: [...titlePage, ...contents, ...body, ...annex] }],
  });
  return Packer.toBuffer(document);
}
