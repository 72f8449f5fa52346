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

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA").format(value);
}

export function formatMoney(locale: Locale, amount: number, currency: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Dates are shown in Ottawa's time zone, where the consultations are run. */
export function formatDate(locale: Locale, value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "long",
    timeZone: "America/Toronto",
  }).format(date);
}
