import { eq, sql } from "drizzle-orm";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  prepareAttachments,
  readAttachment,
} from "../../app/features/contributions/attachments.server";
import { consultations, emailMessages, inputs, inputVersions } from "../../db/schema";
import type { SignedIn } from "../../app/features/accounts/auth.server";
import { generateToken } from "../../app/features/accounts/tokens.server";
import {
  PracticeDraftSchema,
  PracticeSubmitSchema,
} from "../../app/features/contributions/practice.schema";
import {
  createPractice,
  getOwnInput,
  updatePractice,
  withdrawInput,
} from "../../app/features/contributions/practices.server";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import { submitObjectiveComment } from "../../app/features/contributions/objective-comments.server";
import { ObjectiveCommentSchema } from "../../app/features/contributions/practice.schema";
import { signedInPerson } from "../setup/people";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { rowsOf } from "../../db/queries/framework";

let database: TestDatabase;
const options = { ip: null, publicUrl: "http://localhost:3000" };
const SLUG = "2021-update";

const form = (extra: Record<string, unknown> = {}) => ({
  language: "fr",
  title: "Carrefour d'intégration des nouveaux arrivants",
  summary: "Un guichet unique régional pour les nouveaux arrivants francophones.",
  description:
    "Le réseau accueille, oriente et accompagne les familles pendant leur première année.",
  objectives: ["7", "16"],
  principles: ["whole-of-society"],
  scope: "provincial",
  regions: "NB",
  consent: "attributed",
  ...extra,
});

let contributor: SignedIn;
let colleague: SignedIn;
let outsider: SignedIn;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoScenario(database.db, demoScenario);
  contributor = await signedInPerson(database.db, "lead@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  colleague = await signedInPerson(database.db, "colleague@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  outsider = await signedInPerson(database.db, "outsider@example.org", "maple-settlement-network", [
    "contributor",
  ]);
});
afterAll(() => database.destroy());

describe("submitting a practice", () => {
  it("makes one input, one receipt and one reference when the same form is posted ten times at once", async () => {
    const submitKey = generateToken();
    const content = PracticeSubmitSchema.parse(form({ submitKey }));
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        createPractice(database.db, contributor, SLUG, content, { ...options, submit: true }),
      ),
    );
    const references = new Set(results.map((r) => (r.ok ? r.value.reference : "failed")));
    expect(references.size).toBe(1);
    expect([...references][0]).toMatch(/^RT-\d{4}-\d{6}$/);
    const rows = await database.db.select().from(inputs).where(eq(inputs.submitKey, submitKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "submitted",
      language: "fr",
      publicationConsent: "attributed",
    });
    const receipts = await database.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "input.submitted"));
    expect(
      receipts.filter((r) => (r.data as { reference: string }).reference === rows[0]!.reference),
    ).toHaveLength(1);
    // The receipt carries the reference and links, never the text of the input.
    expect(JSON.stringify(receipts[0]!.data)).not.toContain("guichet unique");
  });

  it("ignores fields the form does not have", async () => {
    const content = PracticeSubmitSchema.parse(
      form({
        submitKey: generateToken(),
        status: "accepted",
        organizationId: 1,
        publishedAt: "2020-01-01",
      }),
    );
    const result = await createPractice(database.db, contributor, SLUG, content, {
      ...options,
      submit: true,
    });
    if (!result.ok) throw new Error(result.errors.join());
    const [row] = await database.db
      .select()
      .from(inputs)
      .where(eq(inputs.reference, result.value.reference));
    expect(row).toMatchObject({
      status: "submitted",
      organizationId: contributor.actor.organizationIds[0],
      publishedAt: null,
    });
  });

  it("refuses a submission with missing required fields but accepts the same as a draft", () => {
    const incomplete = form({ summary: "", objectives: [], consent: undefined });
    expect(PracticeSubmitSchema.safeParse(incomplete).success).toBe(false);
    expect(PracticeDraftSchema.safeParse(incomplete).success).toBe(true);
  });

  it("is refused once the consultation has closed, by the database's clock", async () => {
    const [closed] = await database.db
      .insert(consultations)
      .values({
        slug: "closed-call",
        frameworkId: 1,
        type: "annual-update",
        status: "open",
        titleEn: "Closed",
        titleFr: "Fermée",
        descriptionEn: "x",
        descriptionFr: "x",
        coversFrom: "2020-01-01",
        coversTo: "2020-12-31",
        opensAt: sql`now() - interval '2 days'`,
        closesAt: sql`now() + interval '1 minute'`,
        audiencePublic: true,
      })
      .returning({ id: consultations.id });
    await database.db.execute(
      sql`insert into consultation_components (consultation_id, kind) values (${closed!.id}, 'call-for-practices')`,
    );
    const onTime = await createPractice(
      database.db,
      contributor,
      "closed-call",
      PracticeSubmitSchema.parse(form({ submitKey: generateToken() })),
      { ...options, submit: true },
    );
    expect(onTime.ok).toBe(true);
    await database.db
      .update(consultations)
      .set({ closesAt: sql`now() - interval '1 second'` })
      .where(eq(consultations.id, closed!.id));
    const late = await createPractice(
      database.db,
      contributor,
      "closed-call",
      PracticeSubmitSchema.parse(form({ submitKey: generateToken() })),
      { ...options, submit: true },
    );
    expect(late).toEqual({ ok: false, errors: ["closed"] });
  });
});

describe("drafts", () => {
  it("are shared with colleagues, who can edit them; other organizations cannot see them", async () => {
    const created = await createPractice(
      database.db,
      contributor,
      SLUG,
      PracticeDraftSchema.parse(form({ summary: "", submitKey: generateToken() })),
      { ...options, submit: false },
    );
    if (!created.ok) throw new Error(created.errors.join());
    const reference = created.value.reference;
    expect(await getOwnInput(database.db, outsider, reference)).toBeNull();
    expect(
      await updatePractice(database.db, outsider, reference, PracticeDraftSchema.parse(form()), {
        ...options,
        submit: false,
      }),
    ).toEqual({ ok: false, errors: ["notFound"] });

    const seen = await getOwnInput(database.db, colleague, reference);
    expect(seen).toMatchObject({ status: "draft", editable: true, version: 1 });
    const edited = await updatePractice(
      database.db,
      colleague,
      reference,
      PracticeDraftSchema.parse(form({ summary: "Ajouté par une collègue.", version: "1" })),
      { ...options, submit: false },
    );
    expect(edited.ok).toBe(true);
    expect(await getOwnInput(database.db, contributor, reference)).toMatchObject({
      lastEditorName: "colleague",
      version: 2,
    });

    // The first author saves over the colleague's newer version: refused, with who and when.
    const stale = await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeDraftSchema.parse(form({ version: "1" })),
      { ...options, submit: false },
    );
    expect(stale).toMatchObject({ ok: false, errors: ["conflict"], changedBy: "colleague" });

    const submitted = await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeSubmitSchema.parse(form({ version: "2", submitKey: generateToken() })),
      { ...options, submit: true },
    );
    expect(submitted.ok).toBe(true);
    const input = await getOwnInput(database.db, contributor, reference);
    expect(input).toMatchObject({ status: "submitted", version: 3 });
    // Edited after submitting: each version is kept.
    await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeSubmitSchema.parse(
        form({ title: "Titre révisé", version: "3", submitKey: generateToken() }),
      ),
      { ...options, submit: true },
    );
    const versions = await database.db
      .select()
      .from(inputVersions)
      .where(eq(inputVersions.inputId, input!.id));
    expect(versions.map((v) => v.version)).toEqual([3, 4]);

    expect(await withdrawInput(database.db, colleague, reference, { ip: null })).toEqual({
      ok: true,
      value: null,
    });
    expect(await getOwnInput(database.db, contributor, reference)).toMatchObject({
      status: "withdrawn",
      editable: false,
    });
  });
});

describe("editing a practice", () => {
  it("replaces the words, the contributor's tags and the details, and keeps the staff's tags", async () => {
    const created = await createPractice(
      database.db,
      contributor,
      SLUG,
      PracticeDraftSchema.parse(
        form({
          thematicCluster: "drivers",
          partners: "Ville de Moncton",
          submitKey: generateToken(),
        }),
      ),
      { ...options, submit: false },
    );
    if (!created.ok) throw new Error(created.errors.join());
    const reference = created.value.reference;
    const before = await getOwnInput(database.db, contributor, reference);
    expect(before).toMatchObject({
      language: "fr",
      objectiveNumbers: [7, 16],
      principleKeys: ["whole-of-society"],
      clusterKey: "drivers",
    });
    // staff confirmed objective 7: the contributor's edit must leave it alone
    await database.db.execute(sql`
      insert into input_objectives (input_id, objective_id, source)
      select ${before!.id}, id, 'staff' from objectives where number = 7`);

    const edited = await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeDraftSchema.parse(
        form({
          language: "en",
          title: "Newcomer integration hub",
          objectives: ["2", "16"],
          principles: ["human-rights", "child-sensitive"],
          thematicCluster: "regular-pathways",
          partners: "",
          version: "1",
        }),
      ),
      { ...options, submit: false },
    );
    expect(edited.ok).toBe(true);
    const after = await getOwnInput(database.db, contributor, reference);
    expect(after).toMatchObject({
      language: "en",
      objectiveNumbers: [2, 16],
      clusterKey: "regular-pathways",
      text: { language: "en", title: "Newcomer integration hub" },
    });
    expect([...after!.principleKeys].sort()).toEqual(["child-sensitive", "human-rights"]);
    expect(after!.details?.partners).toEqual([]);
    const rows = await database.db.execute(sql`
      select t.language, (select array_agg(o.number order by o.number) from input_objectives io
        join objectives o on o.id = io.objective_id where io.input_id = t.input_id and io.source = 'staff') as staff
      from input_texts t where t.input_id = ${after!.id}`);
    // one language of words left, and the staff's objective still there
    expect(rowsOf(rows)).toEqual([{ language: "en", staff: [7] }]);

    // no cluster and no principles chosen any more: both cleared
    const cleared = await updatePractice(
      database.db,
      contributor,
      reference,
      PracticeDraftSchema.parse(form({ principles: [], thematicCluster: "", version: "2" })),
      { ...options, submit: false },
    );
    expect(cleared.ok).toBe(true);
    expect(await getOwnInput(database.db, contributor, reference)).toMatchObject({
      principleKeys: [],
      clusterKey: null,
      objectiveNumbers: [7, 16],
    });
  });
});

describe("comments on objectives", () => {
  it("are plain text up to 5,000 characters, tagged with their objective, with a receipt", async () => {
    expect(
      ObjectiveCommentSchema.safeParse({
        comment: "x".repeat(5001),
        language: "en",
        consent: "private",
      }).success,
    ).toBe(false);
    const comment = ObjectiveCommentSchema.parse({
      comment: "<b>Les données</b> ventilées manquent.",
      language: "fr",
      consent: "private",
      submitKey: generateToken(),
    });
    const result = await submitObjectiveComment(
      database.db,
      contributor,
      SLUG,
      1,
      comment,
      options,
    );
    if (!result.ok) throw new Error(result.errors.join());
    const input = await getOwnInput(database.db, contributor, result.value.reference);
    expect(input).toMatchObject({ kind: "comment", status: "submitted", objectiveNumbers: [1] });
    expect(input!.text?.body).toBe("<b>Les données</b> ventilées manquent.");
    expect(
      await submitObjectiveComment(database.db, contributor, SLUG, 99, comment, options),
    ).toEqual({ ok: false, errors: ["notFound"] });
  });
});

describe("attachments", () => {
  const pdf = () =>
    new File(
      [new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF")],
      "rapport annuel.pdf",
      { type: "application/pdf" },
    );
  const form = (...files: File[]) => {
    const data = new FormData();
    for (const file of files) data.append("attachments", file);
    return data;
  };

  it("refuses a program renamed .pdf before anything is stored", async () => {
    const exe = new File(
      [new TextEncoder().encode("MZ\u0090\u0000This program cannot be run in DOS mode")],
      "facture.pdf",
      { type: "application/pdf" },
    );
    const checked = await prepareAttachments(form(exe), 0);
    expect(checked).toEqual({
      ok: false,
      problems: [{ name: "facture.pdf", problem: "fileType" }],
    });
  });

  it("are stored with the input, and a store failure leaves no submitted input (R11)", async () => {
    const checked = await prepareAttachments(form(pdf()), 0);
    if (!checked.ok) throw new Error("pdf refused");
    const submitKey = generateToken();
    const original = process.env.UPLOAD_DIR;
    // A path under a regular file cannot be a directory: every write fails.
    process.env.UPLOAD_DIR = "/dev/null/uploads";
    try {
      const failed = await createPractice(
        database.db,
        contributor,
        SLUG,
        PracticeSubmitSchema.parse(form2(submitKey)),
        { ...options, submit: true, attachments: checked.prepared },
      );
      expect(failed).toEqual({ ok: false, errors: ["attachmentStore"] });
      expect(
        await database.db.select().from(inputs).where(eq(inputs.submitKey, submitKey)),
      ).toHaveLength(0);
    } finally {
      process.env.UPLOAD_DIR = original ?? path.join(os.tmpdir(), `rt-uploads-${process.pid}`);
    }
    process.env.UPLOAD_DIR = path.join(os.tmpdir(), `rt-uploads-${process.pid}`);
    const stored = await createPractice(
      database.db,
      contributor,
      SLUG,
      PracticeSubmitSchema.parse(form2(submitKey)),
      { ...options, submit: true, attachments: checked.prepared },
    );
    if (!stored.ok) throw new Error(stored.errors.join());
    const input = await getOwnInput(database.db, contributor, stored.value.reference);
    expect(input!.attachments).toMatchObject([
      { originalName: "rapport annuel.pdf", mediaType: "application/pdf" },
    ]);
    const file = await readAttachment(database.db, input!.id, input!.attachments[0]!.id);
    expect(new TextDecoder().decode(file!.bytes)).toContain("%PDF-1.7");
    process.env.UPLOAD_DIR = original;
  });

  it("are limited to five per input", async () => {
    expect(await prepareAttachments(form(pdf(), pdf()), 4)).toEqual({
      ok: false,
      problems: [{ name: "", problem: "fileCount" }],
    });
  });
});

function form2(submitKey: string) {
  return {
    language: "en",
    title: "Stored with files",
    summary: "A practice with an annual report attached.",
    description: "The report gives the year's figures.",
    objectives: ["3"],
    scope: "national",
    consent: "private",
    submitKey,
  };
}
