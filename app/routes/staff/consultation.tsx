import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { MomentTime } from "~/features/admin/moment-time";
import {
  getConsultationFormChoices,
  getStaffConsultationPage,
  transitionConsultation,
  updateConsultation,
} from "~/features/consultations/consultations-admin.server";
import {
  ConsultationFieldsSchema,
  ConsultationIdParamsSchema,
  ConsultationIntentSchema,
  TransitionSchema,
} from "~/features/consultations/consultations.schema";
import {
  CONSULTATION_FIELD_IDS,
  ConsultationForm,
  valuesFromPayload,
} from "~/features/consultations/consultation-form";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { formatNumber, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const SAVED = {
  created: "consultations.saved.created",
  updated: "consultations.saved.updated",
  status: "consultations.saved.status",
} as const satisfies Record<string, MessageKey>;

function savedNotice(value: string | null) {
  return value && Object.hasOwn(SAVED, value) ? SAVED[value as keyof typeof SAVED] : null;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const consultation = await getStaffConsultationPage(context.db, locale, consultationId);
  if (!consultation) notFound();
  const choices = await getConsultationFormChoices(context.db, locale);
  const saved = savedNotice(new URL(request.url).searchParams.get("saved"));
  return { locale, consultation, choices, saved };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const which = await parseForm(request.clone(), locale, ConsultationIntentSchema);
  if (which.submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const here = `/${locale}/staff/consultations/${consultationId}`;
  const refuse = (errors: string[], status: number, payload: Record<string, unknown> | null) => {
    if (errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    if (errors.includes("notFound")) notFound();
    const summary: SummaryError[] = errors.map((error) => ({
      fieldId: null,
      message:
        error === "unknownAudience"
          ? "consultations.form.unknownAudience"
          : `consultations.error.${error}`,
    }));
    return data({ errors: summary, payload }, { status });
  };

  if (which.submission.value.intent === "transition") {
    const { submission } = await parseForm(request, locale, TransitionSchema);
    if (submission.status !== "success") return refuse(["illegal-transition"], 400, null);
    const result = await transitionConsultation(
      context.db,
      staff.actor,
      consultationId,
      submission.value.to,
      { ip: context.clientIp },
    );
    if (!result.ok) return refuse(result.errors, 409, null);
    return redirect(`${here}?saved=status`);
  }

  const { submission } = await parseForm(request, locale, ConsultationFieldsSchema);
  if (submission.status !== "success") {
    const errors = summaryErrors(submission.error, CONSULTATION_FIELD_IDS);
    return data({ errors, payload: submission.payload }, { status: 400 });
  }
  const result = await updateConsultation(
    context.db,
    staff.actor,
    consultationId,
    submission.value,
    {
      ip: context.clientIp,
    },
  );
  if (!result.ok) return refuse(result.errors, 409, submission.payload);
  return redirect(`${here}?saved=updated`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data?.consultation.title ?? translator("en")("consultations.staff.title"),
  );

export default function StaffConsultation() {
  const { consultation, choices, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errors = actionData?.errors ?? [];
  const values = actionData?.payload ? valuesFromPayload(actionData.payload) : consultation.form;
  const base = `/${locale}/staff/consultations/${consultation.id}`;
  return (
    <>
      <ConsultationsBreadcrumb />
      <h1>{consultation.title}</h1>
      {saved && errors.length === 0 ? (
        <p className="success-box" role="status">
          {t(saved)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />

      <h2>{t("consultations.detail.facts")}</h2>
      <dl className="facts">
        <dt>{t("consultations.detail.status")}</dt>
        <dd>
          <span className="status">{t(`consultations.status.${consultation.status}`)}</span>
        </dd>
        <dt>{t("consultations.detail.type")}</dt>
        <dd>{t(`consultations.type.${consultation.type}`)}</dd>
        <dt>{t("consultations.detail.opens")}</dt>
        <dd>
          <MomentTime value={consultation.opensAt} />
        </dd>
        <dt>{t("consultations.detail.closes")}</dt>
        <dd>
          <MomentTime value={consultation.closesAt} />
        </dd>
      </dl>
      {consultation.status !== consultation.effectiveStatus ? (
        <p className="notice">{t("consultations.detail.pastClosing")}</p>
      ) : null}
      <ul>
        <li>
          <Link to={`${base}/invitees`}>{t("consultations.detail.invitees")}</Link>
        </li>
        <li>
          <Link to={`${base}/uptake`}>{t("consultations.detail.uptake")}</Link>
        </li>
        <li>
          <a href={`${base}/inputs.csv?lang=${locale}`} download>
            {t("inputsCsv.link", { language: locale.toUpperCase() })}
          </a>
        </li>
        <li>
          <Link to={`/${locale}/staff/reviews/${consultation.id}`}>{t("review.staffLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/surveys/new`}>{t("surveys.new.title")}</Link>
        </li>
        {consultation.status !== "draft" ? (
          <li>
            <Link to={`/${locale}/consultations/${consultation.slug}`}>
              {t("consultations.detail.publicPage")}
            </Link>
          </li>
        ) : null}
      </ul>

      <h2>{t("consultations.detail.statusHeading")}</h2>
      <p>{t("consultations.detail.statusHint")}</p>
      {consultation.next ? (
        <Form method="post">
          <input type="hidden" name="intent" value="transition" />
          <button type="submit" name="to" value={consultation.next} className="button">
            {t(`consultations.transition.${consultation.next}`)}
          </button>
        </Form>
      ) : (
        <p>{t("consultations.detail.finalStatus")}</p>
      )}

      <h2>{t("consultations.detail.sectionsHeading")}</h2>
      <ol>
        {consultation.sections.map((section) => (
          <li key={section.position}>
            {section.title}
            {section.suggestedWords
              ? ` (${t("consultations.detail.sectionWords", {
                  count: formatNumber(locale, section.suggestedWords),
                })})`
              : null}
          </li>
        ))}
      </ol>

      <h2>{t("consultations.detail.editHeading")}</h2>
      {consultation.editable ? (
        <ConsultationForm
          key={JSON.stringify(actionData?.payload ?? consultation.form)}
          values={values}
          choices={choices}
          errors={errors}
          intent="save"
          submitLabel={t("consultations.detail.save")}
        />
      ) : (
        <p>{t("consultations.detail.notEditable")}</p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
