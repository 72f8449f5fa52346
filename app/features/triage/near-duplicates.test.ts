import { describe, expect, it } from "vitest";
import {
  createMinHasher,
  DuplicateIndex,
  findDuplicateGroups,
  jaccard,
  mulberry32,
  normaliseForComparison,
  shingles,
} from "./near-duplicates";

const LETTER =
  "As a resident of this country I urge the government to protect the rights of migrant " +
  "workers under the Global Compact. Temporary workers must be able to change employers " +
  "without losing their status, their families must be able to join them, and every worker " +
  "should have access to health care and language training from the first day. Please make " +
  "sure that the national review listens to the people who live these rules every day and " +
  "publishes what it heard in both official languages.";

const VOCABULARY = (
  "river mountain policy budget school housing transit climate energy farm harbour bridge " +
  "library clinic museum forest tax wage union court border airport railway census water " +
  "garden festival hockey winter summer salmon wheat mining software bank loan pension " +
  "teacher nurse doctor engineer student elder youth family village city province ocean " +
  "maple canoe bicycle highway ferry lighthouse prairie tundra island glacier valley coast"
).split(" ");

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function randomText(random: () => number, words: number, vocabulary = VOCABULARY): string {
  return Array.from({ length: words }, () => pick(random, vocabulary)).join(" ");
}

/** One light edit: a word swapped, a typo, or an added sentence. */
function lightlyEdit(text: string, random: () => number): string {
  const words = text.split(" ");
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    const kind = Math.floor(random() * 3);
    const at = Math.floor(random() * words.length);
    if (kind === 0) words[at] = pick(random, VOCABULARY);
    else if (kind === 1) {
      const word = words[at] as string;
      const c = Math.floor(random() * word.length);
      words[at] = word.slice(0, c) + "x" + word.slice(c + 1);
    } else words.push("I", "also", "think", "that", randomText(random, 3) + ".");
  }
  return words.join(" ");
}

describe("normaliseForComparison", () => {
  it("ignores accents, case, punctuation and spacing", () => {
    expect(normaliseForComparison("  L’État   protège, les ÉLÈVES! Œuvre… ")).toBe(
      "l etat protege les eleves oeuvre",
    );
    expect(normaliseForComparison("Déjà-vu")).toBe(normaliseForComparison("deja vu"));
  });
});

describe("shingles and MinHash", () => {
  it("uses a whole-text shingle for texts shorter than k words", () => {
    expect(shingles("two words")).toHaveLength(1);
    expect(shingles("")).toHaveLength(0);
    expect(shingles("one two three four")).toHaveLength(2);
  });

  it("hashes the words of the normalised text without building it", () => {
    for (const text of [
      "L’ŒUVRE de l'État: «protéger» les élèves — déjà! 😀 İstanbul ﬁnance x²",
      "Plain ASCII, with punctuation... and   spaces!",
      "Ñandú coöperation straße Łódź ΑΘΗΝΑ Москва",
    ]) {
      expect(shingles(text)).toEqual(shingles(normaliseForComparison(text)));
    }
  });

  it("computes (a·x + b) mod p exactly, p = 2^32 + 15", () => {
    const p = 4_294_967_311n;
    const hasher = createMinHasher({ numHashes: 16, seed: 5 });
    const b = hasher.signature(Uint32Array.of(0));
    const aPlusB = hasher.signature(Uint32Array.of(1));
    const random = mulberry32(1);
    for (let t = 0; t < 200; t++) {
      const x = t < 2 ? 0xffffffff - t : Math.floor(random() * 4_294_967_296);
      const signature = hasher.signature(Uint32Array.of(x));
      for (let i = 0; i < 16; i++) {
        const a = (BigInt(aPlusB[i]!) - BigInt(b[i]!) + p) % p;
        const expected = (a * BigInt(x) + BigInt(b[i]!)) % p;
        expect(BigInt(signature[i]!)).toBe(expected % 4_294_967_296n);
      }
    }
  });

  it("gives signatures whose agreement estimates the Jaccard similarity", () => {
    const random = mulberry32(7);
    const a = shingles(randomText(random, 120));
    const b = shingles(lightlyEdit(lightlyEdit(randomText(mulberry32(7), 120), random), random));
    const hasher = createMinHasher({ numHashes: 128, seed: 3 });
    const sa = hasher.signature(a);
    const sb = hasher.signature(b);
    let same = 0;
    for (let i = 0; i < 128; i++) if (sa[i] === sb[i]) same++;
    expect(Math.abs(same / 128 - jaccard(a, b))).toBeLessThan(0.15);
    expect(hasher.signature(a)).toEqual(sa); // deterministic
  });
});

describe("findDuplicateGroups", () => {
  const random = mulberry32(2026);
  const copies = Array.from({ length: 50 }, (_, i) => ({
    id: 1000 + i * 7,
    text: lightlyEdit(LETTER, random),
  }));
  const unrelated = Array.from({ length: 200 }, (_, i) => ({
    id: 5000 + i,
    text: randomText(random, 15 + Math.floor(random() * 40)),
  }));

  it("groups 50 lightly edited copies of a form letter into one group", () => {
    const mixed = [...unrelated.slice(0, 100), ...copies, ...unrelated.slice(100)];
    const groups = findDuplicateGroups(mixed);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.memberIds).toEqual(copies.map((c) => c.id).sort((x, y) => x - y));
    expect(groups[0]!.representativeId).toBe(1000);
  });

  it("does not group 200 unrelated texts", () => {
    expect(findDuplicateGroups(unrelated)).toEqual([]);
  });

  it("groups an accented French copy with its unaccented, re-punctuated twin", () => {
    const accented =
      "Nous demandons que l'État protège les droits des travailleuses et travailleurs " +
      "migrants, qu'il garantisse l'accès aux soins de santé dès leur arrivée et qu'il " +
      "publie le bilan de l'examen national en français et en anglais.";
    const plain = accented
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toUpperCase()
      .replace(/[,.']/g, " ");
    expect(
      findDuplicateGroups([
        { id: 2, text: plain },
        { id: 1, text: accented },
        { id: 3, text: randomText(random, 30) },
      ]),
    ).toEqual([{ representativeId: 1, memberIds: [1, 2] }]);
  });

  it("joins A and C only through a verified path (no chaining by collision)", () => {
    const b = Array.from({ length: 102 }, (_, i) => `b${i}`);
    const textB = b.join(" ");
    const textA = [...b.slice(0, 77), "xa1", "xa2", "xa3", "xa4", "xa5"].join(" ");
    const textC = ["yc1", "yc2", "yc3", "yc4", "yc5", ...b.slice(25)].join(" ");
    const [sa, sb, sc] = [shingles(textA), shingles(textB), shingles(textC)];
    expect(jaccard(sa, sb)).toBeGreaterThanOrEqual(0.7);
    expect(jaccard(sb, sc)).toBeGreaterThanOrEqual(0.7);
    expect(jaccard(sa, sc)).toBeLessThan(0.5);
    // Documented behaviour: groups are the connected components of verified pairs.
    expect(
      findDuplicateGroups([
        { id: 1, text: textA },
        { id: 2, text: textB },
        { id: 3, text: textC },
      ]),
    ).toEqual([{ representativeId: 1, memberIds: [1, 2, 3] }]);
    // Without B there is no verified path, so A and C stay apart.
    expect(
      findDuplicateGroups([
        { id: 1, text: textA },
        { id: 3, text: textC },
      ]),
    ).toEqual([]);
  });

  it("verifies candidates: heavy LSH collisions on a tiny vocabulary merge nothing", () => {
    // One row per band: any shared minimum makes a candidate, so these texts (which share
    // many trigrams) collide constantly; unverified, they would chain into one cluster.
    const tiny = VOCABULARY.slice(0, 6);
    const rnd = mulberry32(99);
    const texts = Array.from({ length: 300 }, (_, i) => ({
      id: i + 1,
      text: randomText(rnd, 40, tiny),
    }));
    const sets = texts.map((t) => shingles(t.text));
    let max = 0;
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) max = Math.max(max, jaccard(sets[i]!, sets[j]!));
    }
    expect(max).toBeLessThan(0.7);
    expect(findDuplicateGroups(texts, { bands: 128, maxAnchorsPerBucket: 1000 })).toEqual([]);
    // …while a low threshold shows that they were indeed candidates.
    expect(findDuplicateGroups(texts, { bands: 128, threshold: 0.05 }).length).toBeGreaterThan(0);
  });
});

describe("DuplicateIndex", () => {
  it("finds the edited copy and not unrelated texts", () => {
    const random = mulberry32(11);
    const index = new DuplicateIndex();
    for (let i = 0; i < 300; i++)
      index.add(i + 1, randomText(random, 20 + Math.floor(random() * 30)));
    index.add(9999, LETTER);
    expect(index.size).toBe(301);

    const found = index.findSimilar(lightlyEdit(LETTER, random));
    expect(found.map((f) => f.id)).toEqual([9999]);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(0.7);
    expect(index.findSimilar(randomText(random, 40))).toEqual([]);
    expect(index.findSimilar("")).toEqual([]);
  });

  it("verifies candidates before answering", () => {
    const tiny = VOCABULARY.slice(0, 6);
    const random = mulberry32(13);
    const index = new DuplicateIndex({ bands: 128 });
    for (let i = 0; i < 300; i++) index.add(i + 1, randomText(random, 40, tiny));
    const query = randomText(random, 40, tiny);
    expect(index.findSimilar(query)).toEqual([]);
    const loose = index.findSimilar(query, { threshold: 0.05 });
    expect(loose.length).toBeGreaterThan(0); // they were candidates
    expect(loose.every((f) => f.similarity < 0.7)).toBe(true);
  });

  it("keeps finding texts added before and after its sorted part is rebuilt", () => {
    const random = mulberry32(12);
    const index = new DuplicateIndex();
    index.add(1, LETTER);
    for (let i = 0; i < 6000; i++) index.add(100 + i, randomText(random, 25));
    const late = randomText(random, 60);
    index.add(2, late);
    expect(index.findSimilar(lightlyEdit(LETTER, random)).map((f) => f.id)).toEqual([1]);
    expect(index.findSimilar(late)).toEqual([{ id: 2, similarity: 1 }]);
    // exact copies are reported with the text they copy
    index.add(3, late.toUpperCase());
    index.add(4, "");
    expect(index.findSimilar(late)).toEqual([
      { id: 2, similarity: 1 },
      { id: 3, similarity: 1 },
    ]);
    expect(index.size).toBe(6004);
  });
});
