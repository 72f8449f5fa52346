import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import {
  getNotificationsPage,
  markAllNotificationsRead,
} from "~/features/notifications/in-app.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  return { locale, notifications: await getNotificationsPage(context.db, signedIn.user.id) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  await markAllNotificationsRead(context.db, signedIn.user.id);
  return redirect(`/${locale}/notifications`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("notifications.title"));

export default function Notifications() {
  const { notifications } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const label = (event: string, reference: string) =>
    t(`notifications.event.${event}` as MessageKey, { reference });
  return (
    <>
      <h1>{t("notifications.title")}</h1>
      {notifications.length === 0 ? <p>{t("notifications.empty")}</p> : null}
      {notifications.some((n) => n.unread) ? (
        <Form method="post">
          <button type="submit" className="button button--secondary">
            {t("notifications.markAllRead")}
          </button>
        </Form>
      ) : null}
      <ul className="card-list">
        {notifications.map((notification) => (
          <li key={notification.id} className="card">
            <p>
              {notification.unread ? (
                <span className="status status--open">{t("notifications.unread")}</span>
              ) : null}{" "}
              {label(notification.event, notification.reference)}
            </p>
            <p className="card__meta">{formatDate(locale, notification.createdAt)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
