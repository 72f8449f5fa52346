import { z } from "zod";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const SurveyIdParamsSchema = z.object({ surveyId: id });

/** The results page's query: the free-text search and the count of reminders just queued. */
export const ResultsQuerySchema = z.object({
  q: z.string().max(200).catch(""),
  reminded: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});

/** `?lang=en|fr` picks the CSV's headers; anything else falls back to the page's locale. */
export const ExportQuerySchema = z.object({
  lang: z.enum(["en", "fr"]).optional().catch(undefined),
});

export const RemindSchema = z.object({ intent: z.literal("remind") });
