import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["password.changed"];

export function subject(language: EmailLocale, _data: Data): string {
  return subjectLine(language, "password.changed.subject");
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("password.changed.preview", {
    date: formatDateTime(language, data.changedAt),
  });
}

export function PasswordChangedEmail({ language, data }: EmailBodyProps<"password.changed">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("password.changed.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t("password.changed.body", { date: formatDateTime(language, data.changedAt) })}
      </Paragraph>
      <Paragraph>{t("common.securityNotYou")}</Paragraph>
      <Action language={language} href={data.securityUrl[language]}>
        {t("common.securityAction")}
      </Action>
      <Signature language={language} />
    </>
  );
}
