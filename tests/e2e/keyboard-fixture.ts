import { eq } from "drizzle-orm";
import { findUserIdByEmail } from "../../db/queries/accounts";
import { ensureReview, ensureSectionsFromTemplate } from "../../db/queries/review";
import { insertSection, insertSurvey } from "../../db/queries/surveys";
import { consultations } from "../../db/schema";
import type { Database } from "../../db/client";
import { DEMO } from "./auth-helpers";
import { acceptedInput, CONTRIBUTORS, person, withE2eDatabase } from "./review-publication-fixture";

// The keyboard-only journeys of staff each work in a consultation of their own, so nothing
// they save (a review revision, a survey question) touches what other specs read.

/** A closed consultation copied from the 2020 demo one, slug `keyboard-<tag>`. */
export async function ownConsultation(db: Database, tag: string) {
  const [template] = await db
    .select()
    .from(consultations)
    .where(eq(consultations.slug, "2020-regional-review"));
  const [created] = await db
    .insert(consultations)
    .values({
      slug: `keyboard-${tag}`,
      frameworkId: template!.frameworkId,
      type: template!.type,
      status: "closed",
      titleEn: `Keyboard trial ${tag}`,
      titleFr: `Essai au clavier ${tag}`,
      descriptionEn: template!.descriptionEn,
      descriptionFr: template!.descriptionFr,
      coversFrom: template!.coversFrom,
      coversTo: template!.coversTo,
      opensAt: template!.opensAt,
      closesAt: template!.closesAt,
    })
    .returning({ id: consultations.id, frameworkId: consultations.frameworkId });
  return created!;
}

/** A draft review (sections from the template, nothing written) with one accepted input to cite. */
export async function prepareDraftReview(tag: string) {
  return withE2eDatabase(async (db) => {
    const consultation = await ownConsultation(db, tag);
    await ensureSectionsFromTemplate(db, consultation.id, consultation.frameworkId);
    await ensureReview(db, consultation.id);
    const reference = await acceptedInput(
      db,
      consultation.id,
      await person(db, CONTRIBUTORS.province, "ontario"),
      {
        language: "en",
        consent: "attributed",
        title: { en: "Keyboard-cited practice", fr: "Pratique citée au clavier" },
        objectives: [7],
      },
    );
    return { consultationId: consultation.id, reference };
  });
}

/** A draft survey with its first, empty section, as the "new survey" page leaves it. */
export async function prepareDraftSurvey(tag: string) {
  return withE2eDatabase(async (db) => {
    const consultation = await ownConsultation(db, tag);
    const surveyId = await insertSurvey(db, {
      consultationId: consultation.id,
      titleEn: `Keyboard survey ${tag}`,
      titleFr: `Sondage au clavier ${tag}`,
      introEn: "",
      introFr: "",
      closesAt: new Date("2030-02-26T17:00:00Z"),
      createdBy: (await findUserIdByEmail(db, DEMO.coordinator))!,
    });
    await insertSection(db, {
      surveyId,
      titleEn: "Section 1",
      titleFr: "Section 1",
      descriptionEn: "",
      descriptionFr: "",
    });
    return { surveyId };
  });
}
