import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertInput } from "../../db/queries/contributions";
import { listQueue } from "../../db/queries/triage";
import { writeReviewFixture } from "../../db/queries/review-publication";
import {
  auditEvents,
  consultations,
  duplicateGroupMembers,
  emailMessages,
  inputs,
  inputTexts,
  notifications,
  reviewCommentDetails,
  reviewEvents,
  reviews,
  users,
} from "../../db/schema";
import { seedDemoScenario } from "../../seeds/demo";
import { demoScenario } from "../../seeds/seed";
import type { SignedIn } from "~/features/accounts/auth.server";
import { createEmailWorker } from "~/features/notifications/email-worker.server";
import { smtpTransport } from "~/features/notifications/transports.server";
import {
  getDraftForComment,
  resolveDraftComment,
  setCommentsOpen,
  splitParagraphs,
  submitDraftComment,
} from "~/features/review/draft-comments.server";
import { getCitedSectionsByReference, publishReview } from "~/features/review/publication.server";
import { reviewDocx } from "~/features/review/review-export-docx.server";
import { reviewHtml } from "~/features/review/review-export-html.server";
import { reviewPdf } from "~/features/review/review-export-pdf.server";
import { loadApprovedReview, loadPublishedReview } from "~/features/review/review-export.server";
import { signedInPerson } from "../setup/people";
import { startSmtpServer, type TestSmtpServer } from "../setup/smtp-server";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";
import { zipEntry } from "../setup/zip";

const PUBLIC_URL = "https://roundtable.example";

/** The visible text of a docx: the runs of document.xml, one paragraph a line. */
function docxText(docx: Buffer) {
  return zipEntry(docx, "word/document.xml")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

async function pdfText(pdf: Buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
        .join("")
        .replace(/\s+/g, " "),
    );
  }
  return pages.join("\n");
}

let database: TestDatabase;
let smtp: TestSmtpServer;
let consultationId: number;
let drafter: SignedIn;
let approver: SignedIn;
let alice: SignedIn; // cited twice, prefers English
let bruno: SignedIn; // cited once, anonymous, prefers French
let carla: SignedIn; // not cited
let outsider: SignedIn; // an organization not in the audience
const refs: Record<string, string> = {};

async function acceptedInput(
  person: SignedIn,
  title: { en: string; fr: string },
  consent: "attributed" | "anonymous",
) {
  const created = await insertInput(database.db, {
    consultationId,
    organizationId: person.organizations[0]!.organizationId,
    kind: "practice",
    language: "en",
    consent,
    userId: person.user.id,
    submitKey: null,
    submitted: true,
  });
  await database.db.update(inputs).set({ status: "accepted" }).where(eq(inputs.id, created!.id));
  await database.db.insert(inputTexts).values([
    { inputId: created!.id, language: "en", title: title.en },
    { inputId: created!.id, language: "fr", title: title.fr },
  ]);
  return created!.reference;
}

function sections(approved: boolean) {
  return {
    consultationId,
    userId: drafter.user.id,
    approved,
    sections: [
      {
        titleEn: "Methodology",
        titleFr: "Méthodologie",
        bodyEn: `Provinces reported new rural settlement services [@${refs.a}].\n\nA second paragraph with **emphasis** and an anonymous source [@${refs.b}].`,
        bodyFr: `Les provinces ont signalé de nouveaux services d’établissement en région [@${refs.a}].\n\nUn deuxième paragraphe, « œuvre commune », avec une source anonyme [@${refs.b}].`,
      },
      {
        titleEn: "Progress on GCM objectives",
        titleFr: "Progrès relatifs aux objectifs du PMM",
        bodyEn: `- Credential recognition for caregivers [@${refs.c}]\n- Data on housing needs`,
        bodyFr: `- Reconnaissance des titres de compétences des aides familiaux [@${refs.c}]\n- Données sur le logement`,
      },
    ],
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer();
  await seedDemoScenario(database.db, demoScenario);
  const [consultation] = await database.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.slug, "2021-update"));
  consultationId = consultation!.id;
  drafter = await signedInPerson(database.db, "drafter.rp@example.org", "gac", ["drafter"]);
  approver = await signedInPerson(database.db, "approver.rp@example.org", "ircc", ["approver"]);
  alice = await signedInPerson(database.db, "alice.rp@example.org", "maple-settlement-network", [
    "contributor",
  ]);
  await database.db
    .update(users)
    .set({ preferredLanguage: "en" })
    .where(eq(users.id, alice.user.id));
  bruno = await signedInPerson(database.db, "bruno.rp@example.org", "francophone-network-nb", [
    "contributor",
  ]);
  carla = await signedInPerson(database.db, "carla.rp@example.org", "experts-centre", [
    "contributor",
  ]);
  outsider = await signedInPerson(database.db, "outsider.rp@example.org", "iom", ["contributor"]);
  refs.a = await acceptedInput(
    alice,
    { en: "Rural welcome hubs", fr: "Carrefours d’accueil ruraux" },
    "attributed",
  );
  refs.b = await acceptedInput(
    bruno,
    { en: "Francophone mentoring", fr: "Mentorat francophone" },
    "anonymous",
  );
  refs.c = await acceptedInput(
    alice,
    { en: "Caregiver pathways", fr: "Voies pour les aides familiaux" },
    "attributed",
  );
  refs.d = await acceptedInput(carla, { en: "Uncited study", fr: "Étude non citée" }, "attributed");
});

afterAll(async () => {
  await smtp?.close();
  await database?.destroy();
});

describe("review exports", () => {
  it("exports nothing before approval, then the approved text even after later edits", async () => {
    await writeReviewFixture(database.db, sections(false));
    expect(await loadApprovedReview(database.db, consultationId, "en", PUBLIC_URL)).toBeNull();
    await writeReviewFixture(database.db, sections(true));
    // A later live edit (not approved) must not reach the exports.
    await database.db.execute(
      `update review_sections set body_en = 'UNAPPROVED EDIT' where consultation_id = ${consultationId}` as never,
    );
    const review = await loadApprovedReview(database.db, consultationId, "en", PUBLIC_URL);
    expect(review!.sections.map((s) => s.title)).toEqual([
      "Methodology",
      "Progress on GCM objectives",
    ]);
    expect(review!.sections[0]!.markdown).not.toContain("UNAPPROVED");
  });

  it("Word: title page, contents, sections, citation numbers and the annex; anonymous organization left out", async () => {
    const review = await loadApprovedReview(database.db, consultationId, "en", PUBLIC_URL);
    const text = docxText(await reviewDocx(review!));
    expect(text).toContain("Canada’s voluntary review of the Global Compact for Migration");
    expect(text).toContain("Contents");
    expect(text).toContain("1. Methodology");
    expect(text).toContain("2. Progress on GCM objectives");
    expect(text).toContain("Provinces reported new rural settlement services [1]");
    expect(text).toContain("[2]");
    expect(text).toContain("Credential recognition for caregivers [3]");
    expect(text).toContain("Annex: inputs cited");
    expect(text).toContain(`Rural welcome hubs. Maple`);
    expect(text).toContain(`Reference ${refs.a}`);
    expect(text).toContain(`Francophone mentoring. Organization not named at its request`);
    expect(text).not.toContain("Francophone Immigration Network");
    expect(text).not.toContain("Réseau");
  });

  it("PDF in French: accents, œ and typographic apostrophes survive; citations and annex", async () => {
    const review = await loadApprovedReview(database.db, consultationId, "fr", PUBLIC_URL);
    const text = await pdfText(await reviewPdf(review!));
    expect(text).toContain("Examen volontaire du Canada sur le Pacte mondial sur les migrations");
    expect(text).toContain("Table des matières");
    expect(text).toContain("1. Méthodologie");
    expect(text).toContain("services d’établissement en région [1]");
    expect(text).toContain("« œuvre commune »");
    expect(text).toContain("Annexe : contributions citées");
    expect(text).toContain("Carrefours d’accueil ruraux");
    expect(text).toContain(`Référence ${refs.b}`);
    expect(text).toContain("Organisation non nommée à sa demande");
  });

  it("HTML: standalone, in the language, with anchors from each citation to the annex", async () => {
    const review = await loadApprovedReview(database.db, consultationId, "fr", PUBLIC_URL);
    const html = reviewHtml(review!);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr-CA">/);
    expect(html).toContain('<a href="#section-1">Méthodologie</a>');
    expect(html).toContain('href="#citation-1"');
    expect(html).toContain(
      '<li id="citation-3" value="3"><cite>Voies pour les aides familiaux</cite>',
    );
    expect(html).not.toContain("<script");
  });
});

describe("publication", () => {
  it("is refused to a drafter and unless the review is approved", async () => {
    const options = { ip: null, publicUrl: PUBLIC_URL };
    expect(await publishReview(database.db, drafter, consultationId, options)).toEqual({
      ok: false,
      errors: ["forbidden"],
    });
    await writeReviewFixture(database.db, sections(false));
    expect(await publishReview(database.db, approver, consultationId, options)).toEqual({
      ok: false,
      errors: ["notApproved"],
    });
    expect(await database.db.select().from(emailMessages)).toHaveLength(0);
    await writeReviewFixture(database.db, sections(true));
  });

  it("publishes once, audited, and each cited contributor gets one e-mail in their language; uncited get none", async () => {
    const options = { ip: "192.0.2.1", publicUrl: PUBLIC_URL };
    const result = await publishReview(database.db, approver, consultationId, options);
    expect(result).toEqual({ ok: true, value: { recipients: 2 } });
    // Publishing again is refused (no longer approved) and queues nothing more.
    expect(await publishReview(database.db, approver, consultationId, options)).toEqual({
      ok: false,
      errors: ["notApproved"],
    });
    const [review] = await database.db
      .select()
      .from(reviews)
      .where(eq(reviews.consultationId, consultationId));
    expect(review!.status).toBe("published");
    expect(
      await database.db.select().from(reviewEvents).where(eq(reviewEvents.reviewId, review!.id)),
    ).toMatchObject([{ kind: "published", actorUserId: approver.user.id }]);
    expect(
      await database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, "review.published"),
            eq(auditEvents.subjectId, String(review!.id)),
          ),
        ),
    ).toHaveLength(1);

    const worker = createEmailWorker({
      db: database.db,
      transport: smtpTransport(smtp.url, { maxConnections: 1 }),
      from: "Roundtable <no-reply@roundtable.localhost>",
      now: () => new Date(Date.now() + 2000),
      log: () => {},
    });
    await worker.runOnce();
    await worker.stop();
    const received = await smtp.waitFor(2);
    const published = received.filter(
      (email) => email.parsed.headers.get("x-roundtable-event") === "review.published",
    );
    const to = (address: string) => published.filter((email) => email.envelopeTo.includes(address));
    expect(to(alice.user.email)).toHaveLength(1);
    expect(to(bruno.user.email)).toHaveLength(1);
    expect(to(carla.user.email)).toHaveLength(0);
    const aliceText = to(alice.user.email)[0]!.parsed.text ?? "";
    expect(to(alice.user.email)[0]!.parsed.html).toContain('lang="en"');
    expect(aliceText).toContain(refs.a);
    expect(aliceText).toContain(refs.c);
    expect(aliceText).toContain("Methodology");
    expect(aliceText).toContain("Progress on GCM objectives");
    expect(aliceText).not.toContain(refs.b);
    const brunoText = to(bruno.user.email)[0]!.parsed.text ?? "";
    expect(to(bruno.user.email)[0]!.parsed.html).toContain('lang="fr"');
    expect(brunoText).toContain(refs.b);
    expect(brunoText).toContain("Méthodologie");
    expect(brunoText).not.toContain(refs.a);
  });

  it("shows the published review publicly and 'cited in section N' for the cited inputs", async () => {
    const review = await loadPublishedReview(database.db, "2021-update", "en", PUBLIC_URL);
    expect(review!.dateLine).toMatch(/^Published on /);
    expect(
      await loadPublishedReview(database.db, "2020-regional-review", "en", PUBLIC_URL),
    ).toBeNull();
    const cited = await getCitedSectionsByReference(database.db, [refs.a!, refs.c!, refs.d!]);
    expect(cited[refs.a!]).toEqual([{ number: 1, slug: "2021-update" }]);
    expect(cited[refs.c!]).toEqual([{ number: 2, slug: "2021-update" }]);
    expect(cited[refs.d!]).toBeUndefined();
  });
});

describe("comments on the draft", () => {
  it("splits a section into its top-level paragraphs", () => {
    expect(splitParagraphs("One\nstill one.\n\n- a\n- b\n\n## Heading\n\nLast")).toEqual([
      "One\nstill one.",
      "- a\n- b",
      "## Heading",
      "Last",
    ]);
  });

  it("is closed until a drafter opens it (audited); outsiders are refused", async () => {
    await writeReviewFixture(database.db, sections(false));
    expect(await getDraftForComment(database.db, carla, "2021-update", "en")).toMatchObject({
      ok: false,
      errors: ["notFound"],
    });
    expect(await setCommentsOpen(database.db, carla, consultationId, true, null)).toMatchObject({
      ok: false,
      errors: ["forbidden"],
    });
    expect(await setCommentsOpen(database.db, drafter, consultationId, true, null)).toMatchObject({
      ok: true,
    });
    expect(
      await database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "review.comments-opened")),
    ).toHaveLength(1);
    expect(await getDraftForComment(database.db, outsider, "2021-update", "en")).toMatchObject({
      ok: false,
      errors: ["forbidden"],
    });
    const refused = await submitDraftComment(
      database.db,
      outsider,
      "2021-update",
      "en",
      { target: "1", comment: "Not invited" },
      { ip: null, publicUrl: PUBLIC_URL },
    );
    expect(refused).toMatchObject({ ok: false, errors: ["forbidden"] });
  });

  it("turns a paragraph comment into a review-comment input in the triage queue, resolved by a drafter", async () => {
    const draft = await getDraftForComment(database.db, carla, "2021-update", "fr");
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const [first] = draft.value.sections;
    expect(first!.paragraphs).toHaveLength(2);
    expect(first!.paragraphs[1]).toContain("œuvre commune");
    const unknown = await submitDraftComment(
      database.db,
      carla,
      "2021-update",
      "fr",
      { target: `${first!.id}:9`, comment: "Paragraphe inexistant" },
      { ip: null, publicUrl: PUBLIC_URL },
    );
    expect(unknown).toMatchObject({ ok: false, errors: ["targetUnknown"] });
    const sent = await submitDraftComment(
      database.db,
      carla,
      "2021-update",
      "fr",
      { target: `${first!.id}:2`, comment: "Préciser les régions visées." },
      { ip: null, publicUrl: PUBLIC_URL },
    );
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const queue = await listQueue(
      database.db,
      { kind: "review-comment", status: ["submitted"] },
      50,
    );
    expect(queue.map((row) => row.reference)).toContain(sent.value.reference);
    const [input] = await database.db
      .select()
      .from(inputs)
      .where(eq(inputs.reference, sent.value.reference));
    expect(input).toMatchObject({
      kind: "review-comment",
      status: "submitted",
      authorUserId: carla.user.id,
    });
    const [details] = await database.db
      .select()
      .from(reviewCommentDetails)
      .where(eq(reviewCommentDetails.inputId, input!.id));
    expect(details).toMatchObject({ sectionId: first!.id, paragraph: 2, resolution: null });

    const resolved = await resolveDraftComment(
      database.db,
      drafter,
      consultationId,
      { reference: sent.value.reference, resolution: "deferred", reply: "Nous y reviendrons." },
      null,
    );
    expect(resolved.ok).toBe(true);
    const [after] = await database.db
      .select()
      .from(reviewCommentDetails)
      .where(eq(reviewCommentDetails.inputId, input!.id));
    expect(after).toMatchObject({
      resolution: "deferred",
      reply: "Nous y reviendrons.",
      resolvedBy: drafter.user.id,
    });
    expect(
      await database.db.select().from(notifications).where(eq(notifications.userId, carla.user.id)),
    ).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: "review-comment.resolved" })]),
    );
  });

  it("groups near-identical comments of two organizations as triage duplicates", async () => {
    const draft = await getDraftForComment(database.db, carla, "2021-update", "en");
    if (!draft.ok) throw new Error("the draft is open to comments");
    const target = `${draft.value.sections[0]!.id}:1`;
    const campaign =
      "Please add the number of rural settlement agencies funded in each province and the waiting times newcomers face before their first appointment";
    const references: string[] = [];
    for (const [person, comment] of [
      [carla, campaign],
      [alice, `${campaign.replace("Please add", "Add")}.`],
    ] as const) {
      const sent = await submitDraftComment(
        database.db,
        person,
        "2021-update",
        "en",
        { target, comment },
        { ip: null, publicUrl: PUBLIC_URL },
      );
      if (!sent.ok) throw new Error(sent.errors.join());
      references.push(sent.value.reference);
    }
    const groups = await database.db
      .select({ groupId: duplicateGroupMembers.groupId })
      .from(duplicateGroupMembers)
      .innerJoin(inputs, eq(inputs.id, duplicateGroupMembers.inputId))
      .where(inArray(inputs.reference, references));
    expect(groups).toHaveLength(2);
    expect(groups[0]!.groupId).toBe(groups[1]!.groupId);
  });
});
