import { and, eq, isNotNull } from "drizzle-orm";
import { openDatabase, type Database } from "../../db/client";
import { findOrganizationBySlug, findUserIdByEmail } from "../../db/queries/accounts";
import { insertInvitee } from "../../db/queries/consultations-admin";
import { insertInput } from "../../db/queries/contributions";
import { ensureReview, ensureSectionsFromTemplate } from "../../db/queries/review";
import { writeReviewFixture } from "../../db/queries/review-publication";
import { consultations, inputObjectives, inputs, inputTexts, objectives } from "../../db/schema";
import { databaseUrl, POSTGRES_URL } from "../setup/test-database";

// Data written straight into the e2e server's database, for what the pages under test do not
// make themselves.

export async function withE2eDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  // The e2e server runs on PostgreSQL (tests/setup/e2e-server.ts) unless E2E_PGLITE is set.
  if (process.env.E2E_PGLITE === "true")
    throw new Error("this spec prepares its data in PostgreSQL: unset E2E_PGLITE");
  const port = Number(process.env.E2E_PORT ?? 3100);
  const name = port === 3100 ? "roundtable_e2e" : `roundtable_e2e_${port}`;
  const handle = await openDatabase({ url: databaseUrl(POSTGRES_URL, name), max: 2 });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

export async function person(db: Database, email: string, organization: string) {
  return {
    userId: (await findUserIdByEmail(db, email))!,
    organizationId: (await findOrganizationBySlug(db, organization))!.id,
  };
}

export async function acceptedInput(
  db: Database,
  consultationId: number,
  who: { userId: number; organizationId: number },
  input: {
    language: "en" | "fr";
    consent: "attributed" | "anonymous";
    title: { en: string; fr: string };
    summary?: { en: string; fr: string };
    objectives?: number[];
  },
) {
  const created = await insertInput(db, {
    consultationId,
    organizationId: who.organizationId,
    kind: "practice",
    language: input.language,
    consent: input.consent,
    userId: who.userId,
    submitKey: null,
    submitted: true,
  });
  await db.update(inputs).set({ status: "accepted" }).where(eq(inputs.id, created!.id));
  await db.insert(inputTexts).values(
    (["en", "fr"] as const).map((language) => ({
      inputId: created!.id,
      language,
      title: input.title[language],
      summary: input.summary?.[language] ?? null,
    })),
  );
  if (input.objectives?.length) {
    const [consultation] = await db
      .select({ frameworkId: consultations.frameworkId })
      .from(consultations)
      .where(eq(consultations.id, consultationId));
    const rows = await db
      .select({ id: objectives.id, number: objectives.number })
      .from(objectives)
      .where(eq(objectives.frameworkId, consultation!.frameworkId));
    await db.insert(inputObjectives).values(
      input.objectives.map((number) => ({
        inputId: created!.id,
        objectiveId: rows.find((row) => row.number === number)!.id,
        source: "contributor" as const,
      })),
    );
  }
  return created!.reference;
}

export const CONTRIBUTORS = {
  province: "province@demo.roundtable.localhost",
  francophone: "francophone@demo.roundtable.localhost",
  expert: "expert@demo.roundtable.localhost",
  outreach: "outreach@demo.roundtable.localhost",
} as const;

export interface CitableInputs {
  /** accepted, on objective 7, found by searching for `tag`: province@ (en), francophone@ (fr), expert@ (fr) */
  cited: { province: string; francophone: string; expert: string };
  /** accepted too, by outreach@ (en), on objective 3 only: the journey does not cite it */
  uncited: string;
}

/**
 * Accepted inputs of four contributors with accounts in a demo consultation (the demo practices
 * have no contributor account, so citing them e-mails nobody). Moderation has its own e2e;
 * the review journey starts from accepted inputs. `tag` is a word only these inputs contain,
 * so the evidence panel's search finds exactly them.
 */
export async function prepareCitableInputs(
  consultationSlug: string,
  tag: string,
): Promise<CitableInputs> {
  return withE2eDatabase(async (db) => {
    const [consultation] = await db
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.slug, consultationSlug));
    const consultationId = consultation!.id;
    const summary = {
      en: `Reported for the review journey (${tag}).`,
      fr: `Signalé pour le parcours de l’examen (${tag}).`,
    };
    const province = await acceptedInput(
      db,
      consultationId,
      await person(db, CONTRIBUTORS.province, "ontario"),
      {
        language: "en",
        consent: "attributed",
        title: {
          en: "Ontario job-matching for Venezuelan newcomers",
          fr: "Jumelage d’emplois en Ontario pour les nouveaux arrivants vénézuéliens",
        },
        summary,
        objectives: [7, 16],
      },
    );
    const francophone = await acceptedInput(
      db,
      consultationId,
      await person(db, CONTRIBUTORS.francophone, "francophone-network-nb"),
      {
        language: "fr",
        consent: "anonymous",
        title: {
          en: "Francophone welcome for refugee families in Moncton",
          fr: "Accueil francophone des familles réfugiées à Moncton",
        },
        summary,
        objectives: [7],
      },
    );
    const expert = await acceptedInput(
      db,
      consultationId,
      await person(db, CONTRIBUTORS.expert, "experts-centre"),
      {
        language: "fr",
        consent: "attributed",
        title: {
          en: "Expert note on protection for migrants in vulnerable situations",
          fr: "Note d’experts sur la protection des migrants en situation de vulnérabilité",
        },
        summary,
        objectives: [7, 23],
      },
    );
    const uncited = await acceptedInput(
      db,
      consultationId,
      await person(db, CONTRIBUTORS.outreach, "maple-settlement-network"),
      {
        language: "en",
        consent: "attributed",
        title: {
          en: "Outreach to seasonal workers",
          fr: "Rejoindre les travailleurs saisonniers",
        },
        objectives: [3],
      },
    );
    return { cited: { province, francophone, expert }, uncited };
  });
}

// An approved review on a consultation of its own, so that the drafting journey's consultations
// stay untouched: two sections citing inputs of province@ (English) and francophone@ (French,
// anonymous) and a published demo practice; expert@'s input is not cited; expert@ is invited
// and the draft is open to comments. The whole drafting-to-publication path has its own e2e
// (drafter-writes-review.spec.ts); this fixture serves the checks that need a review ready
// for comments or publication quickly.

export const FIXTURE_SLUG = "review-comments-fixture";

export interface ReviewFixture {
  consultationId: number;
  cited: { province: string; francophone: string; practice: string };
  uncited: string;
}

export async function prepareApprovedReview(): Promise<ReviewFixture> {
  return withE2eDatabase(async (db) => {
    const [template] = await db
      .select()
      .from(consultations)
      .where(eq(consultations.slug, "2020-regional-review"));
    const [created] = await db
      .insert(consultations)
      .values({
        slug: FIXTURE_SLUG,
        frameworkId: template!.frameworkId,
        type: template!.type,
        status: "closed",
        titleEn: "Draft comments trial",
        titleFr: "Essai des commentaires sur l’ébauche",
        descriptionEn: template!.descriptionEn,
        descriptionFr: template!.descriptionFr,
        coversFrom: template!.coversFrom,
        coversTo: template!.coversTo,
        opensAt: template!.opensAt,
        closesAt: template!.closesAt,
      })
      .returning({ id: consultations.id });
    const consultationId = created!.id;
    await ensureSectionsFromTemplate(db, consultationId, template!.frameworkId);
    await ensureReview(db, consultationId);
    const province = await person(db, CONTRIBUTORS.province, "ontario");
    const francophone = await person(db, CONTRIBUTORS.francophone, "francophone-network-nb");
    const expert = await person(db, CONTRIBUTORS.expert, "experts-centre");
    const drafter = await person(db, "drafter@demo.roundtable.localhost", "gac");
    const provinceRef = await acceptedInput(db, consultationId, province, {
      language: "en",
      consent: "attributed",
      title: {
        en: "Ontario rural newcomer hubs",
        fr: "Carrefours ontariens pour les nouveaux arrivants en région",
      },
    });
    const francophoneRef = await acceptedInput(db, consultationId, francophone, {
      language: "fr",
      consent: "anonymous",
      title: {
        en: "Francophone mentoring in New Brunswick",
        fr: "Mentorat francophone au Nouveau-Brunswick",
      },
    });
    const uncited = await acceptedInput(db, consultationId, expert, {
      language: "fr",
      consent: "attributed",
      title: { en: "Expert note not cited", fr: "Note d’experts non citée" },
    });
    // A published demo practice (of the 2020 consultation), for the public page's link to it.
    const [practice] = await db
      .select({ reference: inputs.reference })
      .from(inputs)
      .where(and(eq(inputs.consultationId, template!.id), isNotNull(inputs.publishedAt)))
      .orderBy(inputs.id)
      .limit(1);
    const practiceRef = practice!.reference;
    await writeReviewFixture(db, {
      consultationId,
      userId: drafter.userId,
      approved: true,
      commentsOpen: true,
      sections: [
        {
          titleEn: "Methodology",
          titleFr: "Méthodologie",
          bodyEn: `Provinces described new services for newcomers in rural regions [@${provinceRef}].\n\nFrancophone networks mentored newcomers outside Quebec [@${francophoneRef}].`,
          bodyFr: `Les provinces ont décrit de nouveaux services aux nouveaux arrivants en région [@${provinceRef}].\n\nLes réseaux francophones ont accompagné des nouveaux arrivants hors Québec [@${francophoneRef}].`,
        },
        {
          titleEn: "Progress on GCM objectives",
          titleFr: "Progrès relatifs aux objectifs du PMM",
          bodyEn: `Published practices show progress on objective 16 [@${practiceRef}] [@${provinceRef}].`,
          bodyFr: `Les pratiques publiées montrent des progrès pour l’objectif 16 [@${practiceRef}] [@${provinceRef}].`,
        },
      ],
    });
    await insertInvitee(db, {
      consultationId,
      userId: expert.userId,
      organizationId: expert.organizationId,
      invitedBy: drafter.userId,
    });
    return {
      consultationId,
      cited: { province: provinceRef, francophone: francophoneRef, practice: practiceRef },
      uncited,
    };
  });
}
