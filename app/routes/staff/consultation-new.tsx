import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import {
  createConsultation,
  getConsultationFormChoices,
} from "~/features/consultations/consultations-admin.server";
import { ConsultationFieldsSchema } from "~/features/consultations/consultations.schema";
import {
  CONSULTATION_FIELD_IDS,
  ConsultationForm,
  EMPTY_CONSULTATION,
  valuesFromPayload,
} from "~/features/consultations/consultation-form";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  return { locale, choices: await getConsultationFormChoices(context.db, locale) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { submission } = await parseForm(request, locale, ConsultationFieldsSchema);
  if (submission.status !== "success") {
    const errors = summaryErrors(submission.error, CONSULTATION_FIELD_IDS);
    return data({ errors, payload: submission.payload }, { status: 400 });
  }
  const result = await createConsultation(context.db, staff.actor, submission.value, {
    ip: context.clientIp,
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    const errors: SummaryError[] = [
      { fieldId: null, message: "consultations.form.unknownAudience" },
    ];
    return data({ errors, payload: submission.payload }, { status: 409 });
  }
  return redirect(`/${locale}/staff/consultations/${result.value.id}?saved=created`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("consultations.new.title"));

export default function NewConsultation() {
  const { choices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errors = actionData?.errors ?? [];
  const values = actionData ? valuesFromPayload(actionData.payload) : EMPTY_CONSULTATION;
  return (
    <>
      <ConsultationsBreadcrumb />
      <h1>{t("consultations.new.title")}</h1>
      <p>{t("consultations.new.intro")}</p>
      <ErrorSummary errors={errors} />
      <ConsultationForm
        key={JSON.stringify(actionData?.payload ?? null)}
        values={values}
        choices={choices}
        errors={errors}
        submitLabel={t("consultations.new.submit")}
        cancelTo={`/${locale}/staff/consultations`}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
