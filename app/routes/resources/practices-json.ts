import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataFileName, practicesJson } from "~/features/repository/open-data";
import { parsePracticeFilters } from "~/features/repository/practice-filters.schema";
import { exportPracticeRepository } from "~/features/repository/repository.server";
import { requireLocale } from "~/utils/http.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { page: _page, ...filters } = parsePracticeFilters(new URL(request.url));
  const practices = await exportPracticeRepository(context.db, locale, { ...filters, page: 1 });
  const body = practicesJson(practices, locale, context.publicUrl, filters);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${openDataFileName(locale, "json")}"`,
    },
  });
}
