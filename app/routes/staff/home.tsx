import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
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
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("staff.title"));

export default function StaffHome() {
  const { name, roles } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("staff.title")}</h1>
      <p>{t("staff.intro", { name, roles: roles.map((role) => t(`role.${role}`)).join(", ") })}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
