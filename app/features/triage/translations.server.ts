import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  insertTranslationPair,
  listDeclaredPairs,
  listPairingCandidates,
  listPairingTexts,
} from "../../../db/queries/triage-translations";
import type { Actor } from "../accounts/permissions";
import { bestTranslation, languageNeutralTokens } from "./translations";

/** Other-language inputs compared with each input: the nearest in submission order. */
const CANDIDATES_PER_INPUT = 20;

export interface TranslationPartner {
  reference: string;
  language: "en" | "fr";
  /** declared by the contributor, or detected by matching the texts */
  source: "declared" | "detected";
}

/**
 * The other-language version of each input, when known: the pair its contributor declared,
 * otherwise the best match among the other-language inputs of the same organization and
 * consultation (docs/decisions/016). Detected pairs are computed when read, never stored.
 */
export async function findTranslationPartners(
  db: Database,
  references: string[],
): Promise<Record<string, TranslationPartner>> {
  const texts = await listPairingTexts(db, references);
  if (texts.length === 0) return {};
  const ids = texts.map((text) => text.id);
  const [declared, candidates] = await Promise.all([
    listDeclaredPairs(db, ids),
    listPairingCandidates(db, ids, CANDIDATES_PER_INPUT),
  ]);
  const partners: Record<string, TranslationPartner> = {};
  // An input declared as someone's translation is never offered as another's match.
  const paired = new Set(declared.flatMap((pair) => [pair.englishInputId, pair.frenchInputId]));
  for (const pair of declared) {
    partners[pair.englishReference] = {
      reference: pair.frenchReference,
      language: "fr",
      source: "declared",
    };
    partners[pair.frenchReference] = {
      reference: pair.englishReference,
      language: "en",
      source: "declared",
    };
  }
  const tokenCache = new Map<number, Set<string>>();
  const tokensOf = (id: number, text: string) => {
    let tokens = tokenCache.get(id);
    if (!tokens) tokenCache.set(id, (tokens = languageNeutralTokens(text)));
    return tokens;
  };
  for (const input of texts) {
    if (partners[input.reference]) continue;
    const own = candidates
      .filter((candidate) => candidate.forId === input.id && !paired.has(candidate.id))
      .map((candidate) => ({ ...candidate, tokens: tokensOf(candidate.id, candidate.text) }));
    const best = bestTranslation(tokensOf(input.id, input.text), own);
    if (best)
      partners[input.reference] = {
        reference: best.candidate.reference,
        language: best.candidate.language,
        source: "detected",
      };
  }
  return partners;
}

export type DeclareTranslationError =
  "notFound" | "sameLanguage" | "otherConsultation" | "alreadyPaired";

/**
 * A contributor says one of their inputs is the other-language version of another of theirs
 * (same consultation, one English and one French). Both inputs are audited.
 */
export async function declareTranslation(
  db: Database,
  actor: Actor,
  reference: string,
  otherReference: string,
  context: { ip: string | null },
): Promise<{ ok: true; value: null } | { ok: false; errors: DeclareTranslationError[] }> {
  const texts = await listPairingTexts(db, [reference, otherReference]);
  const own = texts.filter((text) => text.authorUserId === actor.userId);
  const input = own.find((text) => text.reference === reference);
  const other = own.find((text) => text.reference === otherReference);
  // Another person's input answers as if it did not exist.
  if (!input || !other || input.id === other.id) return { ok: false, errors: ["notFound"] };
  if (input.language === other.language) return { ok: false, errors: ["sameLanguage"] };
  if (input.consultationId !== other.consultationId)
    return { ok: false, errors: ["otherConsultation"] };
  const [english, french] = input.language === "en" ? [input, other] : [other, input];
  return db.transaction(async (tx) => {
    const inserted = await insertTranslationPair(tx, {
      englishInputId: english.id,
      frenchInputId: french.id,
      declaredBy: actor.userId,
    });
    if (!inserted) return { ok: false as const, errors: ["alreadyPaired" as const] };
    for (const [subject, partner] of [
      [input, other],
      [other, input],
    ] as const)
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "input.translation-declared",
        subjectType: "input",
        subjectId: subject.id,
        ip: context.ip,
        details: { otherLanguageVersion: partner.reference },
      });
    return { ok: true as const, value: null };
  });
}
