import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { SurveyIdParamsSchema } from "~/features/surveys/survey-builder.schema";
import { text } from "~/features/surveys/survey-logic";
import { describeAnswers } from "~/features/surveys/survey-answer-text";
import { findRespondentAccess, getResponse } from "~/features/surveys/survey-responses.server";
import { formatDate, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const access = await findRespondentAccess(context.db, signedIn, surveyId);
  if (!access) notFound();
  const { response, values } = await getResponse(context.db, access);
  const organization = signedIn.organizations.find(
    (o) => o.organizationId === access.organizationId,
  );
  return {
    locale,
    survey: {
      id: access.survey.id,
      titleEn: access.survey.titleEn,
      titleFr: access.survey.titleFr,
    },
    organization: organization ? text(locale, organization, "name") : "",
    status: response?.status ?? "none",
    submittedAt: response?.submittedAt?.toISOString() ?? null,
    sections: describeAnswers(access.sections, access.objectives, values, locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("surveys.print.title"));

/** The organization's own response on one page, to print for sign-off before submitting. */
export default function PrintResponse() {
  const { survey, organization, status, submittedAt, sections } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to={`/${locale}/surveys/${survey.id}`}>{t("surveys.print.back")}</Link>
      </p>
      <h1>{text(locale, survey, "title")}</h1>
      <dl className="facts">
        <dt>{t("surveys.print.organization")}</dt>
        <dd>{organization}</dd>
        <dt>{t("surveys.respond.status")}</dt>
        <dd>
          {t(`surveys.status.${status}` as MessageKey)}
          {submittedAt ? ` (${formatDate(locale, submittedAt)})` : ""}
        </dd>
      </dl>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <dl className="survey-print">
            {section.answers.map((answer) => (
              <div key={answer.question}>
                <dt>{answer.question}</dt>
                {answer.lines.length === 0 ? <dd>{t("surveys.print.notAnswered")}</dd> : null}
                {answer.lines.map((line) => (
                  <dd key={line}>{line}</dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
