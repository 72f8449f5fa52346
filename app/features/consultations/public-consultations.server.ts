import type { Database } from "../../../db/client";
import {
  findPublicConsultationBySlug,
  listPublicConsultations,
} from "../../../db/queries/consultations";
import { listPublishedPracticesForConsultation } from "../../../db/queries/practices";
import type { Locale } from "~/i18n/locale";
import { bilingual, pickLocalized } from "../practices/localized-text";

function present(row: Awaited<ReturnType<typeof listPublicConsultations>>[number], locale: Locale) {
  return {
    slug: row.slug,
    type: row.type,
    status: row.status,
    title: bilingual(row, "title", locale),
    description: bilingual(row, "description", locale),
    coversFrom: row.coversFrom,
    coversTo: row.coversTo,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
  };
}

/** The home page's two lists: consultations open now and those that are past. */
export async function listConsultationsForHome(db: Database, locale: Locale) {
  const rows = (await listPublicConsultations(db)).map((row) => present(row, locale));
  return {
    open: rows.filter((row) => row.status === "open"),
    past: rows.filter((row) => row.status !== "open"),
  };
}

export async function getConsultationPage(db: Database, locale: Locale, slug: string) {
  const consultation = await findPublicConsultationBySlug(db, slug);
  if (!consultation) return null;
  const practices = await listPublishedPracticesForConsultation(db, consultation.id);
  return {
    ...present(consultation, locale),
    practices: practices.map((practice) => ({
      reference: practice.reference,
      text: pickLocalized(practice.texts, locale, practice.language),
      organization:
        practice.publicationConsent === "attributed"
          ? bilingual(
              { nameEn: practice.organizationNameEn, nameFr: practice.organizationNameFr },
              "name",
              locale,
            )
          : null,
    })),
  };
}
