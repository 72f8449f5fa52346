import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { DeliveriesFilterSchema, DeliveryActionSchema } from "~/features/admin/admin.schema";
import { getDeliveries, retryEmail } from "~/features/admin/deliveries.server";
import { DELIVERIES_PAGE_SIZE } from "~/features/admin/limits";
import { eventLabel } from "~/features/admin/labels";
import { MomentTime } from "~/features/admin/moment-time";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

function statusFilter(request: Request) {
  const url = new URL(request.url);
  return DeliveriesFilterSchema.parse({ status: url.searchParams.get("status") || undefined })
    .status;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "read:deliveries");
  const status = statusFilter(request);
  const retried = new URL(request.url).searchParams.get("retried") === "1";
  return { locale, status, retried, ...(await getDeliveries(context.db, locale, status)) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "read:deliveries");
  const status = statusFilter(request);
  const { submission } = await parseForm(request, locale, DeliveryActionSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const result = await retryEmail(context.db, staff.actor, submission.value.messageId, {
    ip: context.clientIp,
    now: new Date(),
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    const errors: SummaryError[] = [{ fieldId: null, message: "admin.deliveries.notRetryable" }];
    return data({ errors }, { status: 409 });
  }
  const query = new URLSearchParams({ ...(status ? { status } : {}), retried: "1" });
  return redirect(`/${locale}/admin/deliveries?${query}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.deliveries.title"));

export default function Deliveries() {
  const { status, retried, counts, messages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const base = `/${locale}/admin/deliveries`;
  const here = status ? `${base}?status=${status}` : base;
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.deliveries.title")}</h1>
      <p>{t("admin.deliveries.intro")}</p>
      {retried && !actionData ? (
        <p className="success-box" role="status">
          {t("admin.deliveries.retried")}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors ?? []} />
      <nav aria-label={t("admin.deliveries.filter")}>
        <ul>
          <li>
            <Link to={base} aria-current={status ? undefined : "page"}>
              {t("admin.deliveries.all")}
            </Link>
          </li>
          {counts.map((each) => (
            <li key={each.status}>
              <Link
                to={`${base}?status=${each.status}`}
                aria-current={status === each.status ? "page" : undefined}
              >
                {t("admin.deliveries.statusCount", {
                  status: t(`admin.emailStatus.${each.status}`),
                  count: formatNumber(locale, each.count),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {status
          ? t("admin.deliveries.headingStatus", { status: t(`admin.emailStatus.${status}`) })
          : t("admin.deliveries.headingAll")}
      </h2>
      {messages.length === 0 ? (
        <p>{t("admin.deliveries.none")}</p>
      ) : (
        <table className="data-table">
          <caption>{t("admin.deliveries.caption", { count: DELIVERIES_PAGE_SIZE })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.deliveries.event")}</th>
              <th scope="col">{t("admin.deliveries.recipient")}</th>
              <th scope="col">{t("admin.deliveries.status")}</th>
              <th scope="col" className="numeric">
                {t("admin.deliveries.attempts")}
              </th>
              <th scope="col">{t("admin.deliveries.lastError")}</th>
              <th scope="col">{t("admin.deliveries.createdAt")}</th>
              <th scope="col">{t("admin.deliveries.sentAt")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("admin.deliveries.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">{eventLabel(t, message.event)}</th>
                <td>{message.recipientEmail}</td>
                <td>
                  <span className="status">{t(`admin.emailStatus.${message.status}`)}</span>
                </td>
                <td className="numeric">{formatNumber(locale, message.attempts)}</td>
                <td>{message.lastError ?? "—"}</td>
                <td>
                  <MomentTime value={message.createdAt} />
                </td>
                <td>{message.sentAt ? <MomentTime value={message.sentAt} /> : "—"}</td>
                <td>
                  {message.status === "failed" ? (
                    <Form method="post" action={here}>
                      <input type="hidden" name="messageId" value={message.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="retry"
                        className="button button--secondary"
                      >
                        {t("admin.deliveries.retry")}
                        <span className="visually-hidden">
                          {" "}
                          {t("admin.deliveries.retryTo", { email: message.recipientEmail })}
                        </span>
                      </button>
                    </Form>
                  ) : null}
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
