// Pure arithmetic of a survey's results: response rates and per-question summaries.
// Only submitted responses are counted; drafts only make an organization "started".

import type { ParsedAnswer, QuestionKind } from "./survey-logic";

export interface RateCounts {
  invited: number;
  started: number;
  submitted: number;
}

export interface RateGroup extends RateCounts {
  key: string;
  label: string;
  /** submitted ÷ invited, 0–100, rounded to one decimal */
  rate: number;
}

export function percent(part: number, whole: number) {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

export interface RateOrganization {
  id: number;
  categoryKey: string;
  categoryLabel: string;
  jurisdiction: string;
  state: "submitted" | "started" | "none";
}

/** Totals and groups (by category, by province/territory) of the organizations' states. */
export function responseRates(
  organizations: readonly RateOrganization[],
  provinceName: (code: string) => string,
  provinceOrder: (code: string) => number,
) {
  const totals: RateCounts = { invited: 0, started: 0, submitted: 0 };
  const byCategory = new Map<string, RateGroup>();
  const byProvince = new Map<string, RateGroup>();
  const add = (counts: RateCounts, state: RateOrganization["state"]) => {
    counts.invited++;
    if (state !== "none") counts.started++;
    if (state === "submitted") counts.submitted++;
  };
  for (const org of organizations) {
    add(totals, org.state);
    if (!byCategory.has(org.categoryKey))
      byCategory.set(org.categoryKey, {
        key: org.categoryKey,
        label: org.categoryLabel,
        invited: 0,
        started: 0,
        submitted: 0,
        rate: 0,
      });
    add(byCategory.get(org.categoryKey)!, org.state);
    if (!byProvince.has(org.jurisdiction))
      byProvince.set(org.jurisdiction, {
        key: org.jurisdiction,
        label: provinceName(org.jurisdiction),
        invited: 0,
        started: 0,
        submitted: 0,
        rate: 0,
      });
    add(byProvince.get(org.jurisdiction)!, org.state);
  }
  const withRate = (group: RateGroup) => ({
    ...group,
    rate: percent(group.submitted, group.invited),
  });
  return {
    totals: { ...totals, rate: percent(totals.submitted, totals.invited) },
    byCategory: [...byCategory.values()]
      .map(withRate)
      .sort((a, b) => a.label.localeCompare(b.label)),
    byProvince: [...byProvince.values()]
      .map(withRate)
      .sort((a, b) => provinceOrder(a.key) - provinceOrder(b.key) || a.key.localeCompare(b.key)),
  };
}

export interface StatsOption {
  key: string;
  label: string;
}

/** A submitted answer as the statistics read it (the question is known from the caller). */
export type StatsAnswer = Omit<ParsedAnswer, "questionId"> & { responseId: number };

export interface Bar {
  key: string;
  label: string;
  count: number;
  percent: number;
}

/** The answer's number as a JS number (numeric columns arrive as strings), or null. */
export function answerNumber(answer: Pick<StatsAnswer, "numberValue" | "optionKeys">) {
  const raw = answer.numberValue ?? answer.optionKeys?.[0] ?? null;
  if (raw === null || raw === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** "12.5000" → "12.5": numeric(16,4) without its padding. */
export function plainNumber(raw: string | null) {
  if (raw === null) return "";
  const value = Number(raw);
  return Number.isFinite(value) ? String(value) : raw;
}

const hasChoice = (answer: StatsAnswer) =>
  (answer.optionKeys?.length ?? 0) > 0 || Boolean(answer.otherText?.trim());

/**
 * Counts per option of a single/multiple choice, yes/no or scale question. Percentages are of
 * the responses that answered the question (a multiple choice can add up to more than 100).
 */
export function choiceBars(
  kind: QuestionKind,
  options: readonly StatsOption[],
  answers: readonly StatsAnswer[],
  otherLabel: string | null,
) {
  const answered = answers.filter((answer) =>
    kind === "scale" ? answerNumber(answer) !== null : hasChoice(answer),
  );
  const count = (predicate: (answer: StatsAnswer) => boolean) => answered.filter(predicate).length;
  const bars: Bar[] = options.map((option) => {
    const n =
      kind === "scale"
        ? count((answer) => String(answerNumber(answer)) === option.key)
        : count((answer) => (answer.optionKeys ?? []).includes(option.key));
    return { key: option.key, label: option.label, count: n, percent: percent(n, answered.length) };
  });
  if (otherLabel !== null) {
    const n = count((answer) => Boolean(answer.otherText?.trim()));
    bars.push({
      key: "__other",
      label: otherLabel,
      count: n,
      percent: percent(n, answered.length),
    });
  }
  return { respondents: answered.length, bars };
}

/** Count, smallest, largest, mean and median of a number question. */
export function numberSummary(answers: readonly StatsAnswer[]) {
  const values = answers
    .map((answer) => answerNumber({ numberValue: answer.numberValue, optionKeys: null }))
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  if (values.length === 0)
    return { respondents: 0, min: null, max: null, mean: null, median: null };
  const mid = Math.floor(values.length / 2);
  const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    respondents: values.length,
    min: values[0]!,
    max: values[values.length - 1]!,
    mean: Math.round(mean * 100) / 100,
    median,
  };
}

/** Count, earliest and latest of a date question (ISO dates sort as text). */
export function dateSummary(answers: readonly StatsAnswer[]) {
  const values = answers
    .map((answer) => answer.dateValue)
    .filter((value): value is string => Boolean(value))
    .sort();
  return {
    respondents: values.length,
    earliest: values[0] ?? null,
    latest: values[values.length - 1] ?? null,
  };
}

/**
 * Totals per objective per column of an objective matrix: for each objective id, how many
 * responses chose each column key, and how many answered the row at all.
 */
export function matrixTotals(
  objectiveIds: readonly number[],
  columnKeys: readonly string[],
  answers: readonly StatsAnswer[],
) {
  return objectiveIds.map((objectiveId) => {
    const row = answers.filter(
      (answer) => answer.objectiveId === objectiveId && (answer.optionKeys?.length ?? 0) > 0,
    );
    return {
      objectiveId,
      answered: row.length,
      counts: columnKeys.map((key) => row.filter((answer) => answer.optionKeys![0] === key).length),
    };
  });
}

/** Case- and accent-insensitive "contains", for searching free-text answers. */
export function textMatches(text: string, query: string) {
  const fold = (value: string) =>
    value
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLocaleLowerCase("en-CA");
  return fold(text).includes(fold(query.trim()));
}
