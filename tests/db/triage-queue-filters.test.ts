import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/queries/framework";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import type { Actor } from "../../app/features/accounts/permissions";
import { generateToken } from "../../app/features/accounts/tokens.server";
import { PracticeSubmitSchema } from "../../app/features/contributions/practice.schema";
import { createPractice } from "../../app/features/contributions/practices.server";
import {
  getQueuePage,
  QueueFiltersSchema,
  splitHeadline,
} from "../../app/features/triage/queue.server";
import {
  deleteMyView,
  listMyViews,
  saveMyView,
  viewQuery,
} from "../../app/features/triage/saved-views.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

let database: TestDatabase;
const context = { ip: null, publicUrl: "http://localhost:3000" };
let experts: SignedIn;
let moderator: Actor;
let otherModerator: Actor;
const marker = `zephyr${Date.now().toString(36)}`;
let strong: string;
let weak: string;

const filters = (query: Record<string, string>) =>
  QueueFiltersSchema.parse({ q: marker, ...query });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  experts = await signedInPerson(database.db, "filters-sk@example.org", "experts-centre", [
    "contributor",
  ]);
  moderator = (await signedInPerson(database.db, "filters-mod@example.org", "ircc", ["moderator"]))
    .actor;
  otherModerator = (
    await signedInPerson(database.db, "filters-mod2@example.org", "ircc", ["moderator"])
  ).actor;
  const submit = async (title: string, description: string) => {
    const result = await createPractice(
      database.db,
      experts,
      "2021-update",
      PracticeSubmitSchema.parse({
        language: "en",
        title,
        summary: title,
        description,
        objectives: ["9"],
        principles: ["human-rights"],
        thematicCluster: "drivers",
        scope: "national",
        consent: "attributed",
        submitKey: generateToken(),
      }),
      { ...context, submit: true },
    );
    if (!result.ok) throw new Error(result.errors.join());
    return result.value.reference;
  };
  // The stronger match is the older one: relevance order differs from date order.
  strong = await submit(
    `${marker} <script>alert(1)</script>`,
    `${marker} ${marker} smuggling prevention with ${marker} partners.`,
  );
  weak = await submit("Border data", `Monthly border statistics; one mention of ${marker}.`);
});
afterAll(() => database.destroy());

describe("queue filters, facets, relevance and highlights", () => {
  it("filters by province, stakeholder category, principle, cluster and date range", async () => {
    const refs = async (query: Record<string, string>) =>
      (await getQueuePage(database.db, "en", filters(query))).inputs.map((i) => i.reference).sort();
    const both = [strong, weak].sort();
    expect(await refs({})).toEqual(both);
    expect(await refs({ province: "SK" })).toEqual(both);
    expect(await refs({ province: "ON" })).toEqual([]);
    expect(await refs({ category: "experts-group" })).toEqual(both);
    expect(await refs({ category: "academia" })).toEqual([]);
    expect(await refs({ principle: "human-rights" })).toEqual(both);
    expect(await refs({ principle: "rule-of-law" })).toEqual([]);
    expect(await refs({ cluster: "drivers" })).toEqual(both);
    expect(await refs({ cluster: "development-remittances" })).toEqual([]);
    expect(await refs({ from: "2000-01-01", to: "2099-12-31" })).toEqual(both);
    expect(await refs({ to: "2000-01-01" })).toEqual([]);
    expect(await refs({ from: "2099-01-01" })).toEqual([]);
  });

  it("counts kind, language and objective facets under the other filters", async () => {
    const page = await getQueuePage(database.db, "en", filters({ objective: "9" }));
    expect(page.kindFacets).toEqual({ practice: 2 });
    expect(page.languageFacets).toEqual({ en: 2 });
    // The objective facet ignores the objective filter itself.
    expect(page.objectiveFacets["9"]).toBe(2);
    expect(Object.keys(page.objectiveFacets)).toEqual(["9"]);
  });

  it("sorts by relevance when searching and highlights matches as plain text", async () => {
    const page = await getQueuePage(database.db, "en", filters({}));
    expect(page.sort).toBe("relevance");
    expect(page.inputs.map((i) => i.reference)).toEqual([strong, weak]);
    const byDate = await getQueuePage(database.db, "en", filters({ sort: "date" }));
    expect(byDate.inputs.map((i) => i.reference)).toEqual([weak, strong]);
    const excerpt = page.inputs.find((i) => i.reference === weak)!.excerpt!;
    expect(excerpt.filter((run) => run.match).map((run) => run.text)).toEqual([marker]);
    expect(excerpt.map((run) => run.text).join("")).toContain("Monthly border statistics");
    expect(splitHeadline("a \u0002<b>\u0003 c")).toEqual([
      { text: "a ", match: false },
      { text: "<b>", match: true },
      { text: " c", match: false },
    ]);
  });
});

describe("queue sorted by status", () => {
  it("lists statuses in workflow order, newest first within each, pages numbered", async () => {
    const page = await getQueuePage(
      database.db,
      "en",
      QueueFiltersSchema.parse({ sort: "status" }),
    );
    expect(page.sort).toBe("status");
    const order = ["submitted", "in-review", "accepted", "rejected", "changes-requested", "merged"];
    const ranks = page.inputs.map((input) => order.indexOf(input.status));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    for (let i = 1; i < page.inputs.length; i++) {
      const [a, b] = [page.inputs[i - 1]!, page.inputs[i]!];
      if (a.status === b.status) expect(a.submittedAt! >= b.submittedAt!).toBe(true);
    }
    // Small queues: exact counts, and a search is ranked (no estimate-based fallback).
    expect(page.facetsApproximate).toBe(false);
    const searched = await getQueuePage(database.db, "en", filters({}));
    expect(searched.relevanceSkipped).toBeNull();
  });
});

describe("saved views", () => {
  it("saves the filters (not the page position), lists only one's own, deletes only one's own", async () => {
    expect(viewQuery("?status=submitted&before=99&bogus=1&objective=7")).toBe(
      "status=submitted&objective=7",
    );
    const saved = await saveMyView(database.db, moderator, "Objective 7", "?objective=7&before=3");
    expect(saved.ok).toBe(true);
    await saveMyView(database.db, moderator, "Objective 7", "?objective=7&language=fr");
    const mine = await listMyViews(database.db, moderator);
    expect(mine).toEqual([
      { id: expect.any(Number), name: "Objective 7", query: "objective=7&language=fr" },
    ]);
    expect(await listMyViews(database.db, otherModerator)).toEqual([]);
    expect(await deleteMyView(database.db, otherModerator, mine[0]!.id)).toEqual({
      ok: false,
      errors: ["notFound"],
    });
    expect(await saveMyView(database.db, experts.actor, "x", "")).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
    expect(await deleteMyView(database.db, moderator, mine[0]!.id)).toEqual({
      ok: true,
      value: null,
    });
    expect(await listMyViews(database.db, moderator)).toEqual([]);
  });
});

describe("a campaign's copies on the queue", () => {
  it("states a row's similar inputs exactly up to 100, then as more than 100", async () => {
    const db = database.db;
    // 102 copies of one input, one duplicate group (as the per-submit check leaves them)
    const [group] = rowsOf<{ id: number }>(
      await db.execute(sql`insert into duplicate_groups (consultation_id)
        select consultation_id from inputs where reference = ${strong} returning id`),
    );
    const copies = rowsOf<{ id: number }>(
      await db.execute(sql`insert into inputs (consultation_id, organization_id, kind, status,
          language, publication_consent, submitted_at, author_user_id)
        select consultation_id, organization_id, kind, 'submitted', language,
          publication_consent, now(), author_user_id
        from inputs, generate_series(1, 102) where reference = ${strong} returning id`),
    );
    await db.execute(sql`insert into duplicate_group_members (input_id, group_id, similarity)
      select id, ${group!.id}, 1 from unnest(${sql.param(copies.map((c) => c.id))}::int[]) id`);
    const rows = async () =>
      (
        await getQueuePage(
          db,
          "en",
          QueueFiltersSchema.parse({ group: String(group!.id) }),
          moderator.userId,
        )
      ).inputs.map((input) => [input.similar, input.similarMore]);

    expect(new Set((await rows()).map(String))).toEqual(new Set([String([100, true])]));
    // one merged copy leaves 101 in the queue: each row has exactly 100 others
    await db.execute(sql`update inputs set status = 'merged' where id = ${copies[0]!.id}`);
    expect(new Set((await rows()).map(String))).toEqual(new Set([String([100, false])]));
  });
});
