import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { readUnsubscribeToken, unsubscribe } from "~/features/notifications/unsubscribe.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ token: z.string().max(300) });

// Opening the link changes nothing (mail scanners follow links); the button does.
export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { token } = parseParams(ParamsSchema, params);
  const target = await readUnsubscribeToken(context.db, token);
  return { locale, event: target?.event ?? null };
}

export async function action({ params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const { token } = parseParams(ParamsSchema, params);
  const result = await unsubscribe(context.db, token, { ip: context.clientIp });
  return { done: result.ok };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("unsubscribe.title"));

export default function Unsubscribe() {
  const { event } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const kind = event === "digest.daily" ? t("account.optDigest") : t("account.optReminders");
  return (
    <>
      <h1>{t("unsubscribe.title")}</h1>
      {!event ? (
        <p>{t("unsubscribe.invalid")}</p>
      ) : actionData?.done ? (
        <p className="success-box" role="status">
          {t("unsubscribe.done")}
        </p>
      ) : (
        <Form method="post">
          <p>{t("unsubscribe.confirm", { kind })}</p>
          <button type="submit" className="button">
            {t("unsubscribe.submit")}
          </button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
