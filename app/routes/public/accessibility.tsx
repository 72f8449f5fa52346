import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export function loader({ params }: LoaderFunctionArgs) {
  return { locale: requireLocale(params) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("accessibility.title"));

export default function Page() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("accessibility.title")}</h1>
      <p>{t("accessibility.body1")}</p>
      <p>{t("accessibility.body2")}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
