// Review exports (issue 8): a generated review of about 50 PDF pages (5 sections, 120 cited
// inputs, lists, emphasis and links) exported to Word, PDF and HTML in English and French.
// Prints JSON: milliseconds per format and language (median of BENCH_RUNS, default 5, after
// one warm-up), the PDF's page count and the sizes. Budget: ≤ 2000 ms per export.
// The "fromDatabase" figures add loading the approved revisions and the annex's inputs from an
// in-memory PGlite (or PostgreSQL with BENCH_DATABASE_URL) holding the same review: the
// whole work of one export request.
// Run on demand:  npx tsx bench/review-export.ts
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { insertInput } from "../db/queries/contributions";
import { writeReviewFixture } from "../db/queries/review-publication";
import { consultations, inputs, inputTexts } from "../db/schema";
import { seedDemoScenario } from "../seeds/demo";
import { seedDatabase, demoScenario } from "../seeds/seed";
import { loadApprovedReview } from "../app/features/review/review-export.server";
import type { Locale } from "../app/i18n/locale";
import { numberCitations } from "../app/features/review/citations";
import { reviewDocx } from "../app/features/review/review-export-docx.server";
import { reviewHtml } from "../app/features/review/review-export-html.server";
import { reviewPdf } from "../app/features/review/review-export-pdf.server";
import type { ReviewDocument } from "../app/features/review/review-export.server";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECTIONS = 5;
const PARAGRAPHS_PER_SECTION = Number(process.env.BENCH_PARAGRAPHS ?? 76);
const CITED = 120;

const SENTENCES: Record<Locale, string[]> = {
  en: [
    "Provinces and territories reported new settlement services for newcomers in rural areas",
    "The federal government expanded pathways for **caregivers** and their families",
    "Civil society organizations stressed the need for _gender-responsive_ programming",
    "Credential recognition remains a barrier for internationally trained health workers",
    "Municipal partners shared data on housing needs of refugee claimants",
  ],
  fr: [
    "Les provinces et les territoires ont signalé de nouveaux services d’établissement en région",
    "Le gouvernement fédéral a élargi les voies d’accès pour les **aides familiaux** et leur famille",
    "Les organismes de la société civile ont souligné l’importance d’une programmation _sensible au genre_",
    "La reconnaissance des titres de compétences demeure un obstacle pour le personnel de santé formé à l’étranger",
    "Les partenaires municipaux ont fait part de données sur les besoins en logement des demandeurs d’asile — « œuvre commune »",
  ],
};

let reference = (n: number) => `RT-2026-${String(n).padStart(6, "0")}`;

function sectionText(locale: Locale, section: number) {
  const paragraphs: string[] = [];
  for (let p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
    const sentences = SENTENCES[locale];
    const cite = reference(((section * PARAGRAPHS_PER_SECTION + p) % CITED) + 1);
    const body = [0, 1, 2, 3].map((i) => sentences[(p + i) % sentences.length]).join(". ");
    if (p % 10 === 5) paragraphs.push(`## ${locale === "fr" ? "Sous-section" : "Subsection"} ${p}`);
    if (p % 7 === 3)
      paragraphs.push(
        `- ${sentences[p % 5]} [@${cite}]\n- ${sentences[(p + 1) % 5]}\n- [${locale === "fr" ? "Source" : "Source"}](https://www.canada.ca/)`,
      );
    else paragraphs.push(`${body} [@${cite}]. ${sentences[(p + 4) % 5]}.`);
  }
  return paragraphs.join("\n\n");
}

function generatedReview(locale: Locale): ReviewDocument {
  const sections = Array.from({ length: SECTIONS }, (_, i) => ({
    number: i + 1,
    sectionId: i + 1,
    title: locale === "fr" ? `Section générée ${i + 1}` : `Generated section ${i + 1}`,
    markdown: sectionText(locale, i),
  }));
  const citationNumbers = numberCitations(sections.map((s) => s.markdown));
  return {
    locale,
    slug: "bench",
    title: locale === "fr" ? "Examen volontaire du Canada" : "Canada’s voluntary review",
    consultationTitle: "2021 update",
    period: "2020-11-01 – 2021-11-30",
    dateLine: "",
    sections,
    citationNumbers,
    annex: [...citationNumbers.entries()].map(([ref, number]) => ({
      number,
      reference: ref,
      title: `${locale === "fr" ? "Pratique" : "Practice"} ${number}`,
      organization: number % 4 === 0 ? null : "Maple Settlement Network",
      url: number % 2 === 0 ? `https://roundtable.example/${locale}/practices/${ref}` : null,
      path: null,
    })),
  };
}

async function time<T>(work: () => Promise<T> | T) {
  await work(); // warm-up
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    maxMs: Math.round(times.at(-1)!),
    result: result!,
  };
}

const results: Record<string, unknown> = {};
const fromDatabase: Record<string, unknown> = {};
for (const locale of ["en", "fr"] as const) {
  const review = generatedReview(locale);
  const pdf = await time(() => reviewPdf(review));
  const pages = (pdf.result.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const docx = await time(() => reviewDocx(review));
  const html = await time(() => reviewHtml(review));
  results[locale] = {
    pdf: { medianMs: pdf.medianMs, maxMs: pdf.maxMs, pages, bytes: pdf.result.length },
    docx: { medianMs: docx.medianMs, maxMs: docx.maxMs, bytes: docx.result.length },
    html: { medianMs: html.medianMs, maxMs: html.maxMs, bytes: html.result.length },
  };
}
// The same review stored as an approved review, exported as a request would.
const handle = await openDatabase(
  process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL }
    : { dataDir: "memory://" },
);
try {
  await migrateDatabase(handle);
  await seedDatabase(handle.db, { demo: false });
  await seedDemoScenario(handle.db, demoScenario);
  const db = handle.db;
  const [consultation] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2021-update"));
  const [sample] = await db.select({ organizationId: inputs.organizationId }).from(inputs).limit(1);
  const stored: string[] = [];
  for (let i = 1; i <= CITED; i++) {
    const created = await insertInput(db, {
      consultationId: consultation!.id,
      organizationId: sample!.organizationId,
      kind: "practice",
      language: "en",
      consent: i % 4 === 0 ? "anonymous" : "attributed",
      // imported inputs have no author (as the demo's): the bench needs no people
      userId: null as unknown as number,
      submitKey: null,
      submitted: true,
    });
    await db.update(inputs).set({ status: "accepted" }).where(eq(inputs.id, created!.id));
    await db.insert(inputTexts).values([
      { inputId: created!.id, language: "en", title: `Practice ${i}` },
      { inputId: created!.id, language: "fr", title: `Pratique ${i}` },
    ]);
    stored.push(created!.reference);
  }
  reference = (n: number) => stored[n - 1]!;
  await writeReviewFixture(db, {
    consultationId: consultation!.id,
    userId: null,
    approved: true,
    sections: Array.from({ length: SECTIONS }, (_, i) => ({
      titleEn: `Generated section ${i + 1}`,
      titleFr: `Section générée ${i + 1}`,
      bodyEn: sectionText("en", i),
      bodyFr: sectionText("fr", i),
    })),
  });
  for (const locale of ["en", "fr"] as const) {
    const load = () =>
      loadApprovedReview(db, consultation!.id, locale, "https://roundtable.example");
    const loaded = await time(load);
    const pdf = await time(async () => reviewPdf((await load())!));
    const docx = await time(async () => reviewDocx((await load())!));
    const html = await time(async () => reviewHtml((await load())!));
    fromDatabase[locale] = {
      loadOnlyMs: loaded.medianMs,
      annexEntries: loaded.result!.annex.length,
      pdf: { medianMs: pdf.medianMs, maxMs: pdf.maxMs },
      docx: { medianMs: docx.medianMs, maxMs: docx.maxMs },
      html: { medianMs: html.medianMs, maxMs: html.maxMs },
    };
  }
} finally {
  await handle.close();
}

console.log(
  JSON.stringify(
    {
      bench: "review-export",
      runs: RUNS,
      sections: SECTIONS,
      paragraphsPerSection: PARAGRAPHS_PER_SECTION,
      citedInputs: CITED,
      budgetMs: 2000,
      results,
      fromDatabase,
    },
    null,
    2,
  ),
);
