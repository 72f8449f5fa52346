import { describe, expect, it } from "vitest";
import {
  cleanText,
  fieldName,
  optionKey,
  readAnswers,
  visibleQuestionIds,
  type QuestionView,
  type SectionView,
} from "./survey-logic";

const question = (id: number, patch: Partial<QuestionView>): QuestionView => ({
  id,
  sectionId: 1,
  kind: "short-text",
  promptEn: `Q${id}`,
  promptFr: `Q${id}`,
  helpEn: "",
  helpFr: "",
  required: false,
  settings: {},
  conditionQuestionId: null,
  conditionValue: null,
  options: [],
  ...patch,
});

const sections: SectionView[] = [
  {
    id: 1,
    titleEn: "S",
    titleFr: "S",
    descriptionEn: "",
    descriptionFr: "",
    questions: [
      question(1, { kind: "yes-no" }),
      question(2, { required: true, conditionQuestionId: 1, conditionValue: "yes" }),
      question(3, { kind: "long-text", conditionQuestionId: 2, conditionValue: "never" }),
      question(4, { kind: "number", required: true, settings: { min: 0, max: 10 } }),
    ],
  },
];

describe("survey rules", () => {
  it("shows a conditional question only for its answer, and hides what depends on a hidden one", () => {
    expect([...visibleQuestionIds(sections, {})]).toEqual([1, 4]);
    expect([...visibleQuestionIds(sections, { q1: "yes" })]).toEqual([1, 2, 4]);
    expect([...visibleQuestionIds(sections, { q1: "no", q2: "never" })]).toEqual([1, 4]);
  });

  it("requires only shown questions and ignores answers to hidden ones", () => {
    const hidden = readAnswers(sections, [], { q1: "no", q2: "stray", q4: "3" });
    expect(hidden.missing).toEqual([]);
    expect(hidden.answers.map((a) => a.questionId)).toEqual([1, 4]);
    const shown = readAnswers(sections, [], { q1: "yes", q4: "3,5" });
    expect(shown.missing).toEqual([
      { questionId: 2, fieldId: fieldName.value(2), code: "surveys.answer.required" },
    ]);
    expect(shown.answers.find((a) => a.questionId === 4)?.numberValue).toBe("3.5");
  });

  it("refuses numbers out of range or unreadable, and unknown choices", () => {
    expect(readAnswers(sections, [], { q4: "11" }).invalid[0]?.code).toBe(
      "surveys.answer.outOfRange",
    );
    expect(readAnswers(sections, [], { q4: "1e3" }).invalid[0]?.code).toBe(
      "surveys.answer.notANumber",
    );
    expect(readAnswers(sections, [], { q1: "maybe" }).invalid[0]?.code).toBe(
      "surveys.answer.unknownChoice",
    );
  });

  it("cleans text PostgreSQL cannot store and makes stable option keys", () => {
    expect(cleanText("a\u0000b \ud800 e\u0301")).toBe("ab \ufffd é");
    expect(optionKey("Santé publique", new Set())).toBe("sante-publique");
    expect(optionKey("Health", new Set(["health"]))).toBe("health-2");
    expect(optionKey("!!!", new Set())).toBe("option");
  });
});
