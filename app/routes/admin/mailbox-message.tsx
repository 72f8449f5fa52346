import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { MessageIdParamsSchema } from "~/features/admin/admin.schema";
import { eventLabel } from "~/features/admin/labels";
import { getMailboxMessage } from "~/features/admin/mailbox.server";
import { MomentTime } from "~/features/admin/moment-time";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  if (!context.mailboxEnabled) notFound();
  await requireStaff(request, context.db, locale, "read:deliveries");
  const { messageId } = parseParams(MessageIdParamsSchema, params);
  const message = await getMailboxMessage(context.db, locale, messageId);
  if (!message) notFound();
  return { locale, message };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data?.message.subject ?? translator(data?.locale ?? "en")("admin.mailbox.title"),
  );

export default function MailboxMessage() {
  const { message } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const to = message.recipientName
    ? `${message.recipientName} <${message.recipientEmail}>`
    : message.recipientEmail;
  return (
    <>
      <AdminBreadcrumb />
      <p>
        <Link to={`/${locale}/admin/mailbox`}>{t("admin.mailbox.back")}</Link>
      </p>
      <h1>{message.subject || t("admin.mailbox.noSubject")}</h1>
      <dl className="facts">
        <dt>{t("admin.mailbox.to")}</dt>
        <dd>{to}</dd>
        <dt>{t("admin.deliveries.event")}</dt>
        <dd>{eventLabel(t, message.event)}</dd>
        <dt>{t("admin.mailbox.language")}</dt>
        <dd>{t(`admin.emailLanguage.${message.language}`)}</dd>
        <dt>{t("admin.deliveries.status")}</dt>
        <dd>{message.kept ? t("admin.mailbox.kept") : t(`admin.emailStatus.${message.status}`)}</dd>
        <dt>{t("admin.mailbox.at")}</dt>
        <dd>
          <MomentTime value={message.at} />
        </dd>
      </dl>
      {message.body ? (
        <>
          <h2>{t("admin.mailbox.textPart")}</h2>
          {/* The e-mail's own languages: a bilingual message holds both. */}
          <pre
            className="card"
            lang={message.language === "bilingual" ? undefined : message.language}
          >
            {message.body.text}
          </pre>
          {/*
            No live preview of the HTML part: axe cannot audit a sandboxed frame (it waits for
            it until it times out), and a frame that may run scripts is out of the question.
            The source is there for whoever checks the markup.
          */}
          <details>
            <summary>{t("admin.mailbox.htmlPart")}</summary>
            <div className="field">
              <label htmlFor="html-source">{t("admin.mailbox.htmlSource")}</label>
              <textarea id="html-source" readOnly rows={16} defaultValue={message.body.html} />
            </div>
          </details>
        </>
      ) : (
        <p className="notice">{t("admin.mailbox.cannotRender")}</p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
