import type { LoaderFunctionArgs } from "@remix-run/node";
import { responsePdf } from "~/features/surveys/survey-pdf.server";
import { copyResponse, loadSubmittedCopy } from "~/features/surveys/survey-response-copy.server";

/** A PDF copy of the organization's own response, once it is submitted. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const copy = await loadSubmittedCopy(request, params, context.db);
  return copyResponse(copy, await responsePdf(copy), "application/pdf", "pdf");
}
