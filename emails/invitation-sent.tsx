import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["invitation.sent"];

export function subject(language: EmailLocale, data: Data): string {
  return data.organizationName
    ? subjectLine(language, "invitation.sent.subjectOrganization", {
        organization: data.organizationName[language],
      })
    : subjectLine(language, "invitation.sent.subject");
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("invitation.sent.preview", {
    date: formatDateTime(language, data.expiresAt),
  });
}

export function InvitationSentEmail({ language, data }: EmailBodyProps<"invitation.sent">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("invitation.sent.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {data.organizationName
          ? t("invitation.sent.bodyOrganization", {
              inviter: data.inviterName,
              organization: data.organizationName[language],
            })
          : t("invitation.sent.body", { inviter: data.inviterName })}
      </Paragraph>
      <Action language={language} href={data.acceptUrl[language]}>
        {t("invitation.sent.action")}
      </Action>
      <Paragraph>
        {t("invitation.sent.expires", { date: formatDateTime(language, data.expiresAt) })}
      </Paragraph>
      <Paragraph>{t("invitation.sent.ignore")}</Paragraph>
      <Signature language={language} />
    </>
  );
}
