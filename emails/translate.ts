import type { EmailEvent, EmailEventData } from "./events";
import { emailMessages, type EmailMessageKey } from "./messages";

/** The language one body of an e-mail is written in ("bilingual" e-mails hold one of each). */
export type EmailLocale = "en" | "fr";

export const EMAIL_LOCALES = ["en", "fr"] as const satisfies readonly EmailLocale[];

/** What every template component receives: one language, and the data of its event. */
export interface EmailBodyProps<E extends EmailEvent> {
  language: EmailLocale;
  data: EmailEventData[E];
}

export type EmailValues = Record<string, string | number>;
export type EmailTranslate = (key: EmailMessageKey, values?: EmailValues) => string;

function interpolate(message: string, values: EmailValues | undefined): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function emailTranslator(language: EmailLocale): EmailTranslate {
  const catalog: Record<EmailMessageKey, string> = emailMessages[language];
  return (key, values) => interpolate(catalog[key], values);
}

/**
 * One line of text from a user-controlled value: line breaks and other control characters
 * become spaces and runs of whitespace collapse, so a name cannot add an e-mail header.
 */
export function singleLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, " ").trim();
}

/** A subject line: the message with every value made single-line, and never a line break. */
export function subjectLine(language: EmailLocale, key: EmailMessageKey, values?: EmailValues) {
  const safe: EmailValues = {};
  for (const [name, value] of Object.entries(values ?? {}))
    safe[name] = typeof value === "string" ? singleLine(value) : value;
  // eslint-disable-next-line no-control-regex
  return interpolate(emailMessages[language][key], safe).replace(/[\u0000-\u001f\u007f]+/g, " ");
}

/** The plural form of a count: French says "0 contribution", English "0 inputs". */
export function pluralForm(language: EmailLocale, count: number): "one" | "other" {
  const category = new Intl.PluralRules(language === "fr" ? "fr-CA" : "en-CA").select(count);
  return category === "one" ? "one" : "other";
}
