import { and, eq, isNotNull } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { findOrganizationBySlug, findUserIdByEmail } from "../../db/queries/accounts";
import { insertInvitee } from "../../db/queries/consultations-admin";
import { insertInput } from "../../db/queries/contributions";
import { writeReviewFixture } from "../../db/queries/review-publication";
import { consultations, inputs, inputTexts } from "../../db/schema";
import { databaseUrl } from "../setup/test-database";

// An approved review prepared in the e2e server's database (the drafting screens have their
// own e2e): two sections citing inputs of province@ (English) and francophone@ (French,
// anonymous) and a published demo practice; expert@'s input is not cited; expert@ is invited
// and the draft is open to comments. On the 2020 consultation, which other specs leave alone.

export const FIXTURE_SLUG = "2020-regional-review";

export interface ReviewFixture {
  consultationId: number;
  cited: { province: string; francophone: string; practice: string };
  uncited: string;
}

export async function prepareApprovedReview(): Promise<ReviewFixture> {
  if (!process.env.DATABASE_URL)
    throw new Error("this spec prepares its review in PostgreSQL: set DATABASE_URL");
  const port = Number(process.env.E2E_PORT ?? 3100);
  const name = port === 3100 ? "roundtable_e2e" : `roundtable_e2e_${port}`;
  const handle = await openDatabase({ url: databaseUrl(process.env.DATABASE_URL, name), max: 2 });
  const db = handle.db;
  try {
    const [consultation] = await db
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.slug, FIXTURE_SLUG));
    const consultationId = consultation!.id;
    const person = async (email: string, organization: string) => ({
      userId: (await findUserIdByEmail(db, email))!,
      organizationId: (await findOrganizationBySlug(db, organization))!.id,
    });
    const province = await person("province@demo.roundtable.localhost", "ontario");
    const francophone = await person(
      "francophone@demo.roundtable.localhost",
      "francophone-network-nb",
    );
    const expert = await person("expert@demo.roundtable.localhost", "experts-centre");
    const drafter = await person("drafter@demo.roundtable.localhost", "gac");
    const accepted = async (
      who: { userId: number; organizationId: number },
      language: "en" | "fr",
      consent: "attributed" | "anonymous",
      title: { en: string; fr: string },
    ) => {
      const created = await insertInput(db, {
        consultationId,
        organizationId: who.organizationId,
        kind: "practice",
        language,
        consent,
        userId: who.userId,
        submitKey: null,
        submitted: true,
      });
      await db.update(inputs).set({ status: "accepted" }).where(eq(inputs.id, created!.id));
      await db.insert(inputTexts).values([
        { inputId: created!.id, language: "en", title: title.en },
        { inputId: created!.id, language: "fr", title: title.fr },
      ]);
      return created!.reference;
    };
    const provinceRef = await accepted(province, "en", "attributed", {
      en: "Ontario rural newcomer hubs",
      fr: "Carrefours ontariens pour les nouveaux arrivants en région",
    });
    const francophoneRef = await accepted(francophone, "fr", "anonymous", {
      en: "Francophone mentoring in New Brunswick",
      fr: "Mentorat francophone au Nouveau-Brunswick",
    });
    const uncited = await accepted(expert, "fr", "attributed", {
      en: "Expert note not cited",
      fr: "Note d’experts non citée",
    });
    const [practice] = await db
      .select({ reference: inputs.reference })
      .from(inputs)
      .where(and(eq(inputs.consultationId, consultationId), isNotNull(inputs.publishedAt)))
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
  } finally {
    await handle.close();
  }
}
