/**
 * Evaluation of the objective suggestions (issue 7) against the objectives the seed documents
 * themselves cite for their initiatives. Prints JSON.
 *
 *   npx tsx bench/suggestions-evaluation.ts
 *
 * - "wordingOnly": trained on the objectives' EN/FR wording + the built-in gloss; every
 *   practice is held out.
 * - "leaveOneOut": for each practice, also trained on the other practices (EN and FR text)
 *   with their cited objectives as staff-confirmed examples.
 * - "leaveOneSectionOut": as leaveOneOut, but every practice cited under the same document
 *   heading is held out too (they share one list of objectives, so leaveOneOut flatters).
 * Practices whose documents cite no objective are excluded.
 */
import {
  createSuggester,
  type ConfirmedExample,
} from "../app/features/triage/objective-suggestions";
import { gcmFramework } from "../seeds/data/gcm-framework";
import { demoPractices } from "../seeds/data/practices";

type Lang = "en" | "fr";
const KS = [1, 3, 5] as const;

const practices = demoPractices.filter((p) => p.objectives.length > 0);
const textOf = (p: (typeof practices)[number], lang: Lang) =>
  [p.title[lang], p.summary[lang], p.description[lang]].join("\n");
/** The heading a practice is discussed under: same document, same cited objectives. */
const sectionOf = (p: (typeof practices)[number]) =>
  `${p.source.split(" — ")[0]}|${p.objectives.join(",")}`;

interface Tally {
  hits: Record<number, number>;
  suggested: Record<number, number>;
}

function emptyTally(): Tally {
  return { hits: { 1: 0, 3: 0, 5: 0 }, suggested: { 1: 0, 3: 0, 5: 0 } };
}

function score(tally: Tally, ranked: number[], truth: number[]) {
  for (const k of KS) {
    const top = ranked.slice(0, k);
    tally.suggested[k] = (tally.suggested[k] ?? 0) + top.length;
    tally.hits[k] = (tally.hits[k] ?? 0) + top.filter((o) => truth.includes(o)).length;
  }
}

const relevant = practices.reduce((n, p) => n + p.objectives.length, 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

function report(tally: Tally) {
  const out: Record<string, number> = {};
  for (const k of KS) {
    const hits = tally.hits[k] ?? 0;
    const suggested = tally.suggested[k] ?? 0;
    out[`precision@${k}`] = round(suggested ? hits / suggested : 0);
    out[`recall@${k}`] = round(hits / relevant);
  }
  return out;
}

function run(trainingFor: (held: (typeof practices)[number]) => ConfirmedExample[]) {
  const result: Record<string, Record<string, number>> = {};
  for (const lang of ["en", "fr"] as const) {
    const tally = emptyTally();
    for (const practice of practices) {
      const suggester = createSuggester({ objectives: gcmFramework.objectives });
      suggester.train(trainingFor(practice));
      const ranked = suggester
        .suggest(textOf(practice, lang), { limit: 5 })
        .map((s) => s.objective);
      score(tally, ranked, practice.objectives);
    }
    result[lang] = report(tally);
  }
  return result;
}

const examplesFrom = (others: typeof practices): ConfirmedExample[] =>
  others.flatMap((p) => [
    { text: textOf(p, "en"), objectives: p.objectives },
    { text: textOf(p, "fr"), objectives: p.objectives },
  ]);

const started = performance.now();
const wordingOnly = run(() => []);
const leaveOneOut = run((held) => examplesFrom(practices.filter((p) => p !== held)));
const leaveOneSectionOut = run((held) =>
  examplesFrom(practices.filter((p) => sectionOf(p) !== sectionOf(held))),
);

// For scale: the most cited objectives among the other practices (no text at all), the
// expected score of k objectives at random, and the best any k suggestions could score.
const frequency = (() => {
  const result: Record<string, Record<string, number>> = {};
  const tally = emptyTally();
  for (const held of practices) {
    const cited = new Map<number, number>();
    for (const p of practices)
      if (p !== held) for (const o of p.objectives) cited.set(o, (cited.get(o) ?? 0) + 1);
    const ranked = [...cited].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([o]) => o);
    score(tally, ranked, held.objectives);
  }
  result.any = report(tally);
  return result;
})();
const ceiling = (() => {
  const tally = emptyTally();
  for (const p of practices) score(tally, p.objectives, p.objectives);
  return report(tally);
})();

const objectives = gcmFramework.objectives.length;
const random: Record<string, number> = {};
for (const k of KS) {
  random[`precision@${k}`] = round(relevant / (practices.length * objectives));
  random[`recall@${k}`] = round(k / objectives);
}

console.log(
  JSON.stringify(
    {
      practices: practices.length,
      excludedWithoutObjectives: demoPractices.length - practices.length,
      sections: new Set(practices.map(sectionOf)).size,
      citedObjectives: relevant,
      meanObjectivesPerPractice: round(relevant / practices.length),
      input: "title + summary + description, English (en) and French (fr)",
      wordingOnly,
      leaveOneOut,
      leaveOneSectionOut,
      mostCitedLeaveOneOut: frequency.any,
      random,
      ceiling,
      elapsedMs: Math.round(performance.now() - started),
    },
    null,
    2,
  ),
);
