// Consultations are run from Ottawa: coordinators type dates and times in America/Toronto
// and the database stores instants (UTC). Intl knows the zone's rules, so no library is needed.

export const CONSULTATION_TIME_ZONE = "America/Toronto";

const partsFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: CONSULTATION_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(instant: Date) {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(instant).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far Toronto's clock is from UTC at that instant, in milliseconds (e.g. −4 h in summer). */
function offsetAt(instant: Date): number {
  const c = wallClock(instant);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a `datetime-local` value ("2026-03-08T02:30") names in Toronto, or null when
 * it is malformed. In the spring gap (a time that does not exist) the clock is read forward
 * (02:30 → 03:30 EDT); in the autumn overlap (a time that happens twice) the first one,
 * in daylight time, is taken.
 */
export function torontoLocalToUtc(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Try the offsets in force just before and after; keep the earliest that reads back right.
  const candidates = [
    offsetAt(new Date(naive - 86_400_000)),
    offsetAt(new Date(naive + 86_400_000)),
  ]
    .map((offset) => naive - offset)
    .sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (utcToTorontoLocal(new Date(candidate)) === value) return new Date(candidate);
  }
  // A time in the spring gap: the offset before the change, which lands an hour later.
  return new Date(candidates[candidates.length - 1]!);
}

/** The `datetime-local` value Toronto's clock shows at that instant. */
export function utcToTorontoLocal(instant: Date): string {
  const c = wallClock(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}
