import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  choiceBars,
  matrixTotals,
  numberSummary,
  percent,
  plainNumber,
  responseRates,
  textMatches,
  type StatsAnswer,
} from "./results-stats";

const answer = (values: Partial<StatsAnswer>): StatsAnswer => ({
  responseId: 1,
  objectiveId: null,
  textValue: null,
  optionKeys: null,
  numberValue: null,
  dateValue: null,
  otherText: null,
  comment: null,
  ...values,
});

describe("results arithmetic", () => {
  it("percentages are of the responses that answered, one decimal", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const whole = a + b;
        const value = percent(a, whole);
        return value >= 0 && value <= 100;
      }),
    );
  });

  it("counts a multiple choice per option, 'other' apart, ignoring unanswered", () => {
    const options = [
      { key: "a", label: "A" },
      { key: "b", label: "B" },
    ];
    const { respondents, bars } = choiceBars(
      "multiple-choice",
      options,
      [
        answer({ optionKeys: ["a", "b"] }),
        answer({ optionKeys: ["b"], otherText: "x" }),
        answer({ optionKeys: [] }),
        answer({ optionKeys: [], otherText: "only other" }),
      ],
      "Other",
    );
    expect(respondents).toBe(3);
    expect(bars.map((b) => [b.label, b.count, b.percent])).toEqual([
      ["A", 1, 33.3],
      ["B", 2, 66.7],
      ["Other", 2, 66.7],
    ]);
  });

  it("reads a scale from its number (or its key) and summarises numbers", () => {
    const scale = choiceBars(
      "scale",
      ["1", "2", "3", "4", "5"].map((key) => ({ key, label: key })),
      [answer({ numberValue: "4.0000" }), answer({ optionKeys: ["2"] }), answer({})],
      null,
    );
    expect(scale.bars.map((b) => b.count)).toEqual([0, 1, 0, 1, 0]);
    expect(scale.respondents).toBe(2);
    expect(
      numberSummary([answer({ numberValue: "3" }), answer({ numberValue: "10" }), answer({})]),
    ).toEqual({ respondents: 2, min: 3, max: 10, mean: 6.5, median: 6.5 });
    expect(plainNumber("12.5000")).toBe("12.5");
  });

  it("totals a matrix per objective per column", () => {
    expect(
      matrixTotals(
        [7, 16],
        ["no", "yes"],
        [
          answer({ objectiveId: 7, optionKeys: ["yes"] }),
          answer({ objectiveId: 7, optionKeys: ["no"], responseId: 2 }),
          answer({ objectiveId: 16, optionKeys: ["yes"] }),
          answer({ objectiveId: 16, optionKeys: [], comment: "comment only" }),
        ],
      ),
    ).toEqual([
      { objectiveId: 7, answered: 2, counts: [1, 1] },
      { objectiveId: 16, answered: 1, counts: [0, 1] },
    ]);
  });

  it("groups rates by category and province, drafts counting as started", () => {
    const rates = responseRates(
      [
        {
          id: 1,
          categoryKey: "p",
          categoryLabel: "Province",
          jurisdiction: "ON",
          state: "submitted",
        },
        {
          id: 2,
          categoryKey: "p",
          categoryLabel: "Province",
          jurisdiction: "QC",
          state: "started",
        },
        {
          id: 3,
          categoryKey: "c",
          categoryLabel: "Civil society",
          jurisdiction: "ON",
          state: "none",
        },
      ],
      (code) => code,
      (code) => ["QC", "ON"].indexOf(code),
    );
    expect(rates.totals).toEqual({ invited: 3, started: 2, submitted: 1, rate: 33.3 });
    expect(rates.byProvince.map((g) => [g.key, g.invited, g.submitted, g.rate])).toEqual([
      ["QC", 1, 0, 0],
      ["ON", 2, 1, 50],
    ]);
    expect(rates.byCategory.map((g) => [g.label, g.started])).toEqual([
      ["Civil society", 0],
      ["Province", 2],
    ]);
  });

  it("searches without minding case or accents", () => {
    expect(textMatches("Programme régional en Estrie", "REGIONAL")).toBe(true);
    expect(textMatches("Programme regional", "régional")).toBe(true);
    expect(textMatches("Halifax", "Whitehorse")).toBe(false);
  });
});
