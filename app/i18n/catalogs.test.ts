import { describe, expect, it } from "vitest";
import { z } from "zod";
import { en } from "./catalog-en";
import { fr } from "./catalog-fr";
import { negotiateLocale, switchLocalePath } from "./locale";
import { translator } from "./translate";
import { parseIn } from "./zod";

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  it("have exactly the same keys in English and French", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it("have no empty message in either language", () => {
    for (const catalog of [en, fr]) {
      for (const [key, message] of Object.entries(catalog))
        expect(message.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("fills placeholders", () => {
    expect(translator("fr")("objective.heading", { number: 7, title: "Vulnérabilités" })).toBe(
      "Objectif 7 : Vulnérabilités",
    );
  });
});

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["en-CA,en;q=0.9,fr;q=0.8", "en"],
    ["de-DE,fr;q=0.5", "fr"],
    ["es", "en"],
    ["en;q=0.2, fr;q=0.7", "fr"],
    ["fr;q=0", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("switchLocalePath", () => {
  it("keeps the page and its query when switching language", () => {
    expect(switchLocalePath("/en/objectives/7", "?page=2", "fr")).toBe("/fr/objectives/7?page=2");
    expect(switchLocalePath("/fr", "", "en")).toBe("/en");
    expect(switchLocalePath("/unknown/path", "", "fr")).toBe("/fr/unknown/path");
  });
});

describe("validation messages", () => {
  const Schema = z.object({ title: z.string().min(3) });

  it("are in French for a French page", () => {
    const result = parseIn("fr", Schema, { title: "a" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Trop petit/);
  });

  it("are in English for an English page", () => {
    const result = parseIn("en", Schema, { title: "a" });
    expect(result.error?.issues[0]?.message).toMatch(/Too small/);
  });
});
