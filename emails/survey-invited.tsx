import { Action, Greeting, Paragraph, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["survey.invited"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "survey.invited.subject", { survey: data.surveyTitle[language] });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("survey.invited.preview", {
    date: formatDateTime(language, data.closesAt),
  });
}

export function SurveyInvitedEmail({ language, data }: EmailBodyProps<"survey.invited">) {
  const t = emailTranslator(language);
  return (
    <>
      <Title>{t("survey.invited.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t("survey.invited.body", {
          consultation: data.consultationTitle[language],
          survey: data.surveyTitle[language],
        })}
      </Paragraph>
      <Paragraph>
        {t("survey.invited.closes", { date: formatDateTime(language, data.closesAt) })}
      </Paragraph>
      <Action language={language} href={data.surveyUrl[language]}>
        {t("survey.invited.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
