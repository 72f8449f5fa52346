// Counts shown on public pages ("Published practices (8,571)") cost a scan of every published
// practice of an objective; under load the same number is computed for every request. Each
// app instance keeps the number for a short while, and concurrent requests for a number not
// yet known share one query. Lists themselves are never cached: a newly published practice
// is on the first page at once, only the total can lag (docs/decisions/018-public-pages-at-scale.md).

export const COUNT_TTL_MS = 30_000;
const MAX_KEYS = 1_000;

interface Entry {
  value: Promise<number>;
  expiresAt: number;
}

const entries = new Map<string, Entry>();

export async function cachedCount(
  key: string,
  load: () => Promise<number>,
  now = Date.now(),
): Promise<number> {
  const entry = entries.get(key);
  if (entry && entry.expiresAt > now) return entry.value;
  if (entries.size >= MAX_KEYS) entries.clear();
  const value = load();
  entries.set(key, { value, expiresAt: now + COUNT_TTL_MS });
  // A failed query is not remembered.
  value.catch(() => entries.delete(key));
  return value;
}

/** Forgets every count (tests, or after a bulk publication in this instance). */
export function clearCountCache() {
  entries.clear();
}
