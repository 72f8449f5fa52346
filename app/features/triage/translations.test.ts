import { describe, expect, it } from "vitest";
import {
  bestTranslation,
  languageNeutralTokens,
  PAIR_THRESHOLD,
  translationScore,
} from "./translations";

const english = `The Moncton Welcome Centre (MWC) helped 1,250 families from Venezuela in 2021 with a
budget of $450,000. Contact info@accueil-moncton.ca or see https://accueil-moncton.ca/programme/.
Partners include IRCC and the Université de Moncton in New Brunswick.`;

const french = `Le Centre d'accueil de Moncton (MWC) a aidé 1 250 familles du Venezuela en 2021 avec un
budget de 450 000 $. Écrivez à info@accueil-moncton.ca ou consultez www.accueil-moncton.ca/programme.
Parmi les partenaires : IRCC et l'Université de Moncton au Nouveau-Brunswick.`;

describe("language-neutral tokens", () => {
  it("keeps numbers, amounts, links, e-mails, acronyms and names, whatever the language's separators", () => {
    const tokens = languageNeutralTokens(english);
    expect(tokens).toContain("n:1250");
    expect(tokens).toContain("n:450000");
    expect(tokens).toContain("n:2021");
    expect(tokens).toContain("url:accueil-moncton.ca/programme");
    expect(tokens).toContain("mail:info@accueil-moncton.ca");
    expect(tokens).toContain("a:ircc");
    expect(tokens).toContain("w:moncton");
    expect(tokens).toContain("w:universite");
    // A sentence's first word and English-only capitals are not names.
    expect(tokens).not.toContain("w:the");
    expect(tokens).not.toContain("w:partners");
    expect(languageNeutralTokens("We met on Monday, in English.")).toEqual(new Set());
    const frenchTokens = languageNeutralTokens(french);
    expect(frenchTokens).toContain("n:1250");
    expect(frenchTokens).toContain("n:450000");
    expect(frenchTokens).toContain("url:accueil-moncton.ca/programme");
  });
});

describe("pairing translations", () => {
  it("pairs an English text with its French translation", () => {
    const score = translationScore(languageNeutralTokens(english), languageNeutralTokens(french));
    expect(score).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
  });

  it("does not pair texts that only share a place name or a year", () => {
    const unrelated = `La Société d'aide de Moncton offre des cours de français depuis 2019 à 80
    personnes par année. Renseignements : https://exemple.org/cours.`;
    expect(
      translationScore(languageNeutralTokens(english), languageNeutralTokens(unrelated)),
    ).toBeLessThan(PAIR_THRESHOLD);
    expect(translationScore(new Set(["n:1"]), new Set(["n:1"]))).toBe(0);
  });

  it("picks the best candidate above the threshold", () => {
    const tokens = languageNeutralTokens(english);
    const candidates = [
      { id: 1, tokens: languageNeutralTokens("Un texte sans rapport, écrit à Halifax en 1999.") },
      { id: 2, tokens: languageNeutralTokens(french) },
    ];
    expect(bestTranslation(tokens, candidates)?.candidate.id).toBe(2);
    expect(bestTranslation(tokens, candidates.slice(0, 1))).toBeNull();
  });
});
