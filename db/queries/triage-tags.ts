import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  consultations,
  inputNotes,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputStaffTags,
  inputTexts,
  objectives,
  objectiveSuggestionDecisions,
  principles,
  thematicClusters,
  triageSavedViews,
  users,
} from "../schema";

// ---------------------------------------------------------------------------------------
// Objective suggestions: staff decisions, acceptance rates, training examples

/**
 * Inputs of a framework with objectives staff confirmed, as training examples for the
 * suggester (the newest `limit`), never the input being suggested for.
 */
export async function listStaffConfirmedExamples(
  db: Database,
  frameworkId: number,
  excludeInputId: number,
  limit: number,
) {
  const rows = await db
    .select({
      inputId: inputs.id,
      text: sql<string>`concat_ws(E'\n', ${inputTexts.title}, ${inputTexts.summary}, ${inputTexts.body})`,
      objectives: sql<number[]>`array_agg(distinct ${objectives.number})`,
    })
    .from(inputObjectives)
    .innerJoin(inputs, eq(inputs.id, inputObjectives.inputId))
    .innerJoin(consultations, eq(consultations.id, inputs.consultationId))
    .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
    .innerJoin(
      inputTexts,
      and(eq(inputTexts.inputId, inputs.id), eq(inputTexts.language, inputs.language)),
    )
    .where(
      and(
        eq(inputObjectives.source, "staff"),
        eq(consultations.frameworkId, frameworkId),
        sql`${inputs.id} <> ${excludeInputId}`,
      ),
    )
    .groupBy(inputs.id, inputTexts.title, inputTexts.summary, inputTexts.body)
    .orderBy(desc(inputs.id))
    .limit(limit);
  return rows.map((row) => ({ text: row.text, objectives: row.objectives.map(Number) }));
}

export async function findObjectiveId(db: Database, frameworkId: number, number: number) {
  const [row] = await db
    .select({ id: objectives.id })
    .from(objectives)
    .where(and(eq(objectives.frameworkId, frameworkId), eq(objectives.number, number)));
  return row?.id ?? null;
}

export async function recordSuggestionDecision(
  db: Database,
  decision: {
    inputId: number;
    objectiveId: number;
    decision: "accepted" | "dismissed";
    score: number;
    decidedBy: number;
  },
) {
  await db
    .insert(objectiveSuggestionDecisions)
    .values(decision)
    .onConflictDoUpdate({
      target: [objectiveSuggestionDecisions.inputId, objectiveSuggestionDecisions.objectiveId],
      set: {
        decision: decision.decision,
        score: decision.score,
        decidedBy: decision.decidedBy,
        decidedAt: sql`now()`,
      },
    });
}

export async function listSuggestionDecisions(db: Database, inputId: number) {
  return db
    .select({ number: objectives.number, decision: objectiveSuggestionDecisions.decision })
    .from(objectiveSuggestionDecisions)
    .innerJoin(objectives, eq(objectives.id, objectiveSuggestionDecisions.objectiveId))
    .where(eq(objectiveSuggestionDecisions.inputId, inputId));
}

/** Per objective: how many suggestions staff accepted and dismissed. */
export async function listSuggestionAcceptance(db: Database) {
  return db
    .select({
      frameworkId: objectives.frameworkId,
      number: objectives.number,
      titleEn: objectives.titleEn,
      titleFr: objectives.titleFr,
      accepted: sql<number>`count(*) filter (where ${objectiveSuggestionDecisions.decision} = 'accepted')::int`,
      dismissed: sql<number>`count(*) filter (where ${objectiveSuggestionDecisions.decision} = 'dismissed')::int`,
    })
    .from(objectiveSuggestionDecisions)
    .innerJoin(objectives, eq(objectives.id, objectiveSuggestionDecisions.objectiveId))
    .groupBy(objectives.frameworkId, objectives.number, objectives.titleEn, objectives.titleFr)
    .orderBy(asc(objectives.frameworkId), asc(objectives.number));
}

// ---------------------------------------------------------------------------------------
// Staff tags (objectives, principles, thematic cluster, free tags)

export async function listStaffTags(db: Database, inputId: number) {
  const [objectiveRows, principleRows, [tags]] = await Promise.all([
    db
      .select({ number: objectives.number })
      .from(inputObjectives)
      .innerJoin(objectives, eq(objectives.id, inputObjectives.objectiveId))
      .where(and(eq(inputObjectives.inputId, inputId), eq(inputObjectives.source, "staff")))
      .orderBy(asc(objectives.number)),
    db
      .select({ key: principles.key })
      .from(inputPrinciples)
      .innerJoin(principles, eq(principles.id, inputPrinciples.principleId))
      .where(and(eq(inputPrinciples.inputId, inputId), eq(inputPrinciples.source, "staff")))
      .orderBy(asc(principles.position)),
    db
      .select({
        clusterKey: thematicClusters.key,
        tags: inputStaffTags.tags,
        visibility: inputStaffTags.visibility,
        updatedAt: inputStaffTags.updatedAt,
        updatedByName: users.name,
      })
      .from(inputStaffTags)
      .leftJoin(thematicClusters, eq(thematicClusters.id, inputStaffTags.thematicClusterId))
      .innerJoin(users, eq(users.id, inputStaffTags.updatedBy))
      .where(eq(inputStaffTags.inputId, inputId)),
  ]);
  return {
    objectives: objectiveRows.map((row) => row.number),
    principles: principleRows.map((row) => row.key),
    cluster: tags?.clusterKey ?? null,
    tags: tags?.tags ?? [],
    visibility: tags?.visibility ?? ("public" as const),
    updatedAt: tags?.updatedAt ?? null,
    updatedByName: tags?.updatedByName ?? null,
  };
}

export async function addStaffObjective(db: Database, inputId: number, objectiveId: number) {
  await db
    .insert(inputObjectives)
    .values({ inputId, objectiveId, source: "staff" })
    .onConflictDoNothing();
}

/** Replaces staff's tags of an input; keys and numbers unknown to the framework are ignored. */
export async function replaceStaffTags(
  db: Database,
  inputId: number,
  frameworkId: number,
  tags: {
    objectives: number[];
    principles: string[];
    cluster: string | null;
    tags: string[];
    visibility: "public" | "internal";
    by: number;
  },
) {
  await db
    .delete(inputObjectives)
    .where(and(eq(inputObjectives.inputId, inputId), eq(inputObjectives.source, "staff")));
  await db
    .delete(inputPrinciples)
    .where(and(eq(inputPrinciples.inputId, inputId), eq(inputPrinciples.source, "staff")));
  if (tags.objectives.length) {
    const ids = await db
      .select({ id: objectives.id })
      .from(objectives)
      .where(
        and(eq(objectives.frameworkId, frameworkId), inArray(objectives.number, tags.objectives)),
      );
    if (ids.length)
      await db
        .insert(inputObjectives)
        .values(ids.map(({ id }) => ({ inputId, objectiveId: id, source: "staff" as const })));
  }
  if (tags.principles.length) {
    const ids = await db
      .select({ id: principles.id })
      .from(principles)
      .where(
        and(eq(principles.frameworkId, frameworkId), inArray(principles.key, tags.principles)),
      );
    if (ids.length)
      await db
        .insert(inputPrinciples)
        .values(ids.map(({ id }) => ({ inputId, principleId: id, source: "staff" as const })));
  }
  const [cluster] = tags.cluster
    ? await db
        .select({ id: thematicClusters.id })
        .from(thematicClusters)
        .where(
          and(
            eq(thematicClusters.frameworkId, frameworkId),
            eq(thematicClusters.key, tags.cluster),
          ),
        )
    : [];
  const values = {
    thematicClusterId: cluster?.id ?? null,
    tags: tags.tags,
    visibility: tags.visibility,
    updatedBy: tags.by,
    updatedAt: sql`now()`,
  };
  await db
    .insert(inputStaffTags)
    .values({ inputId, ...values })
    .onConflictDoUpdate({ target: inputStaffTags.inputId, set: values });
}

// ---------------------------------------------------------------------------------------
// Internal notes

export async function addInputNote(
  db: Database,
  inputId: number,
  authorUserId: number,
  body: string,
) {
  const [row] = await db
    .insert(inputNotes)
    .values({ inputId, authorUserId, body })
    .returning({ id: inputNotes.id });
  return row!.id;
}

export async function listInputNotes(db: Database, inputId: number) {
  return db
    .select({
      id: inputNotes.id,
      body: inputNotes.body,
      createdAt: inputNotes.createdAt,
      authorName: users.name,
    })
    .from(inputNotes)
    .innerJoin(users, eq(users.id, inputNotes.authorUserId))
    .where(eq(inputNotes.inputId, inputId))
    .orderBy(asc(inputNotes.id));
}

// ---------------------------------------------------------------------------------------
// Saved views

export async function listSavedViews(db: Database, userId: number) {
  return db
    .select({ id: triageSavedViews.id, name: triageSavedViews.name, query: triageSavedViews.query })
    .from(triageSavedViews)
    .where(eq(triageSavedViews.userId, userId))
    .orderBy(asc(triageSavedViews.name));
}

/** Saves (or replaces, by name) one of the person's views. */
export async function saveView(db: Database, userId: number, name: string, query: string) {
  const [row] = await db
    .insert(triageSavedViews)
    .values({ userId, name, query })
    .onConflictDoUpdate({
      target: [triageSavedViews.userId, triageSavedViews.name],
      set: { query, createdAt: sql`now()` },
    })
    .returning({ id: triageSavedViews.id });
  return row!.id;
}

/** Deletes one of the person's own views; another person's view is never touched. */
export async function deleteView(db: Database, userId: number, viewId: number) {
  const rows = await db
    .delete(triageSavedViews)
    .where(and(eq(triageSavedViews.id, viewId), eq(triageSavedViews.userId, userId)))
    .returning({ id: triageSavedViews.id });
  return rows.length > 0;
}
