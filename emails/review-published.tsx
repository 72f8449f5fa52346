import { Action, Greeting, List, Paragraph, Signature, Title } from "./components/parts";
import { formatNumber } from "./components/format";
import type { EmailEventData } from "./events";
import {
  emailTranslator,
  pluralForm,
  subjectLine,
  type EmailBodyProps,
  type EmailLocale,
} from "./translate";

type Data = EmailEventData["review.published"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "review.published.subject", {
    review: data.reviewTitle[language],
  });
}

export function preview(language: EmailLocale, _data: Data): string {
  return emailTranslator(language)("review.published.preview");
}

/** "You said, we did": where each of the recipient's inputs was used, by reference number. */
export function ReviewPublishedEmail({ language, data }: EmailBodyProps<"review.published">) {
  const t = emailTranslator(language);
  const count = data.citations.length;
  return (
    <>
      <Title>{t("review.published.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>{t("review.published.body", { review: data.reviewTitle[language] })}</Paragraph>
      {count === 0 ? (
        <Paragraph>{t("review.published.citations.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t(`review.published.citations.${pluralForm(language, count)}`)}</Paragraph>
          <List
            items={data.citations.map((citation) => ({
              key: `${citation.reference}-${citation.sectionNumber}`,
              content: t("review.published.citation", {
                reference: citation.reference,
                number: formatNumber(language, citation.sectionNumber),
                section: citation.sectionTitle[language],
              }),
            }))}
          />
        </>
      )}
      <Action language={language} href={data.reviewUrl[language]}>
        {t("review.published.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
