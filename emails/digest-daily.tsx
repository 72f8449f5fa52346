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

type Data = EmailEventData["digest.daily"];

const COUNTS = ["awaitingTriage", "assignedToMe", "commentsOnMySections"] as const;

export function subject(language: EmailLocale, _data: Data): string {
  return subjectLine(language, "digest.daily.subject");
}

export function preview(language: EmailLocale, _data: Data): string {
  return emailTranslator(language)("digest.daily.preview");
}

/** The "stop these e-mails" link is in the footer (EmailLayout), from `unsubscribeUrl`. */
export function DigestDailyEmail({ language, data }: EmailBodyProps<"digest.daily">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("digest.daily.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>{t("digest.daily.intro")}</Paragraph>
      <List
        items={COUNTS.map((name) => ({
          key: name,
          content: t(`digest.daily.${name}.${pluralForm(language, data[name])}`, {
            count: formatNumber(language, data[name]),
          }),
        }))}
      />
      <Action language={language} href={data.dashboardUrl[language]}>
        {t("digest.daily.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
