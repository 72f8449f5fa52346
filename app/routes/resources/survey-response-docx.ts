import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { describeAnswers } from "~/features/surveys/survey-answer-text";
import { SurveyIdParamsSchema } from "~/features/surveys/survey-builder.schema";
import { responseDocx } from "~/features/surveys/survey-docx.server";
import { text } from "~/features/surveys/survey-logic";
import { findRespondentAccess, getResponse } from "~/features/surveys/survey-responses.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

/** A Word copy of the organization's own response, once it is submitted. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const access = await findRespondentAccess(context.db, signedIn, surveyId);
  if (!access) notFound();
  const { response, values } = await getResponse(context.db, access);
  if (response?.status !== "submitted") notFound();
  const organization = signedIn.organizations.find(
    (o) => o.organizationId === access.organizationId,
  );
  const document = await responseDocx(
    text(locale, access.survey, "title"),
    organization ? text(locale, organization, "name") : "",
    describeAnswers(access.sections, access.objectives, values, locale),
    locale,
  );
  return new Response(new Uint8Array(document), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="survey-${surveyId}-response-${locale}.docx"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
