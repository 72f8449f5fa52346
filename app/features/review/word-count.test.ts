import { describe, expect, it } from "vitest";
import { inParity, laggingLanguage, parityAfterSave } from "./parity";
import { countWords, isOverSuggested } from "./word-count";

describe("word count", () => {
  it("counts words in both languages and ignores citation tokens and Markdown marks", () => {
    expect(countWords("Le Canada a soutenu les migrants. [@RT-2021-000020]")).toBe(6);
    expect(countWords("- **Gender-responsive** approach — *two* words\n\n# Title")).toBe(5);
    expect(countWords("l'intégration des nouveaux arrivants")).toBe(4);
  });

  it("warns only past a suggested length", () => {
    expect(isOverSuggested(501, 500)).toBe(true);
    expect(isOverSuggested(500, 500)).toBe(false);
    expect(isOverSuggested(9_999, null)).toBe(false);
  });
});

describe("parity", () => {
  it("names the language that lags", () => {
    expect(laggingLanguage({ enRevision: 3, frRevision: 2 })).toBe("fr");
    expect(laggingLanguage({ enRevision: 2, frRevision: 4 })).toBe("en");
    expect(inParity({ enRevision: 0, frRevision: 0 })).toBe(true);
  });

  it("keeps parity unchanged when nothing changed", () => {
    expect(parityAfterSave({ enRevision: 3, frRevision: 2 }, { en: false, fr: false }, 4)).toEqual({
      enRevision: 3,
      frRevision: 2,
    });
  });
});
