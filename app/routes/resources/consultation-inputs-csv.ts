import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/features/accounts/auth.server";
import { getStaffConsultationPage } from "~/features/consultations/consultations-admin.server";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { streamInputsCsv } from "~/features/repository/inputs-csv.server";
import { ExportQuerySchema } from "~/features/surveys/results.schema";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

/**
 * Every submitted input of one consultation as CSV, streamed (COPY on PostgreSQL, decision
 * 018), headers in the language of `?lang=` (the page's by default). Moderators, coordinators
 * and administrators ("export:inputs"), with their second factor as everywhere in staff.
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "export:inputs");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const query = ExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const consultation = await getStaffConsultationPage(context.db, locale, consultationId);
  if (!consultation) notFound();
  const language = query.lang ?? locale;
  return new Response(streamInputsCsv(context.db, { consultationId, language }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="consultation-${consultationId}-inputs-${language}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
