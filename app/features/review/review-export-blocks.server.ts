import { parseReviewMarkdown } from "./review-markdown.server";

// The review's Markdown as plain blocks and styled runs, for the Word and PDF exports (which
// build their own output from markdown-it's token stream; HTML uses the renderer directly).

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  href?: string;
  /** the citation's number in the annex */
  citation?: number;
}

export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | {
      kind: "paragraph";
      runs: Run[];
      /** set on the first paragraph of a list item: its marker and nesting */
      list?: { ordered: boolean; index: number; level: number };
      /** nesting inside lists (for indentation of continuation paragraphs) */
      indent: number;
      quote: boolean;
    }
  | { kind: "code"; text: string };

type Token = ReturnType<typeof parseReviewMarkdown>[number];

function inlineRuns(children: Token[], citationNumbers: Map<string, number>): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  const push = (text: string, extra: Partial<Run> = {}) => {
    if (!text) return;
    runs.push({
      text,
      ...(bold > 0 ? { bold: true } : {}),
      ...(italic > 0 ? { italic: true } : {}),
      ...(href ? { href } : {}),
      ...extra,
    });
  };
  for (const child of children) {
    switch (child.type) {
      case "text":
        push(child.content);
        break;
      case "softbreak":
        push(" ");
        break;
      case "hardbreak":
        push("\n");
        break;
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold--;
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic--;
        break;
      case "link_open":
        href = String(child.attrGet("href") ?? "") || undefined;
        break;
      case "link_close":
        href = undefined;
        break;
      case "code_inline":
        push(child.content, { code: true });
        break;
      case "image":
        push(child.content);
        break;
      case "citation": {
        const reference = String(child.meta?.reference);
        const number = citationNumbers.get(reference);
        if (number === undefined) push(`[${reference}]`);
        else runs.push({ text: `[${number}]`, citation: number });
        break;
      }
      default:
        if (child.content) push(child.content);
    }
  }
  return runs;
}

/** Blocks of one section's Markdown, with citations numbered for the whole review. */
export function markdownBlocks(markdown: string, citationNumbers: Map<string, number>): Block[] {
  const tokens = parseReviewMarkdown(markdown, { citationNumbers });
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let headingLevel: number | null = null;
  let quote = 0;
  let itemStart = false;
  let row: Run[] | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case "heading_open":
        headingLevel = Number(token.tag.slice(1));
        break;
      case "heading_close":
        headingLevel = null;
        break;
      case "blockquote_open":
        quote++;
        break;
      case "blockquote_close":
        quote--;
        break;
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open":
        itemStart = true;
        break;
      case "tr_open":
        row = [];
        break;
      case "tr_close":
        if (row) blocks.push({ kind: "paragraph", runs: row, indent: 0, quote: false });
        row = null;
        break;
      case "code_block":
      case "fence":
        blocks.push({ kind: "code", text: token.content.replace(/\n$/, "") });
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? [], citationNumbers);
        if (row) {
          if (row.length > 0) row.push({ text: " | " });
          row.push(...runs);
        } else if (headingLevel !== null) {
          blocks.push({ kind: "heading", level: headingLevel, runs });
        } else {
          const list = lists.at(-1);
          const block: Block = {
            kind: "paragraph",
            runs,
            indent: lists.length,
            quote: quote > 0,
          };
          if (list && itemStart) {
            block.list = { ordered: list.ordered, index: list.next++, level: lists.length - 1 };
            itemStart = false;
          }
          blocks.push(block);
        }
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

export function runsText(runs: Run[]) {
  return runs.map((run) => run.text).join("");
}
