import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPairingCandidates } from "../../db/queries/triage-translations";
import { auditEvents, inputs } from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice } from "../../app/features/contributions/practices.server";
import {
  declareTranslation,
  findTranslationPartners,
} from "../../app/features/triage/translations.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let contributor: SignedIn;
let otherOrganization: SignedIn;

const ENGLISH = {
  title: "Moncton Welcome Centre",
  summary: "The Moncton Welcome Centre (MWC) helped 1,250 families from Venezuela in 2021.",
  description:
    "A budget of $450,000 from IRCC. Contact info@accueil-moncton.ca or see https://accueil-moncton.ca/programme/. Partners include the Université de Moncton.",
};
const FRENCH = {
  title: "Centre d'accueil de Moncton",
  summary: "Le Centre d'accueil de Moncton (MWC) a aidé 1 250 familles du Venezuela en 2021.",
  description:
    "Un budget de 450 000 $ d'IRCC. Écrivez à info@accueil-moncton.ca ou consultez www.accueil-moncton.ca/programme. Parmi les partenaires : l'Université de Moncton.",
};

async function submit(
  person: SignedIn,
  language: "en" | "fr",
  text: { title: string; summary: string; description: string },
) {
  const result = await createPractice(
    database.db,
    person,
    "2021-update",
    PracticeSubmitSchema.parse({
      language,
      ...text,
      objectives: ["7"],
      scope: "national",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit: true },
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value.reference;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  contributor = await signedInPerson(database.db, "pair@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  otherOrganization = await signedInPerson(
    database.db,
    "pair2@example.org",
    "maple-settlement-network",
    ["contributor"],
  );
});
afterAll(() => database.destroy());

describe("pairing English and French inputs", () => {
  it("pairs an input with its translation by the same organization, both ways", async () => {
    const english = await submit(contributor, "en", ENGLISH);
    const unrelated = await submit(contributor, "fr", {
      title: "Cours de langue",
      summary: "La Société d'aide offre des cours depuis 2019 à 80 personnes.",
      description: "Renseignements : https://exemple.org/cours.",
    });
    const french = await submit(contributor, "fr", FRENCH);
    // The same words from another organization are not its translation.
    const elsewhere = await submit(otherOrganization, "fr", FRENCH);

    const partners = await findTranslationPartners(database.db, [
      english,
      french,
      unrelated,
      elsewhere,
    ]);
    expect(partners[english]).toEqual({ reference: french, language: "fr", source: "detected" });
    expect(partners[french]).toEqual({ reference: english, language: "en", source: "detected" });
    expect(partners[unrelated]).toBeUndefined();
    expect(partners[elsewhere]).toBeUndefined();
  });

  it("records the pair a contributor declares, only between their own inputs of both languages", async () => {
    const english = await submit(contributor, "en", {
      title: "Mentoring newcomers",
      summary: "Volunteers mentor newcomers.",
      description: "Each volunteer meets a family every week.",
    });
    const french = await submit(contributor, "fr", {
      title: "Mentorat des nouveaux arrivants",
      summary: "Des bénévoles accompagnent les nouveaux arrivants.",
      description: "Chaque bénévole rencontre une famille chaque semaine.",
    });
    const anotherEnglish = await submit(contributor, "en", {
      title: "Another",
      summary: "Another text.",
      description: "Another description.",
    });
    const someoneElses = await submit(otherOrganization, "fr", {
      title: "Autre",
      summary: "Autre texte.",
      description: "Autre description.",
    });
    // Too little language-neutral text to be paired by matching.
    expect((await findTranslationPartners(database.db, [english]))[english]).toBeUndefined();

    const declare = (a: string, b: string, person = contributor) =>
      declareTranslation(database.db, person.actor, a, b, context);
    expect(await declare(english, anotherEnglish)).toEqual({
      ok: false,
      errors: ["sameLanguage"],
    });
    expect(await declare(english, someoneElses)).toEqual({ ok: false, errors: ["notFound"] });
    expect(await declare(english, french, otherOrganization)).toEqual({
      ok: false,
      errors: ["notFound"],
    });
    expect(await declare(french, english)).toEqual({ ok: true, value: null });
    expect(await declare(anotherEnglish, french)).toEqual({
      ok: false,
      errors: ["alreadyPaired"],
    });

    const partners = await findTranslationPartners(database.db, [english, french]);
    expect(partners[english]).toEqual({ reference: french, language: "fr", source: "declared" });
    expect(partners[french]).toEqual({ reference: english, language: "en", source: "declared" });
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "input.translation-declared"));
    expect(audits).toHaveLength(2);
  });

  it("offers each input its nearest other-language inputs of its organization on both sides, never drafts", async () => {
    const person = await signedInPerson(database.db, "pair3@example.org", "experts-centre", [
      "contributor",
    ]);
    const text = (n: number) => ({
      title: `Texte ${n}`,
      summary: `Résumé ${n}.`,
      description: `Description ${n}.`,
    });
    const first = await submit(person, "en", text(1));
    const [f1, f2, f3] = [
      await submit(person, "fr", text(2)),
      await submit(person, "fr", text(3)),
      await submit(person, "fr", text(4)),
    ];
    const draft = await createPractice(
      database.db,
      person,
      "2021-update",
      PracticeSubmitSchema.parse({
        language: "fr",
        ...text(5),
        objectives: ["7"],
        scope: "national",
        consent: "attributed",
      }),
      { ...context, submit: false },
    );
    if (!draft.ok) throw new Error(draft.errors.join());
    const elsewhere = await submit(otherOrganization, "fr", text(6));
    const second = await submit(person, "en", text(7));
    const f4 = await submit(person, "fr", text(8));
    const rows = await database.db
      .select({ id: inputs.id, reference: inputs.reference })
      .from(inputs)
      .where(inArray(inputs.reference, [first, second]));
    const idOf = (reference: string) => rows.find((row) => row.reference === reference)!.id;

    const candidates = await listPairingCandidates(database.db, [idOf(first), idOf(second)], 2);
    const of = (reference: string) =>
      candidates
        .filter((c) => c.forId === idOf(reference))
        .map((c) => c.reference)
        .sort();
    // the first has only newer ones; the second, one newer and the nearest older (the draft
    // and the other organization's input between them are skipped)
    expect(of(first)).toEqual([f1, f2].sort());
    expect(of(second)).toEqual([f3, f4].sort());
    expect(candidates.map((c) => c.reference)).not.toContain(draft.value.reference);
    expect(candidates.map((c) => c.reference)).not.toContain(elsewhere);
  });
});
