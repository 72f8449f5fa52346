import type { EmailLocale } from "../translate";

// Dates are shown in Ottawa's time zone, where the consultations are run, with the zone
// named ("EST"/"HNE") since the reader may be elsewhere.
const TIME_ZONE = "America/Toronto";

// Built once per language: constructing an Intl formatter costs far more than formatting.
const formats = (intl: string) => ({
  date: new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: TIME_ZONE }),
  dateTime: new Intl.DateTimeFormat(intl, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone: TIME_ZONE,
  }),
  number: new Intl.NumberFormat(intl),
});
const byLanguage = { en: formats("en-CA"), fr: formats("fr-CA") };

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** "March 3, 2025" / "3 mars 2025" */
export function formatDate(language: EmailLocale, value: Date | string): string {
  return byLanguage[language].date.format(toDate(value));
}

/** "March 3, 2025 at 2:30 p.m. EST" / "3 mars 2025 à 14 h 30 HNE" */
export function formatDateTime(language: EmailLocale, value: Date | string): string {
  return byLanguage[language].dateTime.format(toDate(value));
}

export function formatNumber(language: EmailLocale, value: number): string {
  return byLanguage[language].number.format(value);
}
