import { describe, expect, it } from "vitest";
import { bilingual, pickLocalized } from "./localized-text";

const texts = [
  { language: "en" as const, title: "Newcomer women" },
  { language: "fr" as const, title: "Femmes nouvelles arrivantes" },
];

describe("pickLocalized", () => {
  it("shows the reader's language when a text exists in it", () => {
    expect(pickLocalized(texts, "fr", "en")).toMatchObject({
      title: "Femmes nouvelles arrivantes",
      lang: "fr",
    });
  });

  it("falls back to the original language and says so", () => {
    expect(pickLocalized([texts[1]!], "en", "fr")).toMatchObject({
      title: "Femmes nouvelles arrivantes",
      lang: "fr",
    });
  });

  it("returns null when there is no text at all", () => {
    expect(pickLocalized([], "en", "en")).toBeNull();
  });
});

describe("bilingual", () => {
  it("reads the column of the locale", () => {
    expect(bilingual({ titleEn: "Objectives", titleFr: "Objectifs" }, "title", "fr")).toBe(
      "Objectifs",
    );
  });
});
