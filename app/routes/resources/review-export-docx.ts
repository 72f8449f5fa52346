import type { LoaderFunctionArgs } from "@remix-run/node";
import { reviewExportResponse } from "~/features/review/review-export-route.server";

/** The approved review as docx (?lang=en|fr). */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return reviewExportResponse(request, params, context, "docx");
}
