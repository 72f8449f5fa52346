import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["two-factor.changed"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "two-factor.changed.subject", {
    change: emailTranslator(language)(`twoFactorChange.${data.change}`),
  });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("two-factor.changed.preview", {
    date: formatDateTime(language, data.changedAt),
  });
}

export function TwoFactorChangedEmail({ language, data }: EmailBodyProps<"two-factor.changed">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t(`two-factor.changed.heading.${data.change}`)}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t(`two-factor.changed.body.${data.change}`, {
          date: formatDateTime(language, data.changedAt),
        })}
      </Paragraph>
      <Paragraph>{t("common.securityNotYou")}</Paragraph>
      <Action language={language} href={data.securityUrl[language]}>
        {t("common.securityAction")}
      </Action>
      <Signature language={language} />
    </>
  );
}
