import type { Database } from "../../../db/client";
import {
  citedByCategory,
  citedByPrinciple,
  countCitedInputs,
  coverageByObjective,
  findConsultationForReview,
} from "../../../db/queries/review";

/** The 23 objectives × received / accepted / cited, and what the cited inputs cover. */
export async function getCoverage(db: Database, consultationId: number) {
  const consultation = await findConsultationForReview(db, consultationId);
  if (!consultation) return null;
  const [objectives, principles, categories, citedTotal] = await Promise.all([
    coverageByObjective(db, consultationId, consultation.frameworkId),
    citedByPrinciple(db, consultationId, consultation.frameworkId),
    citedByCategory(db, consultationId),
    countCitedInputs(db, consultationId),
  ]);
  return {
    consultation,
    citedTotal,
    objectives: objectives.map((row) => ({ ...row, gap: row.cited === 0 })),
    principles,
    categories,
    gaps: objectives.filter((row) => row.cited === 0).map((row) => row.number),
  };
}
