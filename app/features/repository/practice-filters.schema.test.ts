import { describe, expect, it } from "vitest";
import { filtersQuery, parsePracticeFilters } from "./practice-filters.schema";

const parse = (query: string) => parsePracticeFilters(new URL(`http://x/en/practices${query}`));

describe("parsePracticeFilters", () => {
  it("reads every filter from the URL", () => {
    expect(
      parse(
        "?q=%C3%89quateur&objective=7&principle=human-rights&category=academia&province=ON&year=2019&language=fr&page=2",
      ),
    ).toEqual({
      q: "Équateur",
      objective: 7,
      principle: "human-rights",
      category: "academia",
      province: "ON",
      year: 2019,
      language: "fr",
      page: 2,
    });
  });

  it("ignores empty and malformed values instead of failing", () => {
    expect(
      parse("?q=&objective=seven&principle=%3Cscript%3E&year=99999&language=de&page=-3"),
    ).toEqual({
      page: 1,
    });
  });

  it("normalises and bounds the search words", () => {
    const decomposed = "E\u0301quateur";
    expect(parse(`?q=${encodeURIComponent(`  ${decomposed}  `)}`).q).toBe("Équateur");
    expect(parse(`?q=${"a".repeat(500)}`).q).toHaveLength(200);
  });
});

describe("filtersQuery", () => {
  it("writes back only the filters that are set, and the page after the first", () => {
    expect(filtersQuery({ objective: 7, q: "travail saisonnier" }, 2)).toBe(
      "?q=travail+saisonnier&objective=7&page=2",
    );
    expect(filtersQuery({}, 1)).toBe("");
  });
});
