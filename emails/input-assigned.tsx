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

type Data = EmailEventData["input.assigned"];

export function subject(language: EmailLocale, data: Data): string {
  const count = data.references.length;
  return subjectLine(language, `input.assigned.subject.${pluralForm(language, count)}`, {
    count: formatNumber(language, count),
  });
}

export function preview(language: EmailLocale, data: Data): string {
  return emailTranslator(language)("input.assigned.preview", { assigner: data.assignedBy });
}

/** Reference numbers only: the inputs themselves are read in the review queue. */
export function InputAssignedEmail({ language, data }: EmailBodyProps<"input.assigned">) {
  const t = emailTranslator(language);
  const count = data.references.length;
  return (
    <>
      <Title>{t("input.assigned.heading")}</Title>
      <Greeting language={language} name={data.recipientName} />
      <Paragraph>
        {t(`input.assigned.body.${pluralForm(language, count)}`, {
          assigner: data.assignedBy,
          count: formatNumber(language, count),
        })}
      </Paragraph>
      <List items={data.references.map((reference) => ({ key: reference, content: reference }))} />
      <Action language={language} href={data.queueUrl[language]}>
        {t("input.assigned.action")}
      </Action>
      <Signature language={language} />
    </>
  );
}
