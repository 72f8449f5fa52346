import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { can } from "~/features/accounts/permissions";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale);
  return {
    locale,
    name: staff.user.name,
    roles: staff.roles.filter((role) => role !== "contributor"),
    canRunConsultations: can(staff.actor, "manage:consultation"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("staff.title"));

export default function StaffHome() {
  const { name, roles, canRunConsultations } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("staff.title")}</h1>
      <p>{t("staff.intro", { name, roles: roles.map((role) => t(`role.${role}`)).join(", ") })}</p>
      {canRunConsultations ? (
        <p>
          <Link to={`/${locale}/staff/consultations`}>{t("consultations.staff.title")}</Link>
        </p>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
