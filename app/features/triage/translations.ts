// Telling that an English and a French text are translations of each other without a
// translation model: what does not change between the two languages must match.
// The rule is recorded in docs/decisions/016-bulk-triage-visibility-and-translation-pairs.md.

/** Smallest share of common language-neutral tokens (Jaccard) for two texts to pair. */
export const PAIR_THRESHOLD = 0.6;
/** Below this many tokens on either side, a text says too little to be paired by matching. */
export const MIN_TOKENS = 3;

// Capitalised in English, lower case in French: not names, so not language-neutral.
const ENGLISH_ONLY_CAPITALS = new Set([
  "i",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "english",
  "french",
  "canadian",
  "canadians",
  "indigenous",
  "francophone",
  "anglophone",
]);

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
// A number with its thousands and decimal separators in either language: 1,000.50 · 1 000,50
const NUMBER = /\p{N}(?:[\p{N}]|[.,\u00a0\u202f ](?=\p{N}))*/gu;
// Apostrophes and hyphens split words: l'Université → Université, Nouveau-Brunswick → Brunswick.
const WORD = /[\p{L}\p{N}]+/gu;

function fold(text: string) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The tokens two translations share: URLs (without scheme or trailing slash), e-mail
 * addresses, numbers (separators dropped, so 1,000.50 and 1 000,50 are equal), acronyms and
 * capitalised names not at the start of a sentence (accents folded: Québec = Quebec).
 */
export function languageNeutralTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  let rest = text.normalize("NFC");
  rest = rest.replace(URL, (url) => {
    const trailing = /[.,;:!?]+$/.exec(url)?.[0] ?? "";
    const bare = url.slice(0, url.length - trailing.length);
    tokens.add(
      "url:" +
        bare
          .toLowerCase()
          .replace(/^https?:\/\//, "")
          .replace(/^www\./, "")
          .replace(/\/+$/, ""),
    );
    // The sentence's full stop stays, so the next word is still seen as a sentence start.
    return ` ${trailing}`;
  });
  rest = rest.replace(EMAIL, (email) => {
    tokens.add("mail:" + email.toLowerCase());
    return " ";
  });
  rest = rest.replace(NUMBER, (number) => {
    tokens.add("n:" + number.replace(/[^\p{N}]/gu, ""));
    return " ";
  });
  for (const match of rest.matchAll(WORD)) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word)) continue;
    const acronym = word.length >= 2 && word === word.toUpperCase();
    const before = rest.slice(0, match.index).trimEnd();
    const sentenceStart = before === "" || /[.!?:;«"“(\n]$/u.test(before);
    if (!acronym && sentenceStart) continue;
    const folded = fold(word);
    if (folded.length < 2 || ENGLISH_ONLY_CAPITALS.has(folded)) continue;
    tokens.add((acronym ? "a:" : "w:") + folded);
  }
  return tokens;
}

/** Jaccard of the two texts' language-neutral tokens; 0 when either has too few. */
export function translationScore(a: Set<string>, b: Set<string>) {
  if (a.size < MIN_TOKENS || b.size < MIN_TOKENS) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The best-matching candidate at or above the threshold, or null. */
export function bestTranslation<T extends { tokens: Set<string> }>(
  tokens: Set<string>,
  candidates: T[],
): { candidate: T; score: number } | null {
  let best: { candidate: T; score: number } | null = null;
  for (const candidate of candidates) {
    const score = translationScore(tokens, candidate.tokens);
    if (score >= PAIR_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  return best;
}
