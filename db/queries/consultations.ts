import { desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { consultations } from "../schema";

const publicColumns = {
  id: consultations.id,
  slug: consultations.slug,
  type: consultations.type,
  status: consultations.status,
  titleEn: consultations.titleEn,
  titleFr: consultations.titleFr,
  descriptionEn: consultations.descriptionEn,
  descriptionFr: consultations.descriptionFr,
  coversFrom: consultations.coversFrom,
  coversTo: consultations.coversTo,
  opensAt: consultations.opensAt,
  closesAt: consultations.closesAt,
};

/** Consultations the public may see: every one past its draft. */
export async function listPublicConsultations(db: Database) {
  const rows = await db
    .select(publicColumns)
    .from(consultations)
    .orderBy(desc(consultations.opensAt));
  return rows.filter((row) => row.status !== "draft");
}

export async function findPublicConsultationBySlug(db: Database, slug: string) {
  const [row] = await db
    .select(publicColumns)
    .from(consultations)
    .where(eq(consultations.slug, slug));
  return row && row.status !== "draft" ? row : null;
}
