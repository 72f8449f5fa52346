import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDate, formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["reminder.due"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "reminder.due.subject", {
    consultation: data.consultationTitle[language],
    date: formatDate(language, data.closesAt),
  });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("reminder.due.preview", {
    date: formatDateTime(language, data.closesAt),
  });
}

/** The "stop these e-mails" link is in the footer (EmailLayout), from `unsubscribeUrl`. */
export function ReminderDueEmail({ language, data }: EmailBodyProps<"reminder.due">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("reminder.due.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t("reminder.due.body", {
          consultation: data.consultationTitle[language],
          date: formatDateTime(language, data.closesAt),
        })}
      </Paragraph>
      <Action language={language} href={data.consultationUrl[language]}>
        {t("reminder.due.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
