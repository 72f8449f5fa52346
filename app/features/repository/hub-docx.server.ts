import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Locale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import type { HubExport } from "./hub-export.server";

/** The Hub export as a Word document: one heading per field, in the requested language. */
export async function hubDocx(hub: HubExport, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const docLanguage = locale === "fr" ? "fr-CA" : "en-CA";
  const textLanguage = hub.textLanguage === "fr" ? "fr-CA" : "en-CA";
  // French typography puts a space before the colon.
  const label = (text: string) => `${text}${locale === "fr" ? "\u00a0: " : ": "}`;
  const notProvided = t("repository.hub.notProvided");
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const paragraph = (text: string | null | undefined, language = docLanguage) =>
    new Paragraph({
      children: [new TextRun({ text: text || notProvided, language: { value: language } })],
    });
  const bullets = (items: string[]) =>
    items.length === 0
      ? [paragraph(null)]
      : items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
  const period = [hub.dates.start, hub.dates.end].filter(Boolean).join(" – ");
  const geography = [hub.geography.scopeLabel, hub.geography.regions.join(", ")]
    .filter(Boolean)
    .join(" — ");

  const document = new Document({
    title: hub.title,
    description: t("repository.hub.heading"),
    creator: t("app.name"),
    styles: { default: { document: { run: { language: { value: docLanguage } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: t("repository.hub.heading"), heading: HeadingLevel.TITLE }),
          heading(t("repository.hub.title")),
          paragraph(hub.title, textLanguage),
          ...(hub.textLanguage && hub.textLanguage !== locale
            ? [
                paragraph(
                  t("repository.hub.originalLanguage", {
                    language: t(`language.${hub.textLanguage}`),
                  }),
                ),
              ]
            : []),
          heading(t("repository.hub.type")),
          paragraph(t("repository.hub.typePractice")),
          heading(t("repository.hub.objectives")),
          ...bullets(hub.objectives.map((o) => `${o.number}. ${o.title}`)),
          heading(t("repository.hub.principles")),
          ...bullets(hub.guidingPrinciples.map((p) => p.title)),
          heading(t("repository.hub.dates")),
          paragraph(period),
          heading(t("repository.hub.geography")),
          paragraph(geography),
          heading(t("repository.hub.summary")),
          paragraph(hub.summary, textLanguage),
          heading(t("repository.hub.collaborators")),
          new Paragraph({
            children: [
              new TextRun({ text: label(t("repository.hub.leadOrganization")), bold: true }),
              new TextRun(hub.collaborators.leadOrganization ?? t("practice.anonymous")),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: label(t("repository.hub.partners")), bold: true }),
              new TextRun(hub.collaborators.partners.join(", ") || notProvided),
            ],
          }),
          heading(t("repository.hub.benefit")),
          paragraph(hub.benefitAndImpact, textLanguage),
          heading(t("repository.hub.source")),
          paragraph(`${label(t("repository.hub.reference"))}${hub.reference}`),
          paragraph(hub.url),
          paragraph(`${hub.licence} (${hub.licenceUrl})`),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
