import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { SurveyIdParamsSchema } from "~/features/surveys/survey-builder.schema";
import { loadSurvey } from "~/features/surveys/survey-builder.server";
import { text } from "~/features/surveys/survey-logic";
import { SurveyQuestions } from "~/features/surveys/survey-questions";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const AsSchema = z.object({ as: z.enum(["en", "fr"]).optional() });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const loaded = await loadSurvey(context.db, surveyId);
  if (!loaded) notFound();
  const as = AsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    as: (as.success ? as.data.as : undefined) ?? locale,
    survey: {
      id: loaded.survey.id,
      titleEn: loaded.survey.titleEn,
      titleFr: loaded.survey.titleFr,
      introEn: loaded.survey.introEn,
      introFr: loaded.survey.introFr,
    },
    sections: loaded.sections,
    objectives: loaded.objectives,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("surveys.preview.title"));

/** The survey as a respondent will see it, in either language, without saving anything. */
export default function SurveyPreview() {
  const { survey, sections, objectives, as } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const other = as === "en" ? "fr" : "en";
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/staff/surveys/${survey.id}`}>{t("surveys.builder.title")}</Link>
      </p>
      <h1>{t("surveys.preview.title")}</h1>
      <p className="notice">
        {t("surveys.preview.notice", { language: t(`language.${as}`) })}{" "}
        <Link to={`?as=${other}`}>
          {t("surveys.preview.switch", { language: t(`language.${other}`) })}
        </Link>
      </p>
      <h2 lang={as}>{text(as, survey, "title")}</h2>
      {text(as, survey, "intro") ? <p lang={as}>{text(as, survey, "intro")}</p> : null}
      <form aria-label={t("surveys.preview.title")} onSubmit={(event) => event.preventDefault()}>
        <SurveyQuestions
          key={as}
          sections={sections}
          objectives={objectives}
          values={{}}
          contentLocale={as}
        />
      </form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
