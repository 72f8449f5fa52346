import { describe, expect, it } from "vitest";
import { gcmFramework } from "../../../seeds/data/gcm-framework";
import { createSuggester, stem, tokenize } from "./objective-suggestions";

const suggester = () => createSuggester({ objectives: gcmFramework.objectives });
const objectivesOf = (suggestions: Array<{ objective: number }>) =>
  suggestions.map((s) => s.objective);

describe("tokenize", () => {
  it("folds accents and case, drops stop words and stems EN and FR alike", () => {
    expect(tokenize("Les VULNÉRABILITÉS et the vulnerabilities").map((t) => t.term)).toEqual([
      "vulnerabil",
      "vulnerabil",
    ]);
    expect(tokenize("Données ventilées").map((t) => t.word)).toEqual(["données", "ventilées"]);
    expect(stem("trafficking")).toBe(stem("traffickings"));
    expect(stem("informations")).toBe(stem("information"));
    expect(stem("remittances")).toBe(stem("remittance"));
  });

  it("splits on anything that is not a letter", () => {
    expect(tokenize("l'intégration—2024, data/statistics!").map((t) => t.word)).toEqual([
      "intégration",
      "data",
      "statistics",
    ]);
  });
});

describe("suggest", () => {
  it("suggests objective 10 for a text about human trafficking, in English", () => {
    const [first] = suggester().suggest(
      "Our shelter supports victims of human trafficking who were forced to work without pay.",
    );
    expect(first?.objective).toBe(10);
    expect(first?.triggers).toContain("trafficking");
    expect(first?.score).toBeGreaterThan(0);
    expect(first?.score).toBeLessThanOrEqual(1);
  });

  it("suggests objective 10 for a text about human trafficking, in French", () => {
    const [first] = suggester().suggest(
      "Notre refuge accompagne les victimes de la traite des personnes, contraintes de travailler sans salaire.",
    );
    expect(first?.objective).toBe(10);
    expect(first?.triggers).toContain("traite");
  });

  it("suggests objective 1 for a text about data and statistics, in both languages", () => {
    const en = suggester().suggest(
      "Statistics on newcomers are rarely disaggregated by gender; we need better data.",
    );
    expect(en[0]?.objective).toBe(1);
    expect(en[0]?.triggers).toEqual(expect.arrayContaining(["statistics", "data"]));
    const fr = suggester().suggest(
      "Les statistiques sur les nouveaux arrivants sont rarement ventilées par genre.",
    );
    expect(fr[0]?.objective).toBe(1);
  });

  it("suggests objective 20 for a text about remittances, in both languages", () => {
    const en = suggester().suggest("Sending remittances to my family costs far too much in fees.");
    expect(en[0]?.objective).toBe(20);
    expect(en[0]?.triggers).toContain("remittances");
    const fr = suggester().suggest("Les envois de fonds à ma famille coûtent trop cher.");
    expect(fr[0]?.objective).toBe(20);
  });

  it("returns nothing for an empty text, stop words only or unknown words", () => {
    const s = suggester();
    expect(s.suggest("")).toEqual([]);
    expect(s.suggest("   \n ")).toEqual([]);
    expect(s.suggest("the and of les et des")).toEqual([]);
    expect(s.suggest("zzzz qqqq")).toEqual([]);
  });

  it("respects limit and minScore, and ranks by score", () => {
    const s = suggester();
    const text = "Trafficking victims, remittances, border management and statistics on detention.";
    const five = s.suggest(text, { limit: 5 });
    expect(five).toHaveLength(5);
    expect(s.suggest(text)).toHaveLength(3);
    const scores = five.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const threshold = five[1]?.score ?? 1;
    expect(
      s.suggest(text, { limit: 5, minScore: threshold }).every((x) => x.score >= threshold),
    ).toBe(true);
    expect(s.suggest(text, { limit: 0 })).toEqual([]);
  });

  it("learns from staff-confirmed examples", () => {
    const s = suggester();
    const text = "A safe house in Quito for LGBTI people fleeing persecution.";
    expect(objectivesOf(s.suggest(text))).not.toContain(7);

    s.train([
      { text: "Shelter and counselling for LGBTI people on the move.", objectives: [7] },
      { text: "Un refuge pour les personnes LGBTI en déplacement.", objectives: [7, 16] },
    ]);
    const after = s.suggest(text);
    expect(objectivesOf(after)).toContain(7);
    expect(after.find((x) => x.objective === 7)?.triggers).toContain("lgbti");
  });

  it("ignores examples for unknown objectives and empty texts", () => {
    const s = suggester();
    const before = s.suggest("remittances");
    s.train([
      { text: "remittances", objectives: [99] },
      { text: "", objectives: [1] },
    ]);
    expect(s.suggest("remittances")[0]?.objective).toBe(before[0]?.objective);
  });

  it("uses a custom glossary instead of the built-in one", () => {
    const s = createSuggester({
      objectives: gcmFramework.objectives,
      glossary: { 20: "hawala" },
    });
    expect(s.suggest("hawala")[0]?.objective).toBe(20);
    expect(s.suggest("remittances")[0]?.objective).toBe(20); // still in the title
    expect(s.suggest("banking")).toEqual([]); // only in the built-in gloss
  });
});
