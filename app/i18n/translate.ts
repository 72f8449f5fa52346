import { en, type MessageKey } from "./catalog-en";
import { fr } from "./catalog-fr";
import type { Locale } from "./locale";

export type { MessageKey };
export const catalogs = { en, fr } as const;

export type TranslateValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: TranslateValues) => string;

/** A translator for one locale; `{name}` placeholders are filled from `values`. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, values) => {
    const message: string = catalog[key];
    if (!values) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

// Built once per locale: constructing an Intl formatter costs far more than formatting
// (it showed in the server's CPU profile under load).
const numberFormats = {
  en: new Intl.NumberFormat("en-CA"),
  fr: new Intl.NumberFormat("fr-CA"),
};
const moneyFormats = new Map<string, Intl.NumberFormat>();
/** Dates are shown in Ottawa's time zone, where the consultations are run. */
const dateFormats = {
  en: new Intl.DateTimeFormat("en-CA", { dateStyle: "long", timeZone: "America/Toronto" }),
  fr: new Intl.DateTimeFormat("fr-CA", { dateStyle: "long", timeZone: "America/Toronto" }),
};

export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

export function formatMoney(locale: Locale, amount: number, currency: string): string {
  const key = `${locale}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

export function formatDate(locale: Locale, value: Date | string): string {
  return dateFormats[locale].format(typeof value === "string" ? new Date(value) : value);
}
