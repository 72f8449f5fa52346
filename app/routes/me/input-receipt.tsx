import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { getOwnInput } from "~/features/contributions/practices.server";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const input = await getOwnInput(context.db, signedIn, reference);
  if (!input) notFound();
  if (input.status === "draft") throw redirect(`/${locale}/my/inputs/${reference}`);
  return { locale, reference, closesAt: input.closesAt.toISOString() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("contributions.receipt.title"));

export default function Receipt() {
  const { reference, closesAt } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("contributions.receipt.title")}</h1>
      <div className="success-box" role="status">
        <p>
          <strong>{t("contributions.receipt.reference", { reference })}</strong>
        </p>
        <p>{t("contributions.receipt.email")}</p>
      </div>
      <p>{t("contributions.receipt.editUntil", { date: formatDate(locale, closesAt) })}</p>
      <p>
        <Link to={`/${locale}/my/inputs/${reference}`}>{t("contributions.receipt.view")}</Link>
      </p>
      <p>
        <Link to={`/${locale}/my/inputs`}>{t("contributions.myInputs.title")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
