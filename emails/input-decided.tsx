import { Action, Greeting, Paragraph, Quote, Signature, Title } from "./components/parts";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["input.decided"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "input.decided.subject", {
    reference: data.reference,
    decision: emailTranslator(language)(`decision.${data.decision}`),
  });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("input.decided.preview", { reference: data.reference });
}

/** The moderator's decision; their message is staff text, the input's own text never shows. */
export function InputDecidedEmail({ language, data }: EmailBodyProps<"input.decided">) {
  const t = emailTranslator(language);
  const message = data.message?.trim() ?? "";
  return (
    <>
      <Title>{t(`input.decided.heading.${data.decision}`)}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t(`input.decided.body.${data.decision}`, { reference: data.reference })}
      </Paragraph>
      {message !== "" && (
        <>
          <Paragraph>{t("input.decided.messageIntro")}</Paragraph>
          <Quote text={message} />
        </>
      )}
      <Action language={language} href={data.inputUrl[language]}>
        {data.decision === "changes-requested"
          ? t("input.decided.actionChanges")
          : t("input.decided.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
