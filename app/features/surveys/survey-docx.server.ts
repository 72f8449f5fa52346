import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import type { describeAnswers } from "./survey-answer-text";

/** The organization's submitted response as a Word document, in the reader's language. */
export async function responseDocx(
  title: string,
  organization: string,
  sections: ReturnType<typeof describeAnswers>,
  locale: Locale,
): Promise<Buffer> {
  const t = translator(locale);
  const language = { value: locale === "fr" ? "fr-CA" : "en-CA" };
  const document = new Document({
    title,
    creator: t("app.name"),
    styles: { default: { document: { run: { language } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: `${t("surveys.print.organization")}: ${organization}` }),
          ...sections.flatMap((section) => [
            new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }),
            ...section.answers.flatMap((answer) => [
              new Paragraph({ text: answer.question, heading: HeadingLevel.HEADING_2 }),
              ...(answer.lines.length === 0 ? [t("surveys.print.notAnswered")] : answer.lines).map(
                (line) => new Paragraph({ children: [new TextRun({ text: line })] }),
              ),
            ]),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
