import type { Locale } from "~/i18n/locale";

/** A point in time as the page shows it, and as <time dateTime> carries it. */
export interface Moment {
  iso: string;
  text: string;
}

const formatters = {
  en: new Intl.DateTimeFormat("en-CA", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }),
  fr: new Intl.DateTimeFormat("fr-CA", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }),
};

/**
 * Date and time in Ottawa's time zone, formatted on the server so that the browser's own
 * formatting rules cannot make the page differ from what was rendered.
 */
export function moment(locale: Locale, value: Date): Moment;
export function moment(locale: Locale, value: Date | null): Moment | null;
export function moment(locale: Locale, value: Date | null): Moment | null {
  if (!value) return null;
  return { iso: value.toISOString(), text: formatters[locale].format(value) };
}
