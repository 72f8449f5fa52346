import { z } from "zod";
import type { Database } from "../../../db/client";
import {
  countQueueFacetsAll,
  estimateSearchMatches,
  findInputForTriage,
  GROUP_SIZE_COUNTED,
  listQueueFilterChoices,
  MATCH_END,
  MATCH_START,
  listQueue,
  RELEVANCE_LIMIT,
  type QueueFilters,
} from "../../../db/queries/triage";
import type { Locale } from "~/i18n/locale";
import { bilingual, pickLocalized } from "../practices/localized-text";
import { canMerge, nextDecisions, type InputStatus } from "./input-status";
import { inputTextForSuggestions, suggestObjectives } from "./tags.server";
import { listInputAttachments, readAttachment } from "../contributions/attachments.server";
import { listFrameworkChoices } from "../../../db/queries/contributions";
import { findSurveyAnswerOrigin } from "../../../db/queries/survey-answer-inputs";
import {
  findSurvivorOf,
  listGroupPeers,
  listMergesInto,
  listVoicesOf,
  summarizeGroup,
} from "../../../db/queries/triage-duplicates";
import {
  listInputNotes,
  listStaffTags,
  listSuggestionDecisions,
} from "../../../db/queries/triage-tags";

export const QUEUE_PAGE_SIZE = 50;

/** ts_headline's output (matches between control characters) as runs of text. */
export function splitHeadline(headline: string): Array<{ text: string; match: boolean }> {
  const runs: Array<{ text: string; match: boolean }> = [];
  for (const [index, part] of headline.split(MATCH_START).entries()) {
    const end = index === 0 ? -1 : part.indexOf(MATCH_END);
    const matched = end >= 0 ? part.slice(0, end) : "";
    const rest = (end >= 0 ? part.slice(end + MATCH_END.length) : part).replaceAll(MATCH_END, "");
    if (matched) runs.push({ text: matched, match: true });
    if (rest) runs.push({ text: rest, match: false });
  }
  return runs;
}
const STATUSES = [
  "submitted",
  "in-review",
  "accepted",
  "rejected",
  "changes-requested",
  "merged",
] as const;

/** The queue's filters, read from the URL; anything unknown is dropped, never an error. */
export const QueueFiltersSchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  kind: z
    .enum(["practice", "comment", "survey-answer", "review-comment"])
    .optional()
    .catch(undefined),
  objective: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  language: z.enum(["en", "fr"]).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
  assignee: z.enum(["me"]).optional().catch(undefined),
  duplicates: z.enum(["has"]).optional().catch(undefined),
  group: z.coerce.number().int().positive().optional().catch(undefined),
  collapse: z.enum(["1"]).optional().catch(undefined),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  principle: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  cluster: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  province: z
    .string()
    .regex(/^[A-Za-z-]{2,20}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(["date", "relevance", "status"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(20).optional().catch(undefined),
});

/** Relevance sorting applies when there are search words and the person did not ask otherwise. */
function sortOf(filters: z.infer<typeof QueueFiltersSchema>) {
  if (filters.sort === "status") return "status" as const;
  return filters.q && filters.sort !== "date" ? ("relevance" as const) : ("date" as const);
}

/** The database filters for what the URL asks, "assigned to me" meaning the viewer. */
export function toQueryFilters(
  filters: z.infer<typeof QueueFiltersSchema>,
  viewerUserId: number,
): QueueFilters {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- sort is recomputed
  const { assignee, status, duplicates, collapse, page, sort, ...rest } = filters;
  return {
    ...rest,
    sort: sortOf(filters),
    offset: page ? (page - 1) * QUEUE_PAGE_SIZE : undefined,
    hasDuplicates: duplicates === "has" || undefined,
    collapse: collapse === "1" || undefined,
    status: status ? [status] : undefined,
    assigneeUserId: assignee === "me" ? viewerUserId : undefined,
  };
}

export function readQueueFilters(url: URL) {
  return QueueFiltersSchema.parse(Object.fromEntries(url.searchParams));
}

/**
 * The database filters, the sort decided: ranking by relevance reads every match, so a
 * search matching more than RELEVANCE_LIMIT inputs (the planner's estimate) is shown newest
 * first instead, and `relevanceSkipped` carries the estimate for the page to say so
 * (docs/decisions/017).
 */
export async function resolveQueueQuery(
  db: Database,
  filters: z.infer<typeof QueueFiltersSchema>,
  viewerUserId: number,
) {
  const query = toQueryFilters(filters, viewerUserId);
  if (!query.q) return { query, relevanceSkipped: null };
  const estimate = await estimateSearchMatches(db, query.q);
  const selective = { ...query, selectiveSearch: estimate <= RELEVANCE_LIMIT };
  if (query.sort !== "relevance" || estimate <= RELEVANCE_LIMIT)
    return { query: selective, relevanceSkipped: null };
  return {
    query: { ...selective, sort: "date" as const, offset: undefined },
    relevanceSkipped: estimate,
  };
}

/** The most "similar" a queue row states exactly; past it, "more than 100 similar". */
const SIMILAR_SHOWN = GROUP_SIZE_COUNTED - 1;

export async function getQueuePage(
  db: Database,
  locale: Locale,
  filters: z.infer<typeof QueueFiltersSchema>,
  viewerUserId = 0,
) {
  const { query, relevanceSkipped } = await resolveQueueQuery(db, filters, viewerUserId);
  const [rows, facets, choices] = await Promise.all([
    listQueue(db, query, QUEUE_PAGE_SIZE + 1),
    countQueueFacetsAll(db, query),
    listQueueFilterChoices(db),
  ]);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const more = rows.length > QUEUE_PAGE_SIZE;
  const numbered = query.sort === "relevance" || query.sort === "status";
  return {
    inputs: page.map((row) => ({
      reference: row.reference,
      kind: row.kind,
      status: row.status,
      language: row.language,
      title: row.title,
      organization: bilingual(
        { nameEn: row.organizationNameEn, nameFr: row.organizationNameFr },
        "name",
        locale,
      ),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      assignee: row.assigneeName,
      groupId: row.groupId,
      /** other inputs of its duplicate group still in the queue, counted up to a limit */
      similar: Math.min(Math.max(0, row.groupSize - 1), SIMILAR_SHOWN),
      /** more than `similar` others: shown as "more than …" */
      similarMore: row.groupSize - 1 > SIMILAR_SHOWN,
      /** the matching passage, cut into plain and matched runs (rendered as text, never HTML) */
      excerpt: row.headline ? splitHeadline(row.headline) : null,
    })),
    facets: STATUSES.map((status) => ({ status, count: facets.status[status] ?? 0 })),
    kindFacets: facets.kind,
    languageFacets: facets.language,
    objectiveFacets: facets.objective,
    /** the counts are estimates (many inputs under these filters): shown as "about" */
    facetsApproximate: facets.approximate,
    /** a search with too many matches to rank: its estimated match count */
    relevanceSkipped,
    choices: {
      principles: choices.principles.map((p) => ({
        key: p.key,
        title: bilingual(p, "title", locale),
      })),
      clusters: choices.clusters.map((c) => ({ key: c.key, title: bilingual(c, "title", locale) })),
      categories: choices.categories.map((c) => ({
        key: c.key,
        title: bilingual(c, "name", locale),
      })),
      provinces: choices.provinces,
    },
    sort: query.sort,
    nextBefore: more && !numbered ? page[page.length - 1]!.id : null,
    nextPage: more && numbered && (filters.page ?? 1) < 20 ? (filters.page ?? 1) + 1 : null,
  };
}

export async function getTriageItem(db: Database, locale: Locale, reference: string) {
  const input = await findInputForTriage(db, reference);
  if (!input) return null;
  const text = pickLocalized(input.texts, locale, input.language);
  const [attachments, survey, group, merges, voices, mergedInto] = await Promise.all([
    listInputAttachments(db, input.id),
    input.kind === "survey-answer" ? findSurveyAnswerOrigin(db, input.id) : null,
    listGroupPeers(db, input.id),
    listMergesInto(db, input.id),
    listVoicesOf(db, input.id),
    findSurvivorOf(db, input.id),
  ]);
  const groupSummary = group.groupId ? await summarizeGroup(db, group.groupId) : null;
  const mergeIds = [...new Set(merges.map((m) => m.mergeId))];
  const [suggestions, suggestionDecisions, staffTags, notes, choices] = await Promise.all([
    suggestObjectives(db, input.frameworkId, input.id, inputTextForSuggestions(input.texts)),
    listSuggestionDecisions(db, input.id),
    listStaffTags(db, input.id),
    listInputNotes(db, input.id),
    listFrameworkChoices(db, input.frameworkId),
  ]);
  const decidedSuggestions = new Map(suggestionDecisions.map((d) => [d.number, d.decision]));
  return {
    reference: input.reference,
    kind: input.kind,
    status: input.status,
    version: input.version,
    language: input.language,
    consent: input.consent,
    text: text
      ? { title: text.title, summary: text.summary, body: text.body, lang: text.lang }
      : null,
    organization: bilingual(
      { nameEn: input.organizationNameEn, nameFr: input.organizationNameFr },
      "name",
      locale,
    ),
    consultation: bilingual(
      { titleEn: input.consultationTitleEn, titleFr: input.consultationTitleFr },
      "title",
      locale,
    ),
    author: input.authorName,
    /** for a survey answer: the survey and question it answers */
    survey: survey
      ? {
          title: bilingual(
            { titleEn: survey.surveyTitleEn, titleFr: survey.surveyTitleFr },
            "title",
            locale,
          ),
          question: bilingual(survey, "prompt", locale),
        }
      : null,
    objectives: input.objectives.map((o) => ({
      number: o.number,
      title: bilingual(o, "title", locale),
    })),
    decisions: input.decisions.map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString() })),
    nextDecisions: nextDecisions(input.status as InputStatus),
    attachments: attachments.map((a) => ({
      id: a.id,
      name: a.originalName,
      sizeBytes: a.sizeBytes,
    })),
    suggestions: suggestions.map((s) => ({
      ...s,
      title: s.title[locale],
      decision: decidedSuggestions.get(s.objective) ?? null,
    })),
    staffTags: {
      ...staffTags,
      updatedAt: staffTags.updatedAt?.toISOString() ?? null,
    },
    notes: notes.map((note) => ({ ...note, createdAt: note.createdAt.toISOString() })),
    choices: {
      objectives: choices.objectives.map((o) => ({
        number: o.number,
        title: bilingual(o, "title", locale),
      })),
      principles: choices.principles.map((p) => ({
        key: p.key,
        title: bilingual(p, "title", locale),
      })),
      clusters: choices.clusters.map((c) => ({ key: c.key, title: bilingual(c, "title", locale) })),
    },
    duplicates: {
      groupId: group.groupId,
      summary: groupSummary,
      peers: group.peers.map((peer) => ({
        reference: peer.reference,
        status: peer.status,
        language: peer.language,
        title: peer.title,
        similarity: Math.round(peer.similarity * 100),
        organization: bilingual(
          { nameEn: peer.organizationNameEn, nameFr: peer.organizationNameFr },
          "name",
          locale,
        ),
        mergeable: canMerge(peer.status as InputStatus),
      })),
    },
    canMerge: canMerge(input.status as InputStatus),
    merges: mergeIds.map((mergeId) => {
      const rows = merges.filter((m) => m.mergeId === mergeId);
      return {
        mergeId,
        mergedAt: rows[0]!.mergedAt.toISOString(),
        mergedBy: rows[0]!.mergedByName,
        references: rows.map((m) => m.reference),
      };
    }),
    mergedInto,
    /** the input itself and every input merged into it, each with organization and author */
    voices: voices.map((voice) => ({
      reference: voice.reference,
      organization: bilingual(
        { nameEn: voice.organizationNameEn, nameFr: voice.organizationNameFr },
        "name",
        locale,
      ),
      jurisdiction: voice.jurisdiction,
      author: voice.authorName,
    })),
  };
}

/** An attachment of an input in the queue (never of a draft). */
export async function readTriageAttachment(db: Database, reference: string, attachmentId: number) {
  const input = await findInputForTriage(db, reference);
  return input ? readAttachment(db, input.id, attachmentId) : null;
}
