import { inArray, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { inputTranslationPairs } from "../schema";
import { rowsOf } from "./framework";

export interface PairingText {
  id: number;
  reference: string;
  language: "en" | "fr";
  consultationId: number;
  organizationId: number;
  authorUserId: number | null;
  status: string;
  /** title, summary and body in the contributor's language */
  text: string;
}

/** The inputs (not drafts or withdrawn) with their original-language text. */
export async function listPairingTexts(db: Database, references: string[]) {
  if (references.length === 0) return [];
  const result = await db.execute(sql`select i.id, i.reference, i.language::text as language,
      i.consultation_id, i.organization_id, i.author_user_id, i.status::text as status,
      concat_ws(E'\n', t.title, t.summary, t.body) as text
    from inputs i
    join input_texts t on t.input_id = i.id and t.language = i.language
    where i.reference = any(${sql.param(references)}::text[])
      and i.status not in ('draft', 'withdrawn')`);
  return rowsOf<Record<string, unknown>>(result).map(toPairingText);
}

/**
 * For each input, the other-language inputs of the same consultation and organization
 * nearest to it in submission order (at most `perInput`): translations are sent together.
 * Each side of the input (older, newer) is one range of inputs_pairing_idx read in id order
 * and stopped after `perInput` rows, so the cost does not grow with the organization's
 * inputs (it read them all and sorted them: docs/performance.md, "Load hold over time").
 */
export async function listPairingCandidates(db: Database, inputIds: number[], perInput: number) {
  if (inputIds.length === 0) return [];
  const side = (comparison: SQL, order: SQL) => sql`(select o.id from inputs o
        where o.consultation_id = p.consultation_id and o.organization_id = p.organization_id
          and o.language = (case when p.language = 'en' then 'fr' else 'en' end)::language
          and o.status not in ('draft', 'withdrawn') and ${comparison}
        order by ${order} limit ${perInput})`;
  const result = await db.execute(sql`select p.id as for_id, c.id, c.reference,
      c.language::text as language, c.consultation_id, c.organization_id, c.author_user_id,
      c.status::text as status, concat_ws(E'\n', t.title, t.summary, t.body) as text
    from inputs p
    cross join lateral (
      select near.id from (
        ${side(sql`o.id < p.id`, sql`o.id desc`)}
        union all
        ${side(sql`o.id > p.id`, sql`o.id`)}
      ) near order by abs(near.id - p.id) limit ${perInput}
    ) n
    join inputs c on c.id = n.id
    join input_texts t on t.input_id = c.id and t.language = c.language
    where p.id = any(${sql.param(inputIds)}::int[])`);
  return rowsOf<Record<string, unknown>>(result).map((row) => ({
    forId: Number(row.for_id),
    ...toPairingText(row),
  }));
}

function toPairingText(row: Record<string, unknown>): PairingText {
  return {
    id: Number(row.id),
    reference: String(row.reference),
    language: row.language as "en" | "fr",
    consultationId: Number(row.consultation_id),
    organizationId: Number(row.organization_id),
    authorUserId: row.author_user_id === null ? null : Number(row.author_user_id),
    status: String(row.status),
    text: String(row.text ?? ""),
  };
}

/** Declared pairs touching any of these inputs, both sides' references. */
export async function listDeclaredPairs(db: Database, inputIds: number[]) {
  if (inputIds.length === 0) return [];
  const result = await db.execute(sql`select p.english_input_id, e.reference as english_reference,
      p.french_input_id, f.reference as french_reference
    from input_translation_pairs p
    join inputs e on e.id = p.english_input_id
    join inputs f on f.id = p.french_input_id
    where p.english_input_id = any(${sql.param(inputIds)}::int[])
       or p.french_input_id = any(${sql.param(inputIds)}::int[])`);
  return rowsOf<Record<string, unknown>>(result).map((row) => ({
    englishInputId: Number(row.english_input_id),
    englishReference: String(row.english_reference),
    frenchInputId: Number(row.french_input_id),
    frenchReference: String(row.french_reference),
  }));
}

/** Records a declared pair; false when either input already has one. */
export async function insertTranslationPair(
  db: Database,
  pair: { englishInputId: number; frenchInputId: number; declaredBy: number },
) {
  const existing = await db
    .select({ id: inputTranslationPairs.id })
    .from(inputTranslationPairs)
    .where(
      or(
        inArray(inputTranslationPairs.englishInputId, [pair.englishInputId]),
        inArray(inputTranslationPairs.frenchInputId, [pair.frenchInputId]),
      ),
    );
  if (existing.length) return false;
  const rows = await db
    .insert(inputTranslationPairs)
    .values(pair)
    .onConflictDoNothing()
    .returning({ id: inputTranslationPairs.id });
  return rows.length > 0;
}
