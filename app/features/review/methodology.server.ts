import type { Database } from "../../../db/client";
import {
  countInvitedAndResponding,
  findConsultationForReview,
  inputsByKindAndStatus,
  organizationsByCategoryAndJurisdiction,
  surveyUptake,
} from "../../../db/queries/review";
import type { Locale } from "~/i18n/locale";
import { formatDate, formatNumber, translator, type MessageKey } from "~/i18n/translate";

// Figures for the Methodology section, computed from the data, and the same figures as
// sentences in English and French that the drafter inserts with one action.

export interface MethodologyFacts {
  opensAt: string;
  closesAt: string;
  invited: number;
  responding: number;
  byCategory: {
    key: string;
    nameEn: string;
    nameFr: string;
    invited: number;
    responding: number;
  }[];
  byJurisdiction: { jurisdiction: string; invited: number; responding: number }[];
  inputsTotal: number;
  byKind: { kind: string; count: number }[];
  byStatus: { status: string; count: number }[];
  survey: { surveys: number; submitted: number; rate: number | null };
}

export async function getMethodologyFacts(
  db: Database,
  consultationId: number,
): Promise<(MethodologyFacts & { sentences: { en: string; fr: string } }) | null> {
  const consultation = await findConsultationForReview(db, consultationId);
  if (!consultation) return null;
  const [organizations, totals, inputs, survey] = await Promise.all([
    organizationsByCategoryAndJurisdiction(db, consultationId),
    countInvitedAndResponding(db, consultationId),
    inputsByKindAndStatus(db, consultationId),
    surveyUptake(db, consultationId),
  ]);
  const byKind = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const row of inputs) {
    byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.count);
  }
  const facts: MethodologyFacts = {
    opensAt: consultation.opensAt.toISOString(),
    closesAt: consultation.closesAt.toISOString(),
    invited: totals.invited,
    responding: totals.responding,
    byCategory: organizations.byCategory.filter((row) => row.invited > 0 || row.responding > 0),
    byJurisdiction: organizations.byJurisdiction.filter(
      (row) => row.invited > 0 || row.responding > 0,
    ),
    inputsTotal: inputs.reduce((sum, row) => sum + row.count, 0),
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    survey: {
      ...survey,
      rate:
        survey.surveys > 0 && totals.invited > 0
          ? Math.round((survey.submitted / totals.invited) * 100)
          : null,
    },
  };
  return { ...facts, sentences: { en: factsText("en", facts), fr: factsText("fr", facts) } };
}

function list(locale: Locale, items: string[]) {
  return new Intl.ListFormat(locale === "fr" ? "fr-CA" : "en-CA", { type: "conjunction" }).format(
    items,
  );
}

/** The facts as Markdown sentences in one language. */
export function factsText(locale: Locale, facts: MethodologyFacts): string {
  const t = translator(locale);
  const n = (value: number) => formatNumber(locale, value);
  const jurisdiction = (code: string) => {
    const key = `admin.jurisdiction.${code}` as MessageKey;
    return t(key) === undefined ? code : t(key);
  };
  const sentences = [
    t("review.facts.text.dates", {
      opens: formatDate(locale, facts.opensAt),
      closes: formatDate(locale, facts.closesAt),
    }),
    t("review.facts.text.organizations", {
      invited: n(facts.invited),
      responding: n(facts.responding),
    }),
  ];
  const categories = facts.byCategory
    .filter((row) => row.responding > 0)
    .map((row) => `${locale === "fr" ? row.nameFr : row.nameEn} (${n(row.responding)})`);
  if (categories.length)
    sentences.push(t("review.facts.text.byCategory", { list: list(locale, categories) }));
  const jurisdictions = facts.byJurisdiction
    .filter((row) => row.responding > 0)
    .map((row) => `${jurisdiction(row.jurisdiction)} (${n(row.responding)})`);
  if (jurisdictions.length)
    sentences.push(t("review.facts.text.byJurisdiction", { list: list(locale, jurisdictions) }));
  const kinds = facts.byKind.map(
    (row) => `${t(`contributions.kind.${row.kind}` as MessageKey).toLowerCase()} (${n(row.count)})`,
  );
  sentences.push(
    t("review.facts.text.inputs", {
      total: n(facts.inputsTotal),
      kinds: kinds.length ? list(locale, kinds) : "—",
    }),
  );
  const statuses = facts.byStatus.map(
    (row) =>
      `${t(`contributions.status.${row.status}` as MessageKey).toLowerCase()} (${n(row.count)})`,
  );
  if (statuses.length)
    sentences.push(t("review.facts.text.statuses", { list: list(locale, statuses) }));
  sentences.push(
    facts.survey.rate === null
      ? t("review.facts.text.noSurvey")
      : t("review.facts.text.survey", {
          submitted: n(facts.survey.submitted),
          invited: n(facts.invited),
          rate: n(facts.survey.rate),
        }),
  );
  return sentences.join(" ");
}
