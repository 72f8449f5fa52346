import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { jurisdictionLabel } from "~/features/admin/labels";
import { listOrganizationsForAdmin } from "~/features/admin/organizations.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:people");
  return { locale, organizations: await listOrganizationsForAdmin(context.db, locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.organizations.title"));

export default function Organizations() {
  const { organizations } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.organizations.title")}</h1>
      {organizations.length === 0 ? (
        <p>{t("admin.organizations.none")}</p>
      ) : (
        <table className="data-table">
          <caption>
            {t("admin.organizations.caption", {
              count: formatNumber(locale, organizations.length),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.organizations.name")}</th>
              <th scope="col">{t("admin.organizations.category")}</th>
              <th scope="col">{t("admin.organizations.jurisdiction")}</th>
              <th scope="col" className="numeric">
                {t("admin.organizations.members")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((organization) => (
              <tr key={organization.id}>
                <th scope="row">{organization.name}</th>
                <td>{organization.category}</td>
                <td>{jurisdictionLabel(t, organization.jurisdiction)}</td>
                <td className="numeric">{formatNumber(locale, organization.members)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
