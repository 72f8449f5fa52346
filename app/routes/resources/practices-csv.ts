import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataFileName, practicesCsv } from "~/features/repository/open-data";
import { parsePracticeFilters } from "~/features/repository/practice-filters.schema";
import { exportPracticeRepository } from "~/features/repository/repository.server";
import { requireLocale } from "~/utils/http.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const filters = parsePracticeFilters(new URL(request.url));
  const practices = await exportPracticeRepository(context.db, locale, filters);
  return new Response(practicesCsv(practices, locale, context.publicUrl), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${openDataFileName(locale, "csv")}"`,
    },
  });
}
