// How the review's Markdown cites an input: `[@RT-2026-000123]`, the input's reference.
// Pure, so the editor's word count and the server's renderer read citations the same way.

export const CITATION_PATTERN = /\[@(RT-\d{4}-\d{6,})\]/g;

/** The references a text cites, in order of first appearance, without repeats. */
export function citedReferences(markdown: string): string[] {
  const seen = new Set<string>();
  for (const match of markdown.matchAll(CITATION_PATTERN)) seen.add(match[1]!);
  return [...seen];
}

/**
 * Numbers citations across a whole review: sections in order, first appearance first.
 * The same reference keeps its number wherever it is cited again.
 */
export function numberCitations(sectionTexts: string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const text of sectionTexts) {
    for (const reference of citedReferences(text)) {
      if (!numbers.has(reference)) numbers.set(reference, numbers.size + 1);
    }
  }
  return numbers;
}

/** The token to insert for a reference. */
export function citationToken(reference: string) {
  return `[@${reference}]`;
}
