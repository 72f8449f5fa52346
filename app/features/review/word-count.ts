import { CITATION_PATTERN } from "./citations";

// Pure, so the editor counts as the server does. Citation tokens `[@RT-…]` and Markdown
// punctuation are not words; a word is a run of characters holding a letter or a digit.

export function countWords(markdown: string): number {
  const text = markdown.replace(CITATION_PATTERN, " ");
  let count = 0;
  for (const token of text.split(/[\s—–]+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

/** Over the suggested length (no suggestion: never over). */
export function isOverSuggested(words: number, suggested: number | null | undefined) {
  return suggested != null && suggested > 0 && words > suggested;
}
