import MarkdownIt from "markdown-it";

// The review's text is Markdown, rendered on the server only (docs/decisions/012). Raw HTML
// is never passed through (`html: false` escapes it) and markdown-it's link validation drops
// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs, so what a drafter writes
// renders inert. Citations `[@RT-…]` become numbered references to the annex.

const CITATION_AT = /^\[@(RT-\d{4}-\d{6,})\]/;

export interface RenderOptions {
  /** citation numbers for the whole review (see numberCitations) */
  citationNumbers: Map<string, number>;
  /** the link a citation points at; defaults to the annex anchor */
  citationHref?: (reference: string, number: number) => string;
}

function createRenderer(options: RenderOptions) {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.inline.ruler.before("link", "citation", (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const match = CITATION_AT.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push("citation", "", 0);
      token.meta = { reference: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.citation = (tokens, index) => {
    const reference = String(tokens[index]!.meta?.reference);
    const number = options.citationNumbers.get(reference);
    if (number === undefined) return `[${md.utils.escapeHtml(reference)}]`;
    const href = options.citationHref?.(reference, number) ?? `#citation-${number}`;
    return `<sup class="citation"><a href="${md.utils.escapeHtml(href)}" data-reference="${md.utils.escapeHtml(reference)}">[${number}]</a></sup>`;
  };
  return md;
}

/** Sanitised HTML for one section's Markdown. */
export function renderReviewMarkdown(markdown: string, options: RenderOptions): string {
  return createRenderer(options).render(markdown);
}

/** The markdown-it token stream (for the Word and PDF exports, which build their own output). */
export function parseReviewMarkdown(markdown: string, options: RenderOptions) {
  return createRenderer(options).parse(markdown, {});
}
