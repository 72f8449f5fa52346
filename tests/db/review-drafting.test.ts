import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  consultations,
  inputs,
  reviewCitations,
  reviewEvents,
  reviews,
  reviewSectionRevisions,
  reviewSections,
} from "../../db/schema";
import type { Actor } from "../../app/features/accounts/permissions";
import { changeReviewStatus } from "../../app/features/review/approval.server";
import { getCoverage } from "../../app/features/review/coverage.server";
import {
  getRevisionsPage,
  loadReview,
  markOtherLanguageCurrent,
  restoreRevision,
  saveSection,
} from "../../app/features/review/drafting.server";
import { getMethodologyFacts } from "../../app/features/review/methodology.server";
import { parityAfterSave } from "../../app/features/review/parity";
import {
  addReviewSection,
  moveReviewSection,
  renameReviewSection,
} from "../../app/features/review/sections.server";
import { countWords } from "../../app/features/review/word-count";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null };
let drafter: Actor;
let otherDrafter: Actor;
let approver: Actor;
let coordinator: Actor;
let consultationId: number;
let accepted: string[];
let notAccepted: string;
let otherConsultationAccepted: string;

async function sections() {
  return database.db
    .select()
    .from(reviewSections)
    .where(eq(reviewSections.consultationId, consultationId))
    .orderBy(asc(reviewSections.position));
}

async function section(position: number) {
  return (await sections()).find((candidate) => candidate.position === position)!;
}

async function save(
  actor: Actor,
  position: number,
  bodyEn: string,
  bodyFr: string,
  expected?: number,
) {
  const current = await section(position);
  return saveSection(
    database.db,
    actor,
    {
      consultationId,
      sectionId: current.id,
      expectedRevision: expected ?? current.revision,
      bodyEn,
      bodyFr,
    },
    context,
  );
}

async function reviewVersion() {
  const [row] = await database.db
    .select()
    .from(reviews)
    .where(eq(reviews.consultationId, consultationId));
  return row!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  drafter = (await signedInPerson(database.db, "drafter-a@example.org", "ircc", ["drafter"])).actor;
  otherDrafter = (await signedInPerson(database.db, "drafter-b@example.org", "ircc", ["drafter"]))
    .actor;
  approver = (await signedInPerson(database.db, "approver-a@example.org", "ircc", ["approver"]))
    .actor;
  coordinator = (await signedInPerson(database.db, "coord-a@example.org", "ircc", ["coordinator"]))
    .actor;
  const [consultation] = await database.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2020-regional-review"));
  consultationId = consultation!.id;
  const rows = await database.db
    .select({ reference: inputs.reference })
    .from(inputs)
    .where(and(eq(inputs.consultationId, consultationId), eq(inputs.status, "accepted")))
    .orderBy(asc(inputs.reference));
  accepted = rows.map((row) => row.reference);
  // One of the demo inputs goes back to review: it may no longer be cited.
  notAccepted = accepted.pop()!;
  await database.db
    .update(inputs)
    .set({ status: "in-review" })
    .where(eq(inputs.reference, notAccepted));
  const [other] = await database.db
    .select({ reference: inputs.reference })
    .from(inputs)
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .where(and(eq(consultations.slug, "2021-update"), eq(inputs.status, "accepted")))
    .limit(1);
  otherConsultationAccepted = other!.reference;
});
afterAll(() => database.destroy());

describe("the review's sections", () => {
  it("come from the framework template with a review row (seeded demo)", async () => {
    const loaded = await loadReview(database.db, consultationId);
    expect(loaded!.review.status).toBe("drafting");
    expect(loaded!.sections.map(({ section }) => section.position)).toEqual([1, 2, 3, 4, 5]);
    expect(loaded!.sections[0]!.section.prompts.length).toBeGreaterThan(0);
  });

  it("can be reordered by a coordinator despite the unique position, not by a drafter", async () => {
    const before = await sections();
    expect(
      await moveReviewSection(database.db, drafter, consultationId, before[1]!.id, "up", context),
    ).toEqual({ ok: false, error: "forbidden" });
    const moved = await moveReviewSection(
      database.db,
      coordinator,
      consultationId,
      before[1]!.id,
      "up",
      context,
    );
    expect(moved.ok).toBe(true);
    const after = await sections();
    expect(after.map((row) => row.id)).toEqual([
      before[1]!.id,
      before[0]!.id,
      ...before.slice(2).map((row) => row.id),
    ]);
    await moveReviewSection(
      database.db,
      coordinator,
      consultationId,
      before[1]!.id,
      "down",
      context,
    );
    expect((await sections()).map((row) => row.id)).toEqual(before.map((row) => row.id));
  });
});

describe("shaping the review", () => {
  it("lets a coordinator add a section at the end and rename it in both languages, and audits both", async () => {
    const added = await addReviewSection(
      database.db,
      coordinator,
      consultationId,
      { titleEn: "Annex: regional consultations", titleFr: "Annexe : consultations régionales" },
      context,
    );
    expect(added.ok).toBe(true);
    const id = added.ok ? added.value : 0;
    const all = await sections();
    expect(all.at(-1)).toMatchObject({ id, position: 6, revision: 0 });
    expect(
      await renameReviewSection(
        database.db,
        drafter,
        consultationId,
        id,
        { titleEn: "x", titleFr: "x" },
        context,
      ),
    ).toEqual({ ok: false, error: "forbidden" });
    await renameReviewSection(
      database.db,
      coordinator,
      consultationId,
      id,
      { titleEn: "Annex: round tables", titleFr: "Annexe : tables rondes" },
      context,
    );
    expect(await section(6)).toMatchObject({
      titleEn: "Annex: round tables",
      titleFr: "Annexe : tables rondes",
    });
    const audits = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(id)));
    expect(audits.map((row) => row.action).sort()).toEqual([
      "review.section.added",
      "review.section.renamed",
    ]);
  });
});

describe("citations", () => {
  it("refuses a citation of a non-accepted or unknown input and writes nothing", async () => {
    const before = await section(1);
    const refused = await save(
      drafter,
      1,
      `Ottawa worked with partners [@${accepted[0]}] and [@${notAccepted}].`,
      `Ottawa a travaillé avec des partenaires [@${otherConsultationAccepted}] et [@RT-1999-999999].`,
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: "citations",
        unknown: [otherConsultationAccepted, "RT-1999-999999"],
        notAccepted: [notAccepted],
      },
    });
    const after = await section(1);
    expect(after.revision).toBe(before.revision);
    expect(after.bodyEn).toBe(before.bodyEn);
  });

  it("keeps review_citations in step with the text of both languages", async () => {
    const first = await save(
      drafter,
      1,
      `Methodology cites [@${accepted[0]}] and [@${accepted[1]}].`,
      `La méthodologie cite [@${accepted[0]}].`,
    );
    expect(first).toMatchObject({ ok: true, changed: true });
    const sectionId = (await section(1)).id;
    const cited = async () =>
      (
        await database.db
          .select({ reference: inputs.reference })
          .from(reviewCitations)
          .innerJoin(inputs, eq(inputs.id, reviewCitations.inputId))
          .where(eq(reviewCitations.sectionId, sectionId))
      )
        .map((row) => row.reference)
        .sort();
    expect(await cited()).toEqual([accepted[0], accepted[1]].sort());
    await save(
      drafter,
      1,
      `Methodology cites [@${accepted[2]}].`,
      `La méthodologie cite [@${accepted[2]}].`,
    );
    expect(await cited()).toEqual([accepted[2]]);
  });
});

describe("revisions and concurrency", () => {
  it("records every save as a revision with who and when, and restores as a new revision", async () => {
    const start = (await section(2)).revision;
    await save(drafter, 2, "First English.", "Premier français.");
    await save(drafter, 2, "Second English.", "Second français.");
    const current = await section(2);
    expect(current.revision).toBe(start + 2);
    const revisions = await database.db
      .select()
      .from(reviewSectionRevisions)
      .where(eq(reviewSectionRevisions.sectionId, current.id))
      .orderBy(asc(reviewSectionRevisions.revision));
    expect(revisions.map((row) => [row.revision, row.bodyEn, row.createdBy])).toEqual([
      [start + 1, "First English.", drafter.userId],
      [start + 2, "Second English.", drafter.userId],
    ]);
    const page = await getRevisionsPage(database.db, consultationId, current.id, {
      from: start + 1,
      to: start + 2,
    });
    expect(page!.diff!.en).toEqual([
      { kind: "removed", text: "First" },
      { kind: "added", text: "Second" },
      { kind: "same", text: " English." },
    ]);
    const restored = await restoreRevision(
      database.db,
      otherDrafter,
      { consultationId, sectionId: current.id, revision: start + 1, expectedRevision: start + 2 },
      context,
    );
    expect(restored).toMatchObject({ ok: true, revision: start + 3 });
    const after = await section(2);
    expect([after.bodyEn, after.bodyFr, after.updatedBy]).toEqual([
      "First English.",
      "Premier français.",
      otherDrafter.userId,
    ]);
    const [latest] = await database.db
      .select()
      .from(reviewSectionRevisions)
      .where(
        and(
          eq(reviewSectionRevisions.sectionId, current.id),
          eq(reviewSectionRevisions.revision, start + 3),
        ),
      );
    expect(latest!.restoredFrom).toBe(start + 1);
  });

  it("refuses a save from a stale revision, showing who saved and their text, overwriting nothing", async () => {
    const start = await section(4);
    const mine = await save(drafter, 4, "Drafter A's text.", "Texte de A.", start.revision);
    expect(mine.ok).toBe(true);
    const theirs = await save(otherDrafter, 4, "Drafter B's text.", "Texte de B.", start.revision);
    expect(theirs).toMatchObject({
      ok: false,
      error: {
        kind: "conflict",
        changedBy: "drafter-a",
        revision: start.revision + 1,
        theirs: { bodyEn: "Drafter A's text.", bodyFr: "Texte de A." },
      },
    });
    const after = await section(4);
    expect(after.bodyEn).toBe("Drafter A's text.");
    expect(after.revision).toBe(start.revision + 1);
  });

  it("lets only one of two simultaneous saves from the same revision win", async () => {
    const start = await section(5);
    const results = await Promise.all([
      save(drafter, 5, "Race A.", "Course A.", start.revision),
      save(otherDrafter, 5, "Race B.", "Course B.", start.revision),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.kind === "conflict")).toHaveLength(
      1,
    );
    const after = await section(5);
    expect(after.revision).toBe(start.revision + 1);
    const revisions = await database.db
      .select()
      .from(reviewSectionRevisions)
      .where(eq(reviewSectionRevisions.sectionId, start.id));
    expect(revisions).toHaveLength(1);
  });
});

describe("language parity", () => {
  it("follows which language changed last (pure rule)", () => {
    const both = parityAfterSave({ enRevision: 0, frRevision: 0 }, { en: true, fr: true }, 1);
    expect(both).toEqual({ enRevision: 1, frRevision: 1 });
    const enOnly = parityAfterSave(both, { en: true, fr: false }, 2);
    expect(enOnly).toEqual({ enRevision: 2, frRevision: 1 });
    // English changes again: French still lags.
    expect(parityAfterSave(enOnly, { en: true, fr: false }, 3)).toEqual({
      enRevision: 3,
      frRevision: 1,
    });
    // The French catches up: parity.
    expect(parityAfterSave(enOnly, { en: false, fr: true }, 3)).toEqual({
      enRevision: 3,
      frRevision: 3,
    });
  });

  it("leaves a section out of parity after a one-language save until the other language is updated or confirmed", async () => {
    await save(drafter, 3, "Objectives 1 and 7.", "Objectifs 1 et 7.");
    expect(await section(3)).toMatchObject({ enRevision: (await section(3)).revision });
    const inSync = await section(3);
    expect(inSync.enRevision).toBe(inSync.frRevision);
    await save(drafter, 3, "Objectives 1, 7 and 16.", "Objectifs 1 et 7.");
    const lagging = await section(3);
    expect(lagging.enRevision).toBeGreaterThan(lagging.frRevision);
    await save(drafter, 3, "Objectives 1, 7 and 16.", "Objectifs 1, 7 et 16.");
    const translated = await section(3);
    expect(translated.enRevision).toBe(translated.frRevision);
    await save(drafter, 3, "Objectives 1, 7, and 16.", "Objectifs 1, 7 et 16.");
    const comma = await section(3);
    expect(comma.frRevision).toBeLessThan(comma.enRevision);
    expect(
      await markOtherLanguageCurrent(
        database.db,
        drafter,
        { consultationId, sectionId: comma.id, expectedRevision: comma.revision },
        context,
      ),
    ).toEqual({ ok: true });
    const confirmed = await section(3);
    expect([confirmed.enRevision, confirmed.frRevision]).toEqual([comma.revision, comma.revision]);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "review.section.parity-confirmed"),
          eq(auditEvents.subjectId, String(comma.id)),
        ),
      );
    expect(audit!.details).toMatchObject({ confirmed: "fr" });
  });
});

describe("coverage and methodology facts", () => {
  it("counts cited inputs per objective and flags the objectives with nothing cited", async () => {
    const coverage = await getCoverage(database.db, consultationId);
    expect(coverage!.objectives).toHaveLength(23);
    const citedInputIds = await database.db
      .selectDistinct({ inputId: reviewCitations.inputId })
      .from(reviewCitations)
      .innerJoin(reviewSections, eq(reviewSections.id, reviewCitations.sectionId))
      .where(eq(reviewSections.consultationId, consultationId));
    expect(coverage!.citedTotal).toBe(citedInputIds.length);
    expect(coverage!.citedTotal).toBeGreaterThan(0);
    const covered = coverage!.objectives.filter((row) => row.cited > 0);
    expect(covered.length).toBeGreaterThan(0);
    expect(coverage!.gaps).toEqual(
      coverage!.objectives.filter((row) => row.cited === 0).map((row) => row.number),
    );
    for (const row of coverage!.objectives) {
      expect(row.received).toBeGreaterThanOrEqual(row.accepted);
      expect(row.accepted).toBeGreaterThanOrEqual(row.cited);
    }
    expect(coverage!.principles).toHaveLength(10);
  });

  it("computes the consultation's figures and writes them as EN and FR sentences", async () => {
    const facts = await getMethodologyFacts(database.db, consultationId);
    const total = await database.db
      .select({ id: inputs.id })
      .from(inputs)
      .where(eq(inputs.consultationId, consultationId));
    expect(facts!.inputsTotal).toBe(total.length);
    expect(facts!.byStatus).toEqual(
      expect.arrayContaining([
        { status: "in-review", count: 1 },
        { status: "accepted", count: total.length - 1 },
      ]),
    );
    expect(facts!.responding).toBeGreaterThan(0);
    expect(facts!.sentences.en).toContain("The consultation was open from June 1, 2020");
    expect(facts!.sentences.fr).toContain(
      "La consultation était ouverte du 1 juin 2020 au 30 septembre 2020.",
    );
    expect(facts!.sentences.fr).toContain(`${total.length} contributions`);
  });
});

describe("word count", () => {
  it("does not count citation tokens or Markdown punctuation", () => {
    expect(countWords(`Two words [@RT-2020-000001] - **bold** text.`)).toBe(4);
    expect(countWords("")).toBe(0);
  });
});

describe("approval", () => {
  it("blocks a submission out of parity unless overridden with a reason, which is audited", async () => {
    await save(drafter, 1, "Methodology in English only, changed.", (await section(1)).bodyFr);
    const review = await reviewVersion();
    const blocked = await changeReviewStatus(
      database.db,
      drafter,
      { consultationId, action: "submit", expectedVersion: review.version },
      context,
    );
    expect(blocked).toMatchObject({ ok: false, error: "parityRequired" });
    expect((blocked as { outOfParity: string[] }).outOfParity).toHaveLength(1);
    const noReason = await changeReviewStatus(
      database.db,
      drafter,
      { consultationId, action: "submit", expectedVersion: review.version, parityOverride: true },
      context,
    );
    expect(noReason).toMatchObject({ ok: false, error: "overrideReasonRequired" });
    expect((await reviewVersion()).status).toBe("drafting");
    const overridden = await changeReviewStatus(
      database.db,
      drafter,
      {
        consultationId,
        action: "submit",
        expectedVersion: review.version,
        parityOverride: true,
        comment: "The French is being checked by the translation bureau.",
      },
      context,
    );
    expect(overridden).toEqual({ ok: true, status: "in-approval" });
    const events = await database.db
      .select()
      .from(reviewEvents)
      .where(eq(reviewEvents.reviewId, review.id))
      .orderBy(asc(reviewEvents.id));
    expect(events.map((event) => [event.kind, event.comment])).toEqual([
      ["parity-override", "The French is being checked by the translation bureau."],
      ["submitted", null],
    ]);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectType, "review"), eq(auditEvents.subjectId, String(review.id))),
      );
    expect(audits.map((audit) => audit.action)).toEqual(
      expect.arrayContaining(["review.parity-override", "review.submitted"]),
    );
  });

  it("locks the text under approval; the approver returns with comments, then approves; approved is locked until a new revision", async () => {
    expect((await save(drafter, 2, "Locked?", "Verrouillé?")).ok).toBe(false);
    expect(await save(drafter, 2, "Locked?", "Verrouillé?")).toEqual({
      ok: false,
      error: { kind: "locked" },
    });
    let review = await reviewVersion();
    expect(
      await changeReviewStatus(
        database.db,
        drafter,
        { consultationId, action: "approve", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: false, error: "forbidden" });
    expect(
      await changeReviewStatus(
        database.db,
        approver,
        { consultationId, action: "return", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: false, error: "commentRequired" });
    expect(
      await changeReviewStatus(
        database.db,
        approver,
        {
          consultationId,
          action: "return",
          expectedVersion: review.version,
          comment: "Bring the French up to date.",
        },
        context,
      ),
    ).toEqual({ ok: true, status: "returned" });
    // Stale version: refused.
    expect(
      await changeReviewStatus(
        database.db,
        approver,
        { consultationId, action: "approve", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: false, error: "conflict" });
    // Returned: the drafter fixes parity and submits without override.
    const first = await section(1);
    await save(drafter, 1, first.bodyEn, "Méthodologie, modifiée.");
    review = await reviewVersion();
    expect(
      await changeReviewStatus(
        database.db,
        drafter,
        { consultationId, action: "submit", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: true, status: "in-approval" });
    review = await reviewVersion();
    expect(
      await changeReviewStatus(
        database.db,
        approver,
        { consultationId, action: "approve", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: true, status: "approved" });
    review = await reviewVersion();
    const current = await sections();
    expect(review.approvedBy).toBe(approver.userId);
    expect(review.approvedRevisions).toEqual(
      current.map((row) => ({ sectionId: row.id, revision: row.revision })),
    );
    expect(await save(drafter, 2, "After approval.", "Après l'approbation.")).toEqual({
      ok: false,
      error: { kind: "locked" },
    });
    expect(
      await markOtherLanguageCurrent(
        database.db,
        drafter,
        { consultationId, sectionId: current[1]!.id, expectedRevision: current[1]!.revision },
        context,
      ),
    ).toEqual({ ok: false, error: "locked" });
    expect(
      await changeReviewStatus(
        database.db,
        drafter,
        { consultationId, action: "reopen", expectedVersion: review.version },
        context,
      ),
    ).toEqual({ ok: true, status: "drafting" });
    expect((await save(drafter, 2, "After approval.", "Après l'approbation.")).ok).toBe(true);
    const events = await database.db
      .select({ kind: reviewEvents.kind, comment: reviewEvents.comment })
      .from(reviewEvents)
      .where(eq(reviewEvents.reviewId, review.id))
      .orderBy(asc(reviewEvents.id));
    expect(events.map((event) => event.kind)).toEqual([
      "parity-override",
      "submitted",
      "returned",
      "submitted",
      "approved",
      "reopened",
    ]);
    expect(events[2]!.comment).toBe("Bring the French up to date.");
    const audits = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.subjectType, "review"),
          inArray(auditEvents.action, ["review.returned", "review.approved", "review.reopened"]),
        ),
      );
    expect(audits).toHaveLength(3);
  });
});
