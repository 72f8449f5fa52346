import { Action, Greeting, Paragraph, Reference, Signature, Title } from "./components/parts";
import { formatDateTime } from "./components/format";
import type { EmailEventData } from "./events";
import { emailTranslator, subjectLine, type EmailBodyProps, type EmailLocale } from "./translate";

type Data = EmailEventData["input.submitted"];

export function subject(language: EmailLocale, data: Data): string {
  return subjectLine(language, "input.submitted.subject", {
    kind: emailTranslator(language)(`inputKind.${data.kind}`),
    reference: data.reference,
  });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("input.submitted.preview", { reference: data.reference });
}

/** The receipt: a reference number and a link, never the text that was submitted. */
export function InputSubmittedEmail({ language, data }: EmailBodyProps<"input.submitted">) {
  const t = emailTranslator(language);
  const kind = t(`inputKind.${data.kind}`);
  return (
    <>
      <Title>{t("input.submitted.heading", { kind })}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t("input.submitted.body", {
          kind,
          consultation: data.consultationTitle[language],
          date: formatDateTime(language, data.submittedAt),
        })}
      </Paragraph>
      <Reference language={language} reference={data.reference} />
      <Paragraph>{t("input.submitted.keepReference")}</Paragraph>
      {data.editableUntil !== null && (
        <Paragraph>
          {t("input.submitted.editableUntil", {
            kind,
            date: formatDateTime(language, data.editableUntil),
          })}
        </Paragraph>
      )}
      <Action language={language} href={data.inputUrl[language]}>
        {t("input.submitted.action", { kind })}
      </Action>
      <Signature language={language} />
    </>
  );
}
