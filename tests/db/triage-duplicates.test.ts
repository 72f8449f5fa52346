import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  duplicateGroupMembers,
  duplicateGroups,
  inputs,
  inputSimilarityKeys,
} from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Actor } from "../../app/features/accounts/permissions";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice } from "../../app/features/contributions/practices.server";
import { decideInput } from "../../app/features/triage/decisions.server";
import {
  comparisonText,
  mergeInputs,
  undoMerge,
} from "../../app/features/triage/duplicates.server";
import {
  comparisonTextInSql,
  findCandidateTexts,
  joinDuplicateGroup,
} from "../../db/queries/triage-duplicates";
import {
  getQueuePage,
  getTriageItem,
  QueueFiltersSchema,
} from "../../app/features/triage/queue.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let francophone: SignedIn;
let ontario: SignedIn;
let moderator: Actor;

const LETTER =
  "Nous demandons au gouvernement de financer des services d'accueil en français pour les familles immigrantes dans toutes les régions rurales du Nouveau-Brunswick, avec des interprètes formés, des cours de langue gratuits et un accompagnement vers l'emploi pendant au moins deux ans après l'arrivée.";

async function submit(person: SignedIn, title: string, description: string, summary = title) {
  const result = await createPractice(
    database.db,
    person,
    "2021-update",
    PracticeSubmitSchema.parse({
      language: "fr",
      title,
      summary,
      description,
      objectives: ["16"],
      scope: "provincial",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit: true },
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value.reference;
}

const filters = (query: Record<string, string | number>) =>
  QueueFiltersSchema.parse(
    Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  );

async function statusOf(reference: string) {
  const [row] = await database.db
    .select({ status: inputs.status, version: inputs.version, id: inputs.id })
    .from(inputs)
    .where(eq(inputs.reference, reference));
  return row!;
}

let original: string;
let copy: string;
let unrelated: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  francophone = await signedInPerson(database.db, "dup-nb@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  ontario = await signedInPerson(database.db, "dup-on@example.org", "ontario", ["contributor"]);
  moderator = (await signedInPerson(database.db, "dup-mod@example.org", "ircc", ["moderator"]))
    .actor;
  original = await submit(francophone, "Lettre A", LETTER, "Services d'accueil en français.");
  // A lightly edited copy from another organization, in another province.
  copy = await submit(
    ontario,
    "Lettre B",
    LETTER.replace("au moins deux ans", "au moins trois ans").replace("gratuits", "gratuits,"),
    "Services d'accueil en français.",
  );
  unrelated = await submit(
    ontario,
    "Autre sujet",
    "Les données sur les arrivées à la frontière terrestre devraient être publiées chaque mois, ventilées par âge et par sexe, afin de mieux planifier.",
  );
});
afterAll(() => database.destroy());

describe("the per-submit near-duplicate check", () => {
  it("groups a lightly edited copy with its original and leaves an unrelated input alone", async () => {
    const item = await getTriageItem(database.db, "fr", original);
    expect(item!.duplicates.peers.map((peer) => peer.reference)).toEqual([copy]);
    expect(item!.duplicates.peers[0]!.similarity).toBeGreaterThanOrEqual(70);
    expect(item!.duplicates.summary).toEqual({ copies: 2, organizations: 2, provinces: 2 });
    const other = await getTriageItem(database.db, "fr", unrelated);
    expect(other!.duplicates.peers).toEqual([]);
  });

  it("shows the group in the queue: 'n similar', a filter, and one row per group when collapsed", async () => {
    const all = await getQueuePage(
      database.db,
      "fr",
      filters({ q: "Nouveau-Brunswick interprètes" }),
    );
    const row = all.inputs.find((input) => input.reference === original)!;
    expect(row.similar).toBe(1);
    const group = await getQueuePage(database.db, "fr", filters({ group: row.groupId! }));
    expect(group.inputs.map((input) => input.reference).sort()).toEqual([original, copy].sort());
    const withDuplicates = await getQueuePage(database.db, "fr", filters({ duplicates: "has" }));
    const references = withDuplicates.inputs.map((input) => input.reference);
    expect(references).toEqual(expect.arrayContaining([original, copy]));
    expect(references).not.toContain(unrelated);
    const collapsed = await getQueuePage(
      database.db,
      "fr",
      filters({ group: row.groupId!, collapse: "1" }),
    );
    expect(collapsed.inputs.map((input) => input.reference)).toEqual([original]);
  });
});

describe("merging duplicates", () => {
  it("refuses a contributor, a stale version, and an input that cannot be merged", async () => {
    const survivor = await statusOf(original);
    expect(
      await mergeInputs(
        database.db,
        francophone.actor,
        original,
        [copy],
        survivor.version,
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    expect(
      await mergeInputs(database.db, moderator, original, [copy], survivor.version + 7, context),
    ).toMatchObject({ ok: false, errors: ["conflict"] });
    expect(
      await mergeInputs(database.db, moderator, original, [original], survivor.version, context),
    ).toEqual({ ok: false, errors: ["nothingSelected"] });
  });

  it("folds the copy into the survivor, which lists both organizations; undo restores both inputs", async () => {
    // The copy was already taken into review: undo must give that status back.
    const before = await statusOf(copy);
    await decideInput(
      database.db,
      moderator,
      copy,
      { to: "in-review", expectedVersion: before.version },
      context,
    );
    const survivor = await statusOf(original);
    const merged = await mergeInputs(
      database.db,
      moderator,
      original,
      [copy],
      survivor.version,
      context,
    );
    expect(merged).toMatchObject({ ok: true, value: { merged: 1 } });
    expect((await statusOf(copy)).status).toBe("merged");
    expect((await statusOf(original)).version).toBe(survivor.version + 1);

    const item = await getTriageItem(database.db, "en", original);
    expect(item!.voices.map((voice) => voice.jurisdiction)).toEqual(["NB", "ON"]);
    expect(item!.voices).toHaveLength(2);
    expect(item!.merges).toHaveLength(1);
    expect(item!.merges[0]!.references).toEqual([copy]);
    const mergedItem = await getTriageItem(database.db, "en", copy);
    expect(mergedItem!.mergedInto).toBe(original);
    expect(mergedItem!.nextDecisions).toEqual([]);
    // A merged input cannot be merged again, nor decided.
    expect(
      await mergeInputs(
        database.db,
        moderator,
        unrelated,
        [copy],
        (await statusOf(unrelated)).version,
        context,
      ),
    ).toEqual({ ok: false, errors: ["notMergeable"] });

    const audits = await database.db
      .select({ action: auditEvents.action, subjectId: auditEvents.subjectId })
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.action, ["input.merged", "input.merge-survivor"]),
          inArray(auditEvents.subjectId, [String(survivor.id), String(before.id)]),
        ),
      );
    expect(audits).toHaveLength(2);

    const mergeId = item!.merges[0]!.mergeId;
    expect(await undoMerge(database.db, moderator, original, mergeId, context)).toEqual({
      ok: true,
      value: { restored: 1 },
    });
    expect((await statusOf(copy)).status).toBe("in-review");
    expect((await statusOf(original)).status).toBe("submitted");
    const after = await getTriageItem(database.db, "en", original);
    expect(after!.voices).toHaveLength(1);
    expect(after!.merges).toEqual([]);
    expect((await getTriageItem(database.db, "en", copy))!.mergedInto).toBeNull();
    // Undoing twice is refused; the undo is audited.
    expect(await undoMerge(database.db, moderator, original, mergeId, context)).toEqual({
      ok: false,
      errors: ["notFound"],
    });
    const undone = await database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "input.merge-undone"),
          eq(auditEvents.subjectId, String(before.id)),
        ),
      );
    expect(undone).toHaveLength(1);
  });
});

describe("the words compared at submit", () => {
  it("are the ones the database compares: summary and body, else the title", async () => {
    const cases = [
      { title: "T", summary: "S", body: "B" },
      { title: "T", summary: null, body: "B" },
      { title: "T", summary: "S", body: null },
      { title: "T", summary: null, body: null },
      { title: "T", summary: "", body: null },
      { title: "T", summary: "", body: "" },
      { title: "T", summary: "", body: "B" },
    ];
    for (const words of cases)
      expect(comparisonText(words), JSON.stringify(words)).toBe(
        await comparisonTextInSql(database.db, words),
      );
  });
});

describe("a campaign's next copy", () => {
  async function groupOf(reference: string) {
    const [row] = await database.db
      .select({ groupId: duplicateGroupMembers.groupId })
      .from(duplicateGroupMembers)
      .innerJoin(inputs, eq(inputs.id, duplicateGroupMembers.inputId))
      .where(eq(inputs.reference, reference));
    return row?.groupId ?? null;
  }

  it("joins the group its earlier copies are in, without making another", async () => {
    const groupId = await groupOf(original);
    expect(groupId).not.toBeNull();
    expect(await groupOf(copy)).toBe(groupId);
    const groupsBefore = await database.db.$count(duplicateGroups);
    const third = await submit(
      francophone,
      "Lettre C",
      LETTER.replace("des interprètes formés", "des interprètes qualifiés"),
      "Services d'accueil en français.",
    );
    expect(await groupOf(third)).toBe(groupId);
    expect(await database.db.$count(duplicateGroups)).toBe(groupsBefore);
  });

  it("adds nothing to a group that is gone (absorbed meanwhile)", async () => {
    const { id } = await statusOf(unrelated);
    expect(
      await joinDuplicateGroup(database.db, 2_000_000_000, { inputId: id, similarity: 0.9 }),
    ).toBe(false);
    expect(await groupOf(unrelated)).toBeNull();
  });

  it("reads the words of the first candidate of each group only, and of every ungrouped one", async () => {
    const ids = await Promise.all(
      [original, copy, unrelated].map(async (r) => (await statusOf(r)).id),
    );
    const candidates = await findCandidateTexts(database.db, 0, ids);
    expect(candidates.map((c) => [c.inputId, c.text !== null])).toEqual([
      [ids[0], true], // the group's first
      [ids[1], false], // read only if the first does not match
      [ids[2], true], // in no group
    ]);
  });

  it("joins through a later member when the group's first candidate does not match", async () => {
    const campaign =
      "Nous demandons que les permis de travail des aides familiales soient ouverts, sans lien avec un seul employeur, et que les heures travaillées comptent pour la résidence permanente dès la première année.";
    // An older input of other words whose band keys collide with the campaign's, put first
    // in the campaign's group: the verification reads it, finds it unlike, and goes on.
    const stranger = await submit(
      ontario,
      "Autre lettre",
      "Les bibliothèques publiques prêtent des livres en vingt langues dans les quartiers où arrivent les familles.",
    );
    const first = await submit(francophone, "Permis A", campaign, "Permis ouverts.");
    const second = await submit(
      ontario,
      "Permis B",
      campaign.replace("dès la première année", "dès la première année complète"),
      "Permis ouverts.",
    );
    const groupId = await groupOf(first);
    expect(groupId).not.toBeNull();
    expect(await groupOf(second)).toBe(groupId);
    const [strangerId, firstId] = [(await statusOf(stranger)).id, (await statusOf(first)).id];
    const [keys] = await database.db
      .select({ keys: inputSimilarityKeys.keys })
      .from(inputSimilarityKeys)
      .where(eq(inputSimilarityKeys.inputId, firstId));
    await database.db
      .update(inputSimilarityKeys)
      .set({ keys: keys!.keys })
      .where(eq(inputSimilarityKeys.inputId, strangerId));
    await database.db
      .insert(duplicateGroupMembers)
      .values({ inputId: strangerId, groupId: groupId!, similarity: 0.7 });

    const third = await submit(
      francophone,
      "Permis C",
      campaign.replace("soient ouverts", "soient enfin ouverts"),
      "Permis ouverts.",
    );
    expect(await groupOf(third)).toBe(groupId);
  });
});
