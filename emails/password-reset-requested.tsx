import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["password-reset.requested"];

export function subject(language: EmailLocale, _data: Data): string {
  return subjectLine(language, "password-reset.requested.subject");
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("password-reset.requested.preview", {
    date: formatDateTime(language, data.expiresAt),
  });
}

export function PasswordResetRequestedEmail({
  language,
  data,
}: EmailBodyProps<"password-reset.requested">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("password-reset.requested.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>{t("password-reset.requested.body")}</Paragraph>
      <Action language={language} href={data.resetUrl[language]}>
        {t("password-reset.requested.action")}
      </Action>
      <Paragraph>
        {t("password-reset.requested.expires", {
          date: formatDateTime(language, data.expiresAt),
        })}
      </Paragraph>
      <Paragraph>{t("password-reset.requested.ignore")}</Paragraph>
      <Signature language={language} />
    </>
  );
}
