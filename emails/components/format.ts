import type { EmailLocale } from "../translate";

// Dates are shown in Ottawa's time zone, where the consultations are run, with the zone
// named ("EST"/"HNE") since the reader may be elsewhere.
const TIME_ZONE = "America/Toronto";

const intlLocale = (language: EmailLocale) => (language === "fr" ? "fr-CA" : "en-CA");

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** "March 3, 2025" / "3 mars 2025" */
export function formatDate(language: EmailLocale, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** "March 3, 2025 at 2:30 p.m. EST" / "3 mars 2025 à 14 h 30 HNE" */
export function formatDateTime(language: EmailLocale, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

export function formatNumber(language: EmailLocale, value: number): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}
