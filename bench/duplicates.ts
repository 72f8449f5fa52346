// Near-duplicate detection on synthetic comments with known campaigns (issue 7). Prints JSON:
// the full pass (time, recall, false merges) and the per-submit check on the built index.
// Run on demand:
//   npx tsx bench/duplicates.ts                 (1,000,000 comments)
//   BENCH_N=100000 npx tsx bench/duplicates.ts
// BENCH_CAMPAIGN_SHARE (default 0.2, i.e. 20 % form-letter copies), BENCH_QUERIES (1000),
// BENCH_SEED (1), BENCH_SKIP_INDEX=1 to skip the per-submit part.
import os from "node:os";
import { performance } from "node:perf_hooks";
import {
  DuplicateIndex,
  findDuplicateGroups,
  mulberry32,
} from "../app/features/triage/near-duplicates";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const CAMPAIGN_SHARE = Number(process.env.BENCH_CAMPAIGN_SHARE ?? 0.2);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const random = mulberry32(Number(process.env.BENCH_SEED ?? 1));
let peakRss = 0;
const rssMb = () => {
  const rss = process.memoryUsage().rss / 1_048_576;
  peakRss = Math.max(peakRss, rss);
  return Math.round(rss);
};

// --- Vocabulary: real EN and FR words (accents included) plus generated ones, so that
// unrelated comments share words but rarely three in a row, as real comments do.
const EN_BASE = (
  "the of and to in that is for on with as migrant migrants worker workers family families " +
  "government policy rights right status permit permits visa visas refugee refugees asylum " +
  "border community communities employer employers health care housing language training " +
  "school children women youth province provinces territory federal national review compact " +
  "global safe orderly regular pathways integration settlement services support funding " +
  "program programs access barriers credential recognition temporary permanent residence " +
  "citizenship data evidence report consultation public private sector labour market wages " +
  "protection trafficking detention alternatives return dignity human international " +
  "cooperation climate displacement remittances diaspora partnership indigenous rural urban"
).split(" ");
const FR_BASE = (
  "le la les de des du et à en que qui pour dans sur avec migrant migrants migrante " +
  "travailleur travailleuses travailleurs famille familles gouvernement politique droits droit " +
  "statut permis visa réfugiés réfugiées asile frontière communauté employeur employeurs santé " +
  "soins logement langue formation école enfants femmes jeunes province provinces territoire " +
  "fédéral national examen pacte mondial sûres ordonnées régulières voies intégration " +
  "établissement services soutien financement programme accès obstacles reconnaissance " +
  "titres temporaire permanente résidence citoyenneté données éléments preuve rapport " +
  "consultation secteur marché travail salaires protection traite détention solutions " +
  "retour dignité humaine coopération internationale climat déplacement envois fonds " +
  "diaspora partenariat autochtones rurales urbaines québécois été élève hôpital façon"
).split(" ");
const SYLLABLES =
  "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu é è ê ç".split(
    " ",
  );
function makeWords(base: string[], extra: number): string[] {
  const words = [...base];
  const seen = new Set(words);
  while (words.length < base.length + extra) {
    const length = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}
const VOCAB = { en: makeWords(EN_BASE, 4000), fr: makeWords(FR_BASE, 4000) };
type Language = keyof typeof VOCAB;

/** Zipf-like pick: frequent words are frequent, the tail is long. */
function word(language: Language): string {
  const list = VOCAB[language];
  const u = random();
  return list[Math.floor(list.length * u * u * u)] as string;
}
function sentence(language: Language, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(word(language));
  const first = out[0] as string;
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return out.join(" ") + ".";
}
function comment(language: Language, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 6 + Math.floor(random() * 10));
    parts.push(sentence(language, n));
    left -= n;
  }
  return parts.join(" ");
}

/** A light edit of a form letter: word swap, typo, added sentence, accents/case/punctuation. */
function lightlyEdit(letter: string, language: Language): string {
  if (random() < 0.3) return letter; // verbatim copy
  const words = letter.split(" ");
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    const kind = Math.floor(random() * 4);
    const at = Math.floor(random() * words.length);
    if (kind === 0) words[at] = word(language);
    else if (kind === 1) {
      const w = words[at] as string;
      const c = Math.floor(random() * w.length);
      words[at] = w.slice(0, c) + "zq".charAt(e % 2) + w.slice(c + 1);
    } else if (kind === 2) words.push(sentence(language, 4 + Math.floor(random() * 6)));
    else
      words[at] =
        (words[at] as string).normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase() + ",";
  }
  return words.join(" ");
}

// --- Generate: campaigns of 20..2000 copies until CAMPAIGN_SHARE of N, the rest unique.
const generationStarted = performance.now();
const campaignOf = new Int32Array(N).fill(-1);
const letters: Array<{ text: string; language: Language }> = [];
const campaignSizes: number[] = [];
let copies = 0;
const target = Math.floor(N * CAMPAIGN_SHARE);
while (copies < target) {
  const size = Math.min(target - copies, 20 + Math.floor(2000 * random() ** 3));
  const language: Language = random() < 0.6 ? "en" : "fr";
  letters.push({ text: comment(language, 40 + Math.floor(random() * 60)), language });
  campaignSizes.push(size);
  for (let i = 0; i < size; i++) campaignOf[copies + i] = letters.length - 1;
  copies += size;
}
for (let i = N - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  const t = campaignOf[i] as number;
  campaignOf[i] = campaignOf[j] as number;
  campaignOf[j] = t;
}
const items: Array<{ id: number; text: string }> = new Array(N);
for (let i = 0; i < N; i++) {
  const c = campaignOf[i] as number;
  if (c >= 0) {
    const letter = letters[c]!;
    items[i] = { id: i + 1, text: lightlyEdit(letter.text, letter.language) };
  } else {
    const language: Language = random() < 0.6 ? "en" : "fr";
    items[i] = { id: i + 1, text: comment(language, 15 + Math.floor(random() * 50)) };
  }
}
const generationSeconds = (performance.now() - generationStarted) / 1000;
rssMb();

// --- Full pass.
const passStarted = performance.now();
const passCpu = process.cpuUsage();
const groups = findDuplicateGroups(items);
const passSeconds = (performance.now() - passStarted) / 1000;
const passCpuSeconds = process.cpuUsage(passCpu).user / 1e6;
const rssAfterPass = rssMb();

// --- Recall and false merges against the known campaigns.
const groupOf = new Int32Array(N).fill(-1);
groups.forEach((group, g) => {
  for (const id of group.memberIds) groupOf[id - 1] = g;
});
let placed = 0;
for (let c = 0; c < letters.length; c++) {
  const counts = new Map<number, number>();
  for (let i = 0; i < N; i++) {
    if (campaignOf[i] !== c || groupOf[i] === -1) continue;
    counts.set(groupOf[i] as number, (counts.get(groupOf[i] as number) ?? 0) + 1);
  }
  placed += Math.max(0, ...counts.values());
}
// Per group: which campaigns it holds, and whether it holds a non-campaign text.
const groupCampaigns = groups.map(() => new Set<number>());
for (let i = 0; i < N; i++) {
  const g = groupOf[i] as number;
  if (g >= 0) groupCampaigns[g]!.add(campaignOf[i] as number);
}
let nonCampaign = 0;
let nonCampaignGrouped = 0;
let wronglyJoined = 0;
for (let i = 0; i < N; i++) {
  const c = campaignOf[i] as number;
  const g = groupOf[i] as number;
  if (c < 0) {
    nonCampaign++;
    if (g >= 0) nonCampaignGrouped++;
  }
  // grouped with a text of a different campaign (a non-campaign text counts as different)
  if (g >= 0 && (c < 0 || groupCampaigns[g]!.size > 1)) wronglyJoined++;
}

// --- Per-submit check on an index holding all N texts.
let index: Record<string, unknown> | null = null;
if (process.env.BENCH_SKIP_INDEX !== "1") {
  const buildStarted = performance.now();
  const duplicateIndex = new DuplicateIndex();
  for (const item of items) duplicateIndex.add(item.id, item.text);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const timings: number[] = [];
  let copyFound = 0;
  let copyQueries = 0;
  let unrelatedHits = 0;
  for (let q = 0; q < QUERIES; q++) {
    const isCopy = q % 2 === 0;
    const c = Math.floor(random() * letters.length);
    const letter = letters[c]!;
    const language: Language = random() < 0.6 ? "en" : "fr";
    const text = isCopy
      ? lightlyEdit(letter.text, letter.language)
      : comment(language, 15 + Math.floor(random() * 50));
    const started = performance.now();
    const found = duplicateIndex.findSimilar(text, { limit: 20 });
    timings.push(performance.now() - started);
    if (isCopy) {
      copyQueries++;
      if (found.some((f) => campaignOf[f.id - 1] === c)) copyFound++;
    } else if (found.length > 0) unrelatedHits++;
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) =>
    Number(
      (timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] as number).toFixed(3),
    );
  index = {
    buildSeconds: Number(buildSeconds.toFixed(1)),
    queries: QUERIES,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
    editedCopyFoundRate: copyFound / copyQueries,
    unrelatedWithAnyMatchRate: unrelatedHits / (QUERIES - copyQueries),
    rssMb: rssMb(),
  };
}

console.log(
  JSON.stringify(
    {
      texts: N,
      campaigns: letters.length,
      campaignCopies: copies,
      generationSeconds: Number(generationSeconds.toFixed(1)),
      fullPass: {
        seconds: Number(passSeconds.toFixed(1)),
        cpuUserSeconds: Number(passCpuSeconds.toFixed(1)),
        groups: groups.length,
        recall: Number((placed / Math.max(1, copies)).toFixed(5)),
        falseMergeNonCampaignGrouped: Number(
          (nonCampaignGrouped / Math.max(1, nonCampaign)).toFixed(6),
        ),
        falseMergeWithOtherCampaign: Number((wronglyJoined / N).toFixed(6)),
        rssMb: rssAfterPass,
      },
      perSubmitCheck: index,
      peakRssMb: Math.round(peakRss),
      node: process.version,
      loadAverage1m: Number(os.loadavg()[0]!.toFixed(1)),
      cpus: os.cpus().length,
    },
    null,
    2,
  ),
);
