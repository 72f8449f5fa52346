import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/features/accounts/auth.server";
import { ExportQuerySchema, SurveyIdParamsSchema } from "~/features/surveys/results.schema";
import { exportSurveyLongCsv } from "~/features/surveys/survey-export.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

/** One row per answer of a submitted response (`?lang=` picks the headers). */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const query = ExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await exportSurveyLongCsv(context.db, surveyId, query.lang ?? locale);
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
