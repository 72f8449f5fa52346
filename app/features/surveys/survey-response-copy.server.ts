import type { Database } from "../../../db/client";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { describeAnswers } from "./survey-answer-text";
import { SurveyIdParamsSchema } from "./survey-builder.schema";
import { text } from "./survey-logic";
import { findRespondentAccess, getResponse } from "./survey-responses.server";

/**
 * The organization's own submitted response, as the Word and PDF copies print it, in the
 * page's language. 404 for anyone outside the audience (the response is found by the
 * person's organization, never by an id in the URL) and while the response is not submitted.
 */
export async function loadSubmittedCopy(
  request: Request,
  params: Record<string, string | undefined>,
  db: Database,
) {
  const locale = requireLocale(params);
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const signedIn = await requireSignedIn(request, db, locale);
  const access = await findRespondentAccess(db, signedIn, surveyId);
  if (!access) notFound();
  const { response, values } = await getResponse(db, access);
  if (response?.status !== "submitted") notFound();
  const organization = signedIn.organizations.find(
    (o) => o.organizationId === access.organizationId,
  );
  return {
    locale,
    surveyId,
    title: text(locale, access.survey, "title"),
    organization: organization ? text(locale, organization, "name") : "",
    submittedAt: response.submittedAt,
    sections: describeAnswers(access.sections, access.objectives, values, locale),
  };
}

export type SubmittedCopy = Awaited<ReturnType<typeof loadSubmittedCopy>>;

/** The download's response: an attachment named after the survey and the language. */
export function copyResponse(copy: SubmittedCopy, body: Buffer, type: string, extension: string) {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="survey-${copy.surveyId}-response-${copy.locale}.${extension}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
