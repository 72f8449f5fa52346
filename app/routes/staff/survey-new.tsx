import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, TextField, summaryErrors } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { getStaffConsultationPage } from "~/features/consultations/consultations-admin.server";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { SurveyFieldsSchema } from "~/features/surveys/survey-builder.schema";
import { createSurvey, listSurveysOfConsultation } from "~/features/surveys/survey-builder.server";
import { text } from "~/features/surveys/survey-logic";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const FIELD_IDS = {
  titleEn: "titleEn",
  titleFr: "titleFr",
  introEn: "introEn",
  introFr: "introFr",
  closesAt: "closesAt",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const consultation = await getStaffConsultationPage(context.db, locale, consultationId);
  if (!consultation) notFound();
  const surveys = await listSurveysOfConsultation(context.db, consultationId);
  return {
    locale,
    consultation: { id: consultation.id, title: consultation.title },
    surveys: surveys.map((s) => ({
      ...s,
      closesAt: s.closesAt.toISOString(),
      opened: s.openedAt !== null,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const { submission } = await parseForm(request, locale, SurveyFieldsSchema);
  if (submission.status !== "success")
    return data(
      {
        errors: summaryErrors(submission.error, FIELD_IDS),
        fields: submission.error ?? {},
        payload: submission.payload,
      },
      { status: 400 },
    );
  const result = await createSurvey(context.db, staff, consultationId, submission.value, {
    ip: context.clientIp,
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    notFound();
  }
  return redirect(`/${locale}/staff/surveys/${result.value.surveyId}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("surveys.new.title"));

export default function NewSurvey() {
  const { consultation, surveys } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const typed = (name: string) => {
    const value = reply?.payload?.[name];
    return typeof value === "string" ? value : "";
  };
  const fields = (reply?.fields ?? {}) as Record<string, string[] | undefined>;
  return (
    <>
      <ConsultationsBreadcrumb consultation={consultation} />
      <h1>{t("surveys.new.title")}</h1>
      <ErrorSummary errors={reply?.errors ?? []} />
      <h2>{t("surveys.new.existing")}</h2>
      {surveys.length === 0 ? (
        <p>{t("surveys.new.none")}</p>
      ) : (
        <ul>
          {surveys.map((survey) => (
            <li key={survey.id}>
              <Link to={`/${locale}/staff/surveys/${survey.id}`}>
                {text(locale, survey, "title")}
              </Link>{" "}
              ({survey.opened ? t("surveys.builder.opened") : t("surveys.builder.notOpened")},{" "}
              {t("surveys.builder.closesOn", { date: formatDate(locale, survey.closesAt) })}){" · "}
              <Link
                to={`/${locale}/staff/surveys/${survey.id}/results`}
                aria-label={t("surveys.builder.resultsOf", {
                  title: text(locale, survey, "title"),
                })}
              >
                {t("surveys.builder.results")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("surveys.new.create")}</h2>
      <Form method="post" noValidate>
        <TextField
          id="titleEn"
          name="titleEn"
          label={t("surveys.field.titleEn")}
          lang="en"
          defaultValue={typed("titleEn")}
          errors={fields.titleEn}
        />
        <TextField
          id="titleFr"
          name="titleFr"
          label={t("surveys.field.titleFr")}
          lang="fr"
          defaultValue={typed("titleFr")}
          errors={fields.titleFr}
        />
        <TextField
          id="introEn"
          name="introEn"
          label={t("surveys.field.introEn")}
          lang="en"
          defaultValue={typed("introEn")}
          errors={fields.introEn}
        />
        <TextField
          id="introFr"
          name="introFr"
          label={t("surveys.field.introFr")}
          lang="fr"
          defaultValue={typed("introFr")}
          errors={fields.introFr}
        />
        <TextField
          id="closesAt"
          name="closesAt"
          type="datetime-local"
          label={t("surveys.field.closesAt")}
          hint={t("surveys.field.closesAtHint")}
          defaultValue={typed("closesAt")}
          errors={fields.closesAt}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("surveys.new.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
