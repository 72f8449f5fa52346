import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { eventLabel } from "~/features/admin/labels";
import { MAILBOX_PAGE_SIZE } from "~/features/admin/limits";
import { listMailbox } from "~/features/admin/mailbox.server";
import { MomentTime } from "~/features/admin/moment-time";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  // Development and the demo only: a real deployment has no page that shows e-mails.
  if (!context.mailboxEnabled) notFound();
  await requireStaff(request, context.db, locale, "read:deliveries");
  return { locale, messages: await listMailbox(context.db, locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.mailbox.title"));

export default function Mailbox() {
  const { messages } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.mailbox.title")}</h1>
      <p>{t("admin.mailbox.intro")}</p>
      {messages.length === 0 ? (
        <p>{t("admin.mailbox.empty")}</p>
      ) : (
        <table className="data-table">
          <caption>{t("admin.mailbox.caption", { count: MAILBOX_PAGE_SIZE })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.mailbox.subject")}</th>
              <th scope="col">{t("admin.mailbox.to")}</th>
              <th scope="col">{t("admin.deliveries.event")}</th>
              <th scope="col">{t("admin.deliveries.status")}</th>
              <th scope="col">{t("admin.mailbox.at")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">
                  <Link to={`/${locale}/admin/mailbox/${message.id}`}>
                    {message.subject || t("admin.mailbox.noSubject")}
                  </Link>
                </th>
                <td>{message.recipientEmail}</td>
                <td>{eventLabel(t, message.event)}</td>
                <td>
                  <span className="status">
                    {message.kept
                      ? t("admin.mailbox.kept")
                      : t(`admin.emailStatus.${message.status}`)}
                  </span>
                </td>
                <td>
                  <MomentTime value={message.at} />
                </td>
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
