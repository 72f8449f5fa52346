import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  inputObjectives,
  inputs,
  objectiveSuggestionDecisions,
} from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Actor } from "../../app/features/accounts/permissions";
import { generateToken } from "../../app/features/accounts/tokens.server";
import {
  getInputTimeline,
  getMyInputsPage,
} from "../../app/features/contributions/my-inputs.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice, getOwnInput } from "../../app/features/contributions/practices.server";
import { getTriageItem } from "../../app/features/triage/queue.server";
import { findInputForTriage } from "../../db/queries/triage";
import {
  addInternalNote,
  decideSuggestion,
  getSuggestionAcceptance,
  normaliseTags,
  saveStaffTags,
  suggestObjectives,
} from "../../app/features/triage/tags.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let contributor: SignedIn;
let moderator: Actor;

async function submit(title: string, description: string) {
  const result = await createPractice(
    database.db,
    contributor,
    "2021-update",
    PracticeSubmitSchema.parse({
      language: "en",
      title,
      summary: title,
      description,
      objectives: ["1"],
      scope: "national",
      consent: "attributed",
      submitKey: generateToken(),
    }),
    { ...context, submit: true },
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value.reference;
}

async function idAndVersion(reference: string) {
  const [row] = await database.db
    .select({ id: inputs.id, version: inputs.version })
    .from(inputs)
    .where(eq(inputs.reference, reference));
  return row!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  contributor = await signedInPerson(database.db, "tags-cso@example.org", "experts-centre", [
    "contributor",
  ]);
  moderator = (await signedInPerson(database.db, "tags-mod@example.org", "ircc", ["moderator"]))
    .actor;
});
afterAll(() => database.destroy());

describe("objective suggestions with staff sign-off", () => {
  it("accepting adds a staff objective, dismissing is recorded, and the rate per objective follows", async () => {
    const reference = await submit(
      "Detention alternatives",
      "Community-based alternatives to immigration detention for families and children, with case management instead of detention.",
    );
    const item = await getTriageItem(database.db, "en", reference);
    const [first, second] = item!.suggestions;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(
      await decideSuggestion(
        database.db,
        contributor.actor,
        reference,
        { objective: first!.objective, decision: "accepted" },
        context,
      ),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    expect(
      await decideSuggestion(
        database.db,
        moderator,
        reference,
        { objective: first!.objective, decision: "accepted" },
        context,
      ),
    ).toEqual({ ok: true, value: null });
    expect(
      await decideSuggestion(
        database.db,
        moderator,
        reference,
        { objective: second!.objective, decision: "dismissed" },
        context,
      ),
    ).toEqual({ ok: true, value: null });
    // An objective the model does not suggest cannot be "accepted" through this path.
    const notSuggested = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find(
      (n) => !item!.suggestions.some((s) => s.objective === n) && n !== 1,
    )!;
    const refused = await decideSuggestion(
      database.db,
      moderator,
      reference,
      { objective: notSuggested, decision: "accepted" },
      context,
    );
    expect(refused.ok).toBe(false);

    const { id } = await idAndVersion(reference);
    const staffRows = await database.db
      .select()
      .from(inputObjectives)
      .where(and(eq(inputObjectives.inputId, id), eq(inputObjectives.source, "staff")));
    expect(staffRows).toHaveLength(1);
    const decisions = await database.db
      .select({ decision: objectiveSuggestionDecisions.decision })
      .from(objectiveSuggestionDecisions)
      .where(eq(objectiveSuggestionDecisions.inputId, id));
    expect(decisions.map((d) => d.decision).sort()).toEqual(["accepted", "dismissed"]);

    const after = await getTriageItem(database.db, "en", reference);
    expect(after!.suggestions.find((s) => s.objective === first!.objective)!.decision).toBe(
      "accepted",
    );
    const rates = await getSuggestionAcceptance(database.db, "en");
    expect(rates.find((r) => r.number === first!.objective)).toMatchObject({
      accepted: 1,
      rate: 100,
    });
    expect(rates.find((r) => r.number === second!.objective)).toMatchObject({
      dismissed: 1,
      rate: 0,
    });
    const audited = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(id)));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(["input.suggestion-accepted", "input.suggestion-dismissed"]),
    );
  });

  it("learns from objectives staff confirmed on other inputs", async () => {
    const probe = "Quillwort ferry cooperative for quillwort islanders.";
    const probeRef = await submit("Probe again", probe);
    const probeId = (await idAndVersion(probeRef)).id;
    const framework = await frameworkOf(probeRef);
    const before = await suggestObjectives(database.db, framework, probeId, probe, 23);
    expect(before.find((s) => s.objective === 19)?.triggers ?? []).not.toContain("quillwort");

    const teacher = await submit(
      "Quillwort diaspora",
      "Quillwort diaspora associations invest quillwort savings back home.",
    );
    const { version } = await idAndVersion(teacher);
    await saveStaffTags(
      database.db,
      moderator,
      teacher,
      { objectives: [19], principles: [], cluster: null, tags: [], expectedVersion: version },
      context,
    );
    const after = await suggestObjectives(database.db, framework, probeId, probe, 3);
    expect(after[0]!.objective).toBe(19);
    expect(after[0]!.triggers).toContain("quillwort");
  });
});

async function frameworkOf(reference: string) {
  return (await findInputForTriage(database.db, reference))!.frameworkId;
}

describe("staff tags and internal notes", () => {
  it("saves staff tags apart from the contributor's, refuses a stale save, and audits", async () => {
    const reference = await submit("Tagged", "Pathways for international students to stay.");
    const { version } = await idAndVersion(reference);
    const saved = await saveStaffTags(
      database.db,
      moderator,
      reference,
      {
        objectives: [5, 7],
        principles: ["people-centred"],
        cluster: "drivers",
        tags: normaliseTags("Students,  students, Labour market "),
        expectedVersion: version,
      },
      context,
    );
    expect(saved).toEqual({ ok: true, value: { version: version + 1 } });
    const stale = await saveStaffTags(
      database.db,
      moderator,
      reference,
      { objectives: [], principles: [], cluster: null, tags: [], expectedVersion: version },
      context,
    );
    expect(stale).toMatchObject({ ok: false, errors: ["conflict"], changedBy: expect.any(String) });
    const item = await getTriageItem(database.db, "en", reference);
    expect(item!.staffTags.objectives).toEqual([5, 7]);
    expect(item!.staffTags.tags).toEqual(["students", "labour market"]);
    expect(item!.staffTags.principles).toEqual(["people-centred"]);
    expect(item!.staffTags.cluster).toBe("drivers");
    // The contributor's own objective is still theirs.
    const { id } = await idAndVersion(reference);
    const contributorRows = await database.db
      .select()
      .from(inputObjectives)
      .where(and(eq(inputObjectives.inputId, id), eq(inputObjectives.source, "contributor")));
    expect(contributorRows).toHaveLength(1);
  });

  it("keeps internal notes from the contributor: none of their views carries a note", async () => {
    const reference = await submit("Noted", "Settlement services in small towns.");
    const secret = `Internal ${generateToken()} — check with the regional office`;
    expect(
      await addInternalNote(database.db, contributor.actor, reference, secret, context),
    ).toEqual({ ok: false, errors: ["forbidden"] });
    expect(await addInternalNote(database.db, moderator, reference, secret, context)).toMatchObject(
      { ok: true },
    );
    const item = await getTriageItem(database.db, "en", reference);
    expect(item!.notes.map((note) => note.body)).toEqual([secret]);
    const { id } = await idAndVersion(reference);
    const contributorViews = JSON.stringify([
      await getOwnInput(database.db, contributor, reference),
      await getInputTimeline(database.db, id),
      await getMyInputsPage(database.db, contributor, "en"),
    ]);
    expect(contributorViews).not.toContain(secret);
    // The audit row says a note was added, never its words.
    const [audit] = await database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "input.note-added"), eq(auditEvents.subjectId, String(id))),
      );
    expect(JSON.stringify(audit!.details)).not.toContain(secret);
  });
});
