import type { Database } from "../../../db/client";
import { listOrganizations } from "../../../db/queries/accounts";
import type { Locale } from "~/i18n/locale";
import { bilingual } from "../practices/localized-text";

function collator(locale: Locale) {
  return new Intl.Collator(locale === "fr" ? "fr-CA" : "en-CA", { sensitivity: "base" });
}

/** Every organization, named and sorted in the page's language. */
export async function listOrganizationsForAdmin(db: Database, locale: Locale) {
  const rows = await listOrganizations(db);
  const compare = collator(locale).compare;
  return rows
    .map((row) => ({
      id: row.id,
      name: bilingual(row, "name", locale),
      category: bilingual(row, "category", locale),
      jurisdiction: row.jurisdiction,
      members: Number(row.members),
    }))
    .sort((a, b) => compare(a.name, b.name));
}

/** Organization choices for a select: id and name in the page's language, sorted. */
export async function listOrganizationChoices(db: Database, locale: Locale) {
  return (await listOrganizationsForAdmin(db, locale)).map(({ id, name }) => ({ id, name }));
}
