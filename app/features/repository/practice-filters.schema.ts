import { z } from "zod";
import type { RepositoryFilters } from "../../../db/queries/repository";

export const PAGE_SIZE = 20;

// A public GET form: a value we do not recognise is dropped (the filter is ignored), never a 500.
const optionalText = (max: number, pattern?: RegExp) =>
  z
    .string()
    .transform((value) => value.normalize("NFC").trim().slice(0, max))
    .refine((value) => !pattern || pattern.test(value))
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);

const optionalInteger = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().catch(undefined);

export const PracticeFiltersSchema = z.object({
  q: optionalText(200),
  objective: optionalInteger(1, 99),
  principle: optionalText(60, /^[a-z0-9-]+$/),
  category: optionalText(60, /^[a-z0-9-]+$/),
  province: optionalText(60, /^[\p{L}\p{N} .'-]+$/u),
  year: optionalInteger(1900, 2100),
  language: z.enum(["en", "fr"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PracticeFilters = RepositoryFilters & { page: number };

const FILTER_KEYS = [
  "q",
  "objective",
  "principle",
  "category",
  "province",
  "year",
  "language",
] as const;

/** Reads the filters from a URL; an empty field is the same as an absent one. */
export function parsePracticeFilters(url: URL): PracticeFilters {
  const raw: Record<string, string> = {};
  for (const key of [...FILTER_KEYS, "page"]) {
    const value = url.searchParams.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  return PracticeFiltersSchema.parse(raw);
}

/** The query string of a set of filters, for links to another page or to the exports. */
export function filtersQuery(filters: RepositoryFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
