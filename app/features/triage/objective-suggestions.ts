/**
 * Objective suggestions for triage (issue 7, "Objective suggestions (human sign-off)").
 *
 * A pure, in-process model: a TF-IDF centroid (Rocchio) per GCM objective, built from the
 * objective's own English and French title, a short bilingual keyword gloss, and the inputs
 * staff have confirmed for it. No I/O, no external service, no downloaded model.
 * See docs/decisions/009-objective-suggestions.md.
 */

export interface ObjectiveWording {
  number: number;
  title: { en: string; fr: string };
}

export interface ConfirmedExample {
  text: string;
  objectives: number[];
}

export interface Suggestion {
  objective: number;
  /** cosine similarity between the input and the objective's centroid, 0..1 */
  score: number;
  /** the input's words that contributed most to the score, strongest first */
  triggers: string[];
}

export interface SuggestOptions {
  /** at most this many suggestions (default 3) */
  limit?: number;
  /** only suggestions scoring at least this (default: any score above 0) */
  minScore?: number;
}

export interface Suggester {
  /** Adds staff-confirmed examples; they accumulate across calls. */
  train(examples: ConfirmedExample[]): void;
  suggest(text: string, options?: SuggestOptions): Suggestion[];
}

// ---------------------------------------------------------------------------------------
// Tokenisation
// ---------------------------------------------------------------------------------------

/** Compact English and French stop words, written without diacritics (matched after folding). */
const STOP_WORDS = new Set(
  [
    // English
    "a an and are as at be been being but by can could did do does for from had has have",
    "he her here hers him his how i if in into is it its itself may might more most must my",
    "no nor not of off on once only or other our ours out over own same she should so some",
    "such than that the their theirs them then there these they this those through to too",
    "under until up upon very was we were what when where which while who whom why will",
    "with within without would you your yours also all any each both between among about",
    "after before during against across per via well new including such etc",
    // French
    "au aux avec ce ces cet cette dans de des du elle elles en entre est et etre eux il ils",
    "je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas",
    "pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y ete etait",
    "sont ont fait afin ainsi aussi autre autres avoir cela celle celles celui ceux comme",
    "dont donc encore leurs lors lorsque plus peu sans selon sous tous tout toute toutes tres",
    "vers chez ni soit puis car quand quel quelle quels quelles deja",
    "l d s n c j qu m t",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Light stemming, the same rules for both languages (applied after folding diacritics):
 * 1. one derivational suffix (singular or plural form), longest first: -ements/-ement,
 *    -ments/-ment, -ations/-ation, -tions/-tion, -ions/-ion, -ities/-ity, -ites/-ite (FR -ité),
 *    -ings/-ing, -ness, -ees/-ee;
 * 2. if none matched: the plural (-ies → -y; -es, -s, -x dropped), then step 1 again;
 * 3. a final -e (FR feminine endings, EN silent e).
 * A suffix is stripped only when at least 4 letters remain. The goal is conflation of
 * plural/singular and EN/FR cognates ("vulnerabilities"/"vulnérabilité" → "vulnerabil"),
 * not linguistic accuracy.
 */
const DERIVATIONAL_SUFFIXES = [
  "ements",
  "ement",
  "ments",
  "ment",
  "ations",
  "ation",
  "tions",
  "tion",
  "ions",
  "ion",
  "ities",
  "ity",
  "ites",
  "ite",
  "ings",
  "ing",
  "ness",
  "ees",
  "ee",
];

const MIN_STEM = 4;

export function stem(word: string): string {
  let w = stripDerivational(word);
  if (w === word) {
    if (w.length > MIN_STEM + 2 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
    else if (w.length >= MIN_STEM + 2 && w.endsWith("es")) w = w.slice(0, -2);
    else if (w.length > MIN_STEM && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss"))
      w = w.slice(0, -1);
    w = stripDerivational(w);
  }
  if (w.length > MIN_STEM && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

function stripDerivational(w: string): string {
  for (const suffix of DERIVATIONAL_SUFFIXES) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix))
      return w.slice(0, -suffix.length);
  }
  return w;
}

export interface Token {
  /** the stem used by the model */
  term: string;
  /** the word as written (lower case), shown to staff as a trigger */
  word: string;
}

/** NFKD, strip diacritics, lower case, split on non-letters, drop stop words, stem. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const words = text.toLowerCase().split(/[^\p{L}\p{M}]+/u);
  for (const word of words) {
    if (!word) continue;
    const folded = word.normalize("NFKD").replace(/\p{M}/gu, "");
    if (folded.length < 2 || STOP_WORDS.has(folded)) continue;
    tokens.push({ term: stem(folded), word: word.normalize("NFC") });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------------------

/**
 * A short bilingual keyword gloss per objective, written from the GCM's official short
 * titles (not from any practice or input), so that common ways of naming each topic are
 * in the vocabulary even when the formal title does not use them.
 */
export const objectiveGlossary: Readonly<Record<number, string>> = {
  1: "data, statistics, disaggregated data, evidence, research, survey, census, indicators, monitoring, données, statistiques, données ventilées, recherche, enquête, recensement, indicateurs, suivi",
  2: "adverse drivers, root causes, poverty, climate change, disasters, conflict, development, resilience, facteurs négatifs, causes profondes, pauvreté, changements climatiques, catastrophes, conflits, développement, résilience",
  3: "information, awareness, guidance, orientation, pre-departure, newcomers, campaign, information, sensibilisation, orientation, avant le départ, nouveaux arrivants, campagne",
  4: "legal identity, identity documents, passport, birth registration, documentation, identité juridique, pièces d'identité, passeport, enregistrement des naissances, papiers",
  5: "regular pathways, visas, permits, permanent residence, family reunification, labour mobility, resettlement, voies régulières, visas, permis, résidence permanente, regroupement familial, mobilité de la main-d'œuvre, réinstallation",
  6: "fair recruitment, ethical recruitment, decent work, workers, employers, labour rights, wages, recrutement équitable, recrutement éthique, travail décent, travailleurs, employeurs, droits des travailleurs, salaires",
  7: "vulnerabilities, vulnerable, women, children, violence, abuse, protection, risks, vulnérabilité, vulnérables, femmes, enfants, violence, abus, protection, risques",
  8: "save lives, search and rescue, missing migrants, deaths, humanitarian, sauver des vies, recherche et sauvetage, migrants disparus, décès, humanitaire",
  9: "smuggling, smugglers, migrant smuggling, criminal networks, passeurs, trafic illicite de migrants, réseaux criminels",
  10: "trafficking, human trafficking, victims, exploitation, forced labour, sexual exploitation, traite, traite des personnes, victimes, exploitation, travail forcé, exploitation sexuelle",
  11: "border management, borders, border officers, entry, security, gestion des frontières, frontières, agents frontaliers, entrée, sécurité",
  12: "screening, assessment, referral, asylum, procedures, due process, refugee claims, contrôle, évaluation, orientation, asile, procédures, demandes d'asile",
  13: "detention, alternatives to detention, immigration detention, last resort, détention, rétention, solutions de rechange à la détention, dernier ressort",
  14: "consular protection, consulates, embassies, assistance abroad, protection consulaire, consulats, ambassades, assistance à l'étranger",
  15: "basic services, health, health care, education, schools, housing, settlement services, services de base, santé, soins de santé, éducation, écoles, logement, services d'établissement",
  16: "inclusion, integration, social cohesion, settlement, community, empowerment, language training, intégration, cohésion sociale, établissement, communauté, autonomisation, cours de langue",
  17: "discrimination, racism, xenophobia, public discourse, perceptions, narrative, hate, discrimination, racisme, xénophobie, discours public, perceptions, discours, haine",
  18: "skills, training, qualifications, credential recognition, competences, foreign credentials, compétences, formation, qualifications, reconnaissance des titres de compétences, diplômes étrangers",
  19: "diaspora, sustainable development, contribution, investment, entrepreneurship, diasporas, développement durable, contribution, investissement, entrepreneuriat",
  20: "remittances, money transfers, transfer costs, financial inclusion, banking, envois de fonds, transferts de fonds, coût des transferts, inclusion financière, services bancaires",
  21: "return, readmission, reintegration, removal, deportation, voluntary return, retour, réadmission, réintégration, renvoi, expulsion, retour volontaire",
  22: "social security, pensions, benefits, portability, entitlements, sécurité sociale, pensions, prestations, portabilité, droits acquis",
  23: "international cooperation, partnerships, multilateral, bilateral, global, regional, coopération internationale, partenariats, multilatéral, bilatéral, mondial, régional",
};

// ---------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------

type Vector = Map<string, number>;

/** Raw term counts of a text. */
function counts(tokens: Token[]): Vector {
  const tf: Vector = new Map();
  for (const { term } of tokens) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/** Sublinear tf (1 + ln tf) × idf, L2-normalised; terms unknown to the model are dropped. */
function weigh(tf: Vector, idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [term, n] of tf) {
    const w = idf.get(term);
    if (w === undefined) continue;
    const x = (1 + Math.log(n)) * w;
    v.set(term, x);
    norm += x * x;
  }
  return normalize(v, Math.sqrt(norm));
}

function normalize(v: Vector, norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0))) {
  if (norm > 0) for (const [term, x] of v) v.set(term, x / norm);
  return v;
}

interface ObjectiveDocs {
  /** the objective's own wording and gloss */
  seed: Vector;
  /** confirmed examples */
  examples: Vector[];
}

/** Weight of the wording/gloss vector against the mean of the confirmed examples. */
const SEED_WEIGHT = 1;
const EXAMPLES_WEIGHT = 1;
const MAX_TRIGGERS = 5;

export function createSuggester(config: {
  objectives: ObjectiveWording[];
  /** replaces the built-in gloss (objectiveGlossary) when given */
  glossary?: Readonly<Record<number, string>>;
}): Suggester {
  const glossary = config.glossary ?? objectiveGlossary;
  const docs = new Map<number, ObjectiveDocs>();
  for (const objective of config.objectives) {
    const wording = [objective.title.en, objective.title.fr, glossary[objective.number] ?? ""];
    docs.set(objective.number, { seed: counts(tokenize(wording.join("\n"))), examples: [] });
  }

  let centroids: Map<number, Vector> | null = null;
  let idf = new Map<string, number>();

  /**
   * IDF over objectives (a term's document frequency is the number of objectives whose
   * training text contains it), so words common to every objective ("migrants") weigh
   * little; then each centroid is the normalised sum of its wording vector and the mean of
   * its examples' vectors (Rocchio, positive part only).
   */
  function build(): Map<number, Vector> {
    const df = new Map<string, number>();
    for (const { seed, examples } of docs.values()) {
      const terms = new Set(seed.keys());
      for (const example of examples) for (const term of example.keys()) terms.add(term);
      for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
    }
    const n = docs.size;
    idf = new Map([...df].map(([term, d]) => [term, Math.log((n + 1) / (d + 1)) + 1]));
    const built = new Map<number, Vector>();
    for (const [objective, { seed, examples }] of docs) {
      const centroid: Vector = new Map();
      const add = (v: Vector, factor: number) => {
        for (const [term, x] of v) centroid.set(term, (centroid.get(term) ?? 0) + x * factor);
      };
      add(weigh(seed, idf), SEED_WEIGHT);
      for (const example of examples) add(weigh(example, idf), EXAMPLES_WEIGHT / examples.length);
      built.set(objective, normalize(centroid));
    }
    return built;
  }

  return {
    train(examples) {
      for (const example of examples) {
        const tf = counts(tokenize(example.text));
        if (tf.size === 0) continue;
        for (const objective of new Set(example.objectives)) {
          docs.get(objective)?.examples.push(tf);
        }
      }
      centroids = null;
    },

    suggest(text, options = {}) {
      const limit = options.limit ?? 3;
      const minScore = options.minScore ?? Number.MIN_VALUE;
      if (limit <= 0) return [];
      centroids ??= build();
      const tokens = tokenize(text);
      const query = weigh(counts(tokens), idf);
      if (query.size === 0) return [];
      const surface = new Map<string, string>();
      for (const { term, word } of tokens) if (!surface.has(term)) surface.set(term, word);

      const suggestions: Suggestion[] = [];
      for (const [objective, centroid] of centroids) {
        const contributions: Array<[string, number]> = [];
        let score = 0;
        for (const [term, q] of query) {
          const c = centroid.get(term);
          if (c === undefined) continue;
          score += q * c;
          contributions.push([term, q * c]);
        }
        if (score <= 0 || score < minScore) continue;
        contributions.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        suggestions.push({
          objective,
          score: Math.round(score * 1e4) / 1e4,
          triggers: contributions.slice(0, MAX_TRIGGERS).map(([term]) => surface.get(term) ?? term),
        });
      }
      suggestions.sort((a, b) => b.score - a.score || a.objective - b.objective);
      return suggestions.slice(0, limit);
    },
  };
}
