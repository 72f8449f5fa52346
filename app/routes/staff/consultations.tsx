import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { MomentTime } from "~/features/admin/moment-time";
import { listConsultationsPage } from "~/features/consultations/consultations-admin.server";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  return { locale, consultations: await listConsultationsPage(context.db, locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("consultations.staff.title"));

export default function StaffConsultations() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <ConsultationsBreadcrumb />
      <h1>{t("consultations.staff.title")}</h1>
      <p>
        <Link to={`/${locale}/staff/consultations/new`} className="button">
          {t("consultations.staff.new")}
        </Link>
      </p>
      {consultations.length === 0 ? (
        <p>{t("consultations.staff.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("consultations.staff.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("consultations.staff.column.title")}</th>
                <th scope="col">{t("consultations.staff.column.type")}</th>
                <th scope="col">{t("consultations.staff.column.status")}</th>
                <th scope="col">{t("consultations.staff.column.opens")}</th>
                <th scope="col">{t("consultations.staff.column.closes")}</th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((consultation) => (
                <tr key={consultation.id}>
                  <th scope="row">
                    <Link to={`/${locale}/staff/consultations/${consultation.id}`}>
                      {consultation.title}
                    </Link>
                  </th>
                  <td>{t(`consultations.type.${consultation.type}`)}</td>
                  <td>
                    <span className="status">
                      {t(`consultations.status.${consultation.status}`)}
                    </span>
                  </td>
                  <td>
                    <MomentTime value={consultation.opensAt} />
                  </td>
                  <td>
                    <MomentTime value={consultation.closesAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
