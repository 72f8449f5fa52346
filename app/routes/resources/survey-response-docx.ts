import type { LoaderFunctionArgs } from "@remix-run/node";
import { responseDocx } from "~/features/surveys/survey-docx.server";
import { copyResponse, loadSubmittedCopy } from "~/features/surveys/survey-response-copy.server";

/** A Word copy of the organization's own response, once it is submitted. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const copy = await loadSubmittedCopy(request, params, context.db);
  const document = await responseDocx(copy.title, copy.organization, copy.sections, copy.locale);
  return copyResponse(
    copy,
    document,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
  );
}
