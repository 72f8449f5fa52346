import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { getStaffConsultationPage } from "~/features/consultations/consultations-admin.server";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { remindNonSubmitters } from "~/features/consultations/reminders.server";
import { MEASURES, UptakeChart } from "~/features/consultations/uptake-chart";
import { getUptake, type UptakeGroup } from "~/features/consultations/uptake.server";
import { catalogs, formatNumber, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const RemindSchema = z.object({ intent: z.literal("remind") });
export const RemindedSchema = z.object({ reminded: z.coerce.number().int().min(0).max(1_000_000) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const consultation = await getStaffConsultationPage(context.db, locale, consultationId);
  if (!consultation) notFound();
  const t = translator(locale);
  const provinceName = (code: string) => {
    const key = `consultations.province.${code}`;
    return key in catalogs[locale] ? t(key as MessageKey) : code;
  };
  const uptake = await getUptake(context.db, locale, consultationId, provinceName);
  const reminded = RemindedSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    consultation: {
      id: consultation.id,
      title: consultation.title,
      open: consultation.effectiveStatus === "open",
    },
    uptake,
    reminded: reminded.success ? reminded.data.reminded : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const { submission } = await parseForm(request, locale, RemindSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const result = await remindNonSubmitters(context.db, staff.actor, consultationId, {
    publicUrl: context.publicUrl,
    ip: context.clientIp,
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    if (result.errors.includes("notFound")) notFound();
    const errors: SummaryError[] = [{ fieldId: null, message: "consultations.uptake.notOpen" }];
    return data({ errors }, { status: 409 });
  }
  return redirect(
    `/${locale}/staff/consultations/${consultationId}/uptake?reminded=${result.value.queued}`,
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("consultations.uptake.title"));

function UptakeTable({ caption, groups }: { caption: string; groups: UptakeGroup[] }) {
  const { t, locale } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("consultations.uptake.group")}</th>
            {MEASURES.map((measure) => (
              <th scope="col" className="numeric" key={measure}>
                {t(`consultations.uptake.${measure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              {MEASURES.map((measure) => (
                <td className="numeric" key={measure}>
                  {formatNumber(locale, group[measure])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ConsultationUptake() {
  const { consultation, uptake, reminded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errors = actionData?.errors ?? [];
  const sections = [
    { id: "by-category", heading: t("consultations.uptake.byCategory"), groups: uptake.byCategory },
    { id: "by-province", heading: t("consultations.uptake.byProvince"), groups: uptake.byProvince },
  ];
  return (
    <>
      <ConsultationsBreadcrumb consultation={consultation} />
      <h1>{t("consultations.uptake.title")}</h1>
      {reminded !== null && errors.length === 0 ? (
        <p className="success-box" role="status">
          {t("consultations.uptake.reminded", { count: formatNumber(locale, reminded) })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <p>{t("consultations.uptake.intro")}</p>
      {uptake.totals.invited === 0 ? (
        <p>{t("consultations.uptake.none")}</p>
      ) : (
        <>
          <h2>{t("consultations.uptake.totals")}</h2>
          <dl className="facts" data-testid="uptake-totals">
            {MEASURES.map((measure) => (
              <Fragment key={measure}>
                <dt>{t(`consultations.uptake.${measure}`)}</dt>
                <dd>{formatNumber(locale, uptake.totals[measure])}</dd>
              </Fragment>
            ))}
          </dl>
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`${section.id}-heading`}>
              <h2 id={`${section.id}-heading`}>{section.heading}</h2>
              <UptakeChart id={section.id} heading={section.heading} groups={section.groups} />
              <UptakeTable
                caption={t("consultations.uptake.tableCaption", { heading: section.heading })}
                groups={section.groups}
              />
            </section>
          ))}
        </>
      )}
      {consultation.open ? (
        <section aria-labelledby="remind-heading">
          <h2 id="remind-heading">{t("consultations.uptake.remindHeading")}</h2>
          <p>{t("consultations.uptake.remindHint")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="remind" className="button">
              {t("consultations.uptake.remind")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
