// Near-duplicate detection for the triage queue (issue 7, "Duplicates and campaigns";
// docs/decisions/008-near-duplicate-detection.md). Pure: no I/O, no database.
//
// Pipeline: normalise (accents and punctuation do not matter) → k-word shingles hashed to
// 32-bit ints → MinHash signature → LSH banding → every candidate pair is VERIFIED by the
// exact Jaccard similarity of the two shingle sets → union-find. Without the verification
// step, band collisions chain unrelated texts into one giant cluster.

/** Default shingle size (words per shingle). */
export const DEFAULT_SHINGLE_SIZE = 3;
/** Default Jaccard threshold a candidate pair must reach to be grouped. */
export const DEFAULT_THRESHOLD = 0.7;
export const DEFAULT_NUM_HASHES = 128;
export const DEFAULT_BANDS = 32;
/** Per bucket, each member is verified against at most this many earlier members. */
export const DEFAULT_MAX_ANCHORS = 8;
/** Per-submit check: at most this many ids are read from one bucket. */
export const DEFAULT_MAX_BUCKET_READ = 500;

/** The Mersenne-like prime used by the universal hash family (2^32 + 15). */
export const MINHASH_PRIME = 4_294_967_311;
const TWO_POW_32 = 4_294_967_296;
const INV_TWO_POW_32 = 1 / TWO_POW_32;
/** `a` is drawn below 2^20 so that `a * x + b` stays below 2^53 (exact in a double). */
const A_LIMIT = 1_048_576;

export interface DuplicateOptions {
  /** Words per shingle (default 3). Texts with fewer words form one whole-text shingle. */
  shingleSize?: number;
  /** MinHash signature length (default 128); must equal bands × rows. */
  numHashes?: number;
  /** LSH bands (default 32, so 4 rows per band). */
  bands?: number;
  /** Jaccard threshold for a verified pair (default 0.7). */
  threshold?: number;
  /** Seed of the hash family (default 1). Signatures are comparable only with the same seed. */
  seed?: number;
  /** Full pass: per bucket, each member is verified against ≤ this many anchors (default 8). */
  maxAnchorsPerBucket?: number;
}

export interface DuplicateGroup {
  /** The smallest id of the group. */
  representativeId: number;
  /** Every member, ascending, representative included; always ≥ 2 members. */
  memberIds: number[];
}

export interface SimilarText {
  id: number;
  /** Exact Jaccard similarity of the shingle sets, 0..1. */
  similarity: number;
}

// ---------------------------------------------------------------------------------------
// Normalisation and shingles

const FOLDS: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d" };

/**
 * Text as compared: NFKD, diacritics removed, lower case, ligatures unfolded, every run of
 * punctuation or white space collapsed to one space, trimmed. "Élève, l’été!" → "eleve l ete".
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a32(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed bijection on 32-bit ints. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(h: number, value: number): number {
  h ^= value;
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  return h | 0;
}

let wordScratch = new Uint32Array(256);
let shingleScratch = new Uint32Array(256);

const FOLD_CODES = new Map<number, number[]>(
  Object.entries(FOLDS).map(([from, to]) => [
    from.charCodeAt(0),
    [...to].map((c) => c.charCodeAt(0)),
  ]),
);
const SEPARATOR = 0;
const WORD_CHAR = 1;
const MARK = 2;
const FOLDED = 3;
const charClasses = new Map<number, number>();
/** Class of a non-ASCII code point, as `normaliseForComparison` treats it (cached). */
function classify(codePoint: number): number {
  let kind = charClasses.get(codePoint);
  if (kind === undefined) {
    const ch = String.fromCodePoint(codePoint);
    kind = FOLD_CODES.has(codePoint)
      ? FOLDED
      : /\p{M}/u.test(ch)
        ? MARK
        : /[\p{L}\p{N}]/u.test(ch)
          ? WORD_CHAR
          : SEPARATOR;
    charClasses.set(codePoint, kind);
  }
  return kind;
}

/**
 * Hashes the words of `normaliseForComparison(text)` into `wordScratch` without building
 * that string: ASCII texts are lower-cased and split inline; others go through NFKD and
 * `toLowerCase` first, then marks are skipped and ligatures unfolded per character.
 * Returns the number of words.
 */
function hashWords(text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  const s = ascii ? text : text.normalize("NFKD").toLowerCase();
  let count = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const length = s.length;
  for (let i = 0; i <= length; i++) {
    let c = i < length ? s.charCodeAt(i) : 32;
    let kind: number;
    if (c < 128) {
      if (c >= 65 && c <= 90) c |= 32;
      kind = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? WORD_CHAR : SEPARATOR;
    } else if (c >= 0x300 && c <= 0x36f) kind = MARK;
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
        c = s.codePointAt(i) as number;
        if (c > 0xffff) i++;
      }
      kind = classify(c);
    }
    if (kind === SEPARATOR) {
      if (inWord) {
        if (count === wordScratch.length) {
          const grown = new Uint32Array(count * 2);
          grown.set(wordScratch);
          wordScratch = grown;
        }
        wordScratch[count++] = h >>> 0;
        inWord = false;
        h = 0x811c9dc5;
      }
    } else if (kind === WORD_CHAR) {
      if (c > 0xffff) {
        // hash the UTF-16 code units, as fnv1a32 over the normalised string would
        h ^= 0xd800 + ((c - 0x10000) >> 10);
        h = Math.imul(h, 0x01000193);
        c = 0xdc00 + ((c - 0x10000) & 0x3ff);
      }
      h ^= c;
      h = Math.imul(h, 0x01000193);
      inWord = true;
    } else if (kind === FOLDED) {
      for (const f of FOLD_CODES.get(c) as number[]) {
        h ^= f;
        h = Math.imul(h, 0x01000193);
      }
      inWord = true;
    }
  }
  return count;
}

/**
 * Fills `shingleScratch` with the sorted, de-duplicated 32-bit hashes of the k-word
 * shingles of `normaliseForComparison(text)`; returns how many. Fewer than k words: one whole-text
 * shingle; no words: none.
 */
function shingleInto(text: string, k: number): number {
  const words = hashWords(text);
  if (words === 0) return 0;
  const count = words < k ? 1 : words - k + 1;
  const width = words < k ? words : k;
  if (shingleScratch.length < count) shingleScratch = new Uint32Array(count * 2);
  for (let i = 0; i < count; i++) {
    let h = 0x1b873593 ^ width;
    for (let w = 0; w < width; w++) h = combine(h, wordScratch[i + w] as number);
    shingleScratch[i] = fmix32(h ^ width);
  }
  const view = shingleScratch.subarray(0, count);
  view.sort();
  let unique = 0;
  for (let i = 0; i < count; i++) {
    const v = view[i] as number;
    if (unique === 0 || v !== view[unique - 1]) view[unique++] = v;
  }
  return unique;
}

/** Sorted, de-duplicated shingle hashes of a text (normalised here). */
export function shingles(text: string, shingleSize = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const count = shingleInto(text, shingleSize);
  return shingleScratch.slice(0, count);
}

/** Exact Jaccard similarity of two sorted, de-duplicated sets (two empty sets: 0). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  return jaccardRange(a, 0, a.length, b, 0, b.length);
}

function jaccardRange(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  bStart: number,
  bEnd: number,
): number {
  const total = aEnd - aStart + (bEnd - bStart);
  if (total === 0) return 0;
  let i = aStart;
  let j = bStart;
  let common = 0;
  while (i < aEnd && j < bEnd) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (total - common);
}

// ---------------------------------------------------------------------------------------
// MinHash

export interface MinHasher {
  readonly numHashes: number;
  /** MinHash signature of a shingle set (values < 2^32; the 15 values ≥ 2^32 wrap). */
  signature(shingleSet: Uint32Array, out?: Uint32Array): Uint32Array;
}

/** mulberry32: a small deterministic PRNG. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };
}

/**
 * MinHash with the universal family h(x) = (a·x + b) mod p, p = 2^32 + 15, x a 32-bit
 * shingle hash. a ∈ [1, 2^20) and b ∈ [0, p), so a·x + b < 2^53 is exact in a double and
 * the reduction uses 2^32 ≡ -15 (mod p): exact double arithmetic, no division, no BigInt.
 */
export function createMinHasher(options: { numHashes?: number; seed?: number } = {}): MinHasher {
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES;
  const random = mulberry32(options.seed ?? 1);
  const as = new Float64Array(numHashes);
  const bs = new Float64Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    as[i] = 1 + Math.floor(random() * (A_LIMIT - 1));
    bs[i] = Math.floor(random() * MINHASH_PRIME);
  }
  const P = MINHASH_PRIME;
  return {
    numHashes,
    signature(set, out = new Uint32Array(numHashes)) {
      const n = set.length;
      for (let i = 0; i < numHashes; i++) {
        const a = as[i] as number;
        const b = bs[i] as number;
        let min = Infinity;
        for (let j = 0; j < n; j++) {
          // y = hi·2^32 + lo and 2^32 ≡ -15 (mod p), so y ≡ lo - 15·hi (mod p); hi < 2^21
          // and lo < 2^32 make that one correction away from [0, p).
          const y = a * (set[j] as number) + b;
          const hi = Math.floor(y * INV_TWO_POW_32);
          let r = y - hi * TWO_POW_32 - 15 * hi;
          if (r < 0) r += P;
          if (r < min) min = r;
        }
        out[i] = n === 0 ? 0 : min; // ToUint32: the 15 values ≥ 2^32 wrap to 0..14
      }
      return out;
    },
  };
}

/** Band keys (32-bit) of a signature: bands × rows must equal the signature's length. */
function bandKeysInto(signature: Uint32Array, bands: number, out: Uint32Array, offset: number) {
  const rows = signature.length / bands;
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = combine(h, signature[b * rows + r] as number);
    out[offset + b] = fmix32(h ^ rows);
  }
}

interface Resolved {
  k: number;
  numHashes: number;
  bands: number;
  threshold: number;
  seed: number;
  maxAnchors: number;
}

function resolve(options: DuplicateOptions = {}): Resolved {
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES;
  const bands = options.bands ?? DEFAULT_BANDS;
  if (!Number.isInteger(numHashes / bands) || bands < 1) {
    throw new Error(`numHashes (${numHashes}) must be a multiple of bands (${bands})`);
  }
  return {
    k: Math.max(1, options.shingleSize ?? DEFAULT_SHINGLE_SIZE),
    numHashes,
    bands,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    seed: options.seed ?? 1,
    maxAnchors: Math.max(1, options.maxAnchorsPerBucket ?? DEFAULT_MAX_ANCHORS),
  };
}

// ---------------------------------------------------------------------------------------
// Small building blocks: growable pool, radix sort, union-find

class Pool {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(values: Uint32Array, count: number): void {
    if (this.length + count > this.data.length) {
      let size = this.data.length * 2;
      while (size < this.length + count) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    for (let i = 0; i < count; i++) this.data[this.length + i] = values[i] as number;
    this.length += count;
  }
}

/** Indices 0..count-1 ordered by key(i) (stable LSD radix sort, two 16-bit passes). */
function sortByKey(count: number, key: (i: number) => number): Uint32Array {
  const keys = new Uint32Array(count);
  for (let i = 0; i < count; i++) keys[i] = key(i);
  let from = new Uint32Array(count);
  for (let i = 0; i < count; i++) from[i] = i;
  let to = new Uint32Array(count);
  const counts = new Uint32Array(65_537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[(((keys[i] as number) >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d < 65_537; d++) counts[d]! += counts[d - 1] as number;
    for (let i = 0; i < count; i++) {
      const item = from[i] as number;
      to[counts[((keys[item] as number) >>> shift) & 0xffff]!++] = item;
    }
    [from, to] = [to, from];
  }
  return from;
}

class UnionFind {
  readonly parent: Int32Array;
  readonly size: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      const grand = parent[parent[x] as number] as number;
      parent[x] = grand;
      x = grand;
    }
    return x;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb] as number;
  }
}

// ---------------------------------------------------------------------------------------
// Full pass

/**
 * Groups near-duplicates: only groups of ≥ 2 members, representative = smallest id, groups
 * ordered by representative. Two texts are in one group iff a chain of VERIFIED pairs
 * (Jaccard ≥ threshold on the shingle sets) links them; an LSH collision alone never joins.
 * Exact copies (identical shingle sets) are grouped before MinHash and hashed once.
 */
export function findDuplicateGroups(
  items: ReadonlyArray<{ id: number; text: string }>,
  options?: DuplicateOptions,
): DuplicateGroup[] {
  const o = resolve(options);
  const n = items.length;
  const pool = new Pool();
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const count = shingleInto((items[i] as { text: string }).text, o.k);
    pool.push(shingleScratch, count);
    offsets[i + 1] = pool.length;
  }
  const data = pool.data;
  const sets = new UnionFind(n);
  const similar = (x: number, y: number) =>
    jaccardRange(
      data,
      offsets[x] as number,
      offsets[x + 1] as number,
      data,
      offsets[y] as number,
      offsets[y + 1] as number,
    ) >= o.threshold;

  // 1. Exact copies: sort by a content hash, compare runs, keep one per distinct set.
  const contentHash = (i: number) => {
    let h = offsets[i + 1]! - offsets[i]!;
    for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++)
      h = combine(h, data[p] as number);
    return fmix32(h);
  };
  const byContent = sortByKey(n, contentHash);
  const unique: number[] = [];
  for (let s = 0; s < n;) {
    const head = byContent[s] as number;
    const headHash = contentHash(head);
    let e = s + 1;
    while (e < n && contentHash(byContent[e] as number) === headHash) e++;
    const empty = offsets[head + 1] === offsets[head];
    if (!empty) unique.push(head);
    for (let t = s + 1; t < e; t++) {
      const other = byContent[t] as number;
      if (empty) continue;
      if (
        jaccardRange(
          data,
          offsets[head]!,
          offsets[head + 1]!,
          data,
          offsets[other]!,
          offsets[other + 1]!,
        ) === 1
      ) {
        sets.union(head, other);
      } else unique.push(other);
    }
    s = e;
  }

  // 2. MinHash and band keys of each distinct set.
  const m = unique.length;
  const hasher = createMinHasher({ numHashes: o.numHashes, seed: o.seed });
  const signature = new Uint32Array(o.numHashes);
  const keys = new Uint32Array(m * o.bands);
  for (let u = 0; u < m; u++) {
    const i = unique[u] as number;
    hasher.signature(data.subarray(offsets[i], offsets[i + 1]), signature);
    bandKeysInto(signature, o.bands, keys, u * o.bands);
  }

  // 3. Per band: bucket by key; verify each member against ≤ maxAnchors earlier members
  //    of other components (so a bucket of s costs ≤ s × maxAnchors verifications).
  const anchors: number[] = [];
  for (let b = 0; b < o.bands; b++) {
    const order = sortByKey(m, (u) => keys[u * o.bands + b] as number);
    for (let s = 0; s < m;) {
      const key = keys[(order[s] as number) * o.bands + b];
      let e = s + 1;
      while (e < m && keys[(order[e] as number) * o.bands + b] === key) e++;
      if (e - s > 1) {
        anchors.length = 0;
        for (let t = s; t < e; t++) {
          const item = unique[order[t] as number] as number;
          for (const anchor of anchors) {
            if (sets.find(anchor) !== sets.find(item) && similar(anchor, item))
              sets.union(anchor, item);
          }
          if (anchors.length < o.maxAnchors) anchors.push(item);
        }
      }
      s = e;
    }
  }

  // 4. Collect groups.
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    if ((sets.size[root] as number) < 2) continue;
    const list = members.get(root);
    const id = (items[i] as { id: number }).id;
    if (list) list.push(id);
    else members.set(root, [id]);
  }
  const groups: DuplicateGroup[] = [];
  for (const ids of members.values()) {
    ids.sort((x, y) => x - y);
    groups.push({ representativeId: ids[0] as number, memberIds: ids });
  }
  return groups.sort((x, y) => x.representativeId - y.representativeId);
}

// ---------------------------------------------------------------------------------------
// Incremental index for the per-submit check

/**
 * Holds every input of a consultation; `findSimilar` answers the per-submit check. Band
 * keys of indexed texts live in one array; each band keeps the texts sorted by key (binary
 * search) plus a small Map of recent additions, merged back by radix sort when it grows
 * past half the sorted part (amortised O(log n) re-sorts). An exact copy of an indexed
 * text is not bucketed again: it is reported with the text it copies.
 */
export class DuplicateIndex {
  private readonly o: Resolved;
  private readonly hasher: MinHasher;
  private readonly signature: Uint32Array;
  private readonly pool = new Pool();
  private offsets = new Uint32Array(1024);
  private ids = new Float64Array(1024);
  private keys: Uint32Array;
  private count = 0;
  /** Docs that are in the band buckets (not exact copies, not empty), and how many are sorted. */
  private bucketed = new Uint32Array(1024);
  private bucketedCount = 0;
  private sortedCount = 0;
  private sorted: Uint32Array[];
  private pending: Array<Map<number, number[]>>;
  private readonly queryKeys: Uint32Array;
  /** Exact copies (identical shingle sets) are not bucketed: content hash → first doc. */
  private readonly byContent = new Map<number, number>();
  private readonly copiesOf = new Map<number, number[]>();

  constructor(options?: DuplicateOptions) {
    this.o = resolve(options);
    this.hasher = createMinHasher({ numHashes: this.o.numHashes, seed: this.o.seed });
    this.signature = new Uint32Array(this.o.numHashes);
    this.keys = new Uint32Array(1024 * this.o.bands);
    this.sorted = Array.from({ length: this.o.bands }, () => new Uint32Array(0));
    this.pending = Array.from({ length: this.o.bands }, () => new Map());
    this.queryKeys = new Uint32Array(this.o.bands);
  }

  get size(): number {
    return this.count;
  }

  /** Indexes a text under an id (ids need not be unique, but usually are). */
  add(id: number, text: string): void {
    const { bands } = this.o;
    const shingleCount = shingleInto(text, this.o.k);
    if (this.count + 1 >= this.ids.length) this.grow();
    const doc = this.count++;
    this.pool.push(shingleScratch, shingleCount);
    this.offsets[doc + 1] = this.pool.length;
    this.ids[doc] = id;
    this.keys.fill(0, doc * bands, doc * bands + bands);
    if (shingleCount === 0) return; // an empty text is similar to nothing and never looked up
    const start = this.offsets[doc] as number;
    const data = this.pool.data;
    let content = shingleCount;
    for (let p = start; p < start + shingleCount; p++)
      content = combine(content, data[p] as number);
    content = fmix32(content) & 0x3fffffff; // small-integer keys keep the Map compact
    const first = this.byContent.get(content);
    if (first === undefined) this.byContent.set(content, doc);
    else if (
      jaccardRange(
        data,
        this.offsets[first]!,
        this.offsets[first + 1]!,
        data,
        start,
        start + shingleCount,
      ) === 1
    ) {
      const copies = this.copiesOf.get(first);
      if (copies) copies.push(doc);
      else this.copiesOf.set(first, [doc]);
      return; // found through `first`
    }
    this.hasher.signature(
      this.pool.data.subarray(this.offsets[doc], this.offsets[doc + 1]),
      this.signature,
    );
    bandKeysInto(this.signature, bands, this.keys, doc * bands);
    if (this.bucketedCount === this.bucketed.length) {
      const grown = new Uint32Array(this.bucketed.length * 2);
      grown.set(this.bucketed);
      this.bucketed = grown;
    }
    this.bucketed[this.bucketedCount++] = doc;
    for (let b = 0; b < bands; b++) {
      const key = this.keys[doc * bands + b] as number;
      const bucket = this.pending[b]!.get(key);
      if (bucket) bucket.push(doc);
      else this.pending[b]!.set(key, [doc]);
    }
    if (this.bucketedCount - this.sortedCount > Math.max(4096, this.sortedCount / 2))
      this.rebuild();
  }

  /**
   * Indexed texts whose Jaccard similarity to `text` is ≥ threshold (default: the index's),
   * most similar first, at most `limit` (default 50).
   */
  findSimilar(text: string, options: { threshold?: number; limit?: number } = {}): SimilarText[] {
    const threshold = options.threshold ?? this.o.threshold;
    const limit = options.limit ?? 50;
    const { bands } = this.o;
    const count = shingleInto(text, this.o.k);
    if (count === 0) return [];
    const query = shingleScratch.slice(0, count);
    this.hasher.signature(query, this.signature);
    bandKeysInto(this.signature, bands, this.queryKeys, 0);
    const candidates = new Set<number>();
    for (let b = 0; b < bands; b++) {
      const key = this.queryKeys[b] as number;
      let read = 0;
      for (const doc of this.pending[b]!.get(key) ?? []) {
        if (read++ >= DEFAULT_MAX_BUCKET_READ) break;
        candidates.add(doc);
      }
      const order = this.sorted[b] as Uint32Array;
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.keys[(order[mid] as number) * bands + b] as number) < key) lo = mid + 1;
        else hi = mid;
      }
      for (let p = lo; p < order.length && read < DEFAULT_MAX_BUCKET_READ; p++, read++) {
        const doc = order[p] as number;
        if (this.keys[doc * bands + b] !== key) break;
        candidates.add(doc);
      }
    }
    const data = this.pool.data;
    const found: SimilarText[] = [];
    for (const doc of candidates) {
      const similarity = jaccardRange(
        query,
        0,
        count,
        data,
        this.offsets[doc]!,
        this.offsets[doc + 1]!,
      );
      if (similarity < threshold) continue;
      found.push({ id: this.ids[doc] as number, similarity });
      for (const copy of this.copiesOf.get(doc) ?? [])
        found.push({ id: this.ids[copy] as number, similarity });
    }
    found.sort((x, y) => y.similarity - x.similarity || x.id - y.id);
    return found.slice(0, limit);
  }

  private grow(): void {
    const capacity = this.ids.length * 2;
    const offsets = new Uint32Array(capacity + 1);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const ids = new Float64Array(capacity);
    ids.set(this.ids);
    this.ids = ids;
    const keys = new Uint32Array(capacity * this.o.bands);
    keys.set(this.keys);
    this.keys = keys;
  }

  private rebuild(): void {
    const { bands } = this.o;
    for (let b = 0; b < bands; b++) {
      const docs = this.bucketed;
      const order = sortByKey(
        this.bucketedCount,
        (u) => this.keys[(docs[u] as number) * bands + b] as number,
      );
      for (let i = 0; i < order.length; i++) order[i] = docs[order[i] as number] as number;
      this.sorted[b] = order;
      this.pending[b]!.clear();
    }
    this.sortedCount = this.bucketedCount;
  }
}

// ---------------------------------------------------------------------------------------
// Stored keys for the per-submit check in the database

let defaultHasher: MinHasher | null = null;

/**
 * The shingle set of a text and its LSH band keys (default options), the keys as signed
 * 32-bit integers ready for an `integer[]` column. Band keys are band-seeded, so inputs
 * sharing any key share a band. Null for a text with no words.
 */
export function similarityKeys(text: string): { shingles: Uint32Array; keys: number[] } | null {
  const set = shingles(text);
  if (set.length === 0) return null;
  defaultHasher ??= createMinHasher({ numHashes: DEFAULT_NUM_HASHES, seed: 1 });
  const signature = defaultHasher.signature(set);
  const out = new Uint32Array(DEFAULT_BANDS);
  bandKeysInto(signature, DEFAULT_BANDS, out, 0);
  return { shingles: set, keys: Array.from(out, (key) => key | 0) };
}
