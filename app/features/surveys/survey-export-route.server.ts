import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { requireStaff } from "../accounts/auth.server";
import { ExportQuerySchema, SurveyIdParamsSchema } from "./results.schema";
import { exportSurveyLongCsv, exportSurveyWideCsv } from "./survey-export.server";

const SHAPES = { wide: exportSurveyWideCsv, long: exportSurveyLongCsv } as const;

/**
 * One CSV export of a survey's submitted responses for coordinators, headers in the language
 * of `?lang=` (the page's language by default): `wide` (one row per response, one column per
 * question) or `long` (one row per answer). 404 when the survey does not exist.
 */
export async function surveyCsvResponse(
  { params, request, context }: LoaderFunctionArgs,
  shape: keyof typeof SHAPES,
) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const query = ExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await SHAPES[shape](context.db, surveyId, query.lang ?? locale);
  if (!file) notFound();
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
