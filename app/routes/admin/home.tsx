import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { getAdminOverview } from "~/features/admin/overview.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:people");
  return {
    locale,
    overview: await getAdminOverview(context.db, staff.actor, context.mailboxEnabled),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.title"));

export default function AdminHome() {
  const { overview } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const base = `/${locale}/admin`;
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.home.intro")}</p>
      <h2>{t("admin.home.peopleAndOrganizations")}</h2>
      <dl className="facts">
        <dt>{t("admin.home.activePeople")}</dt>
        <dd>{formatNumber(locale, overview.people.active)}</dd>
        <dt>{t("admin.home.deactivatedPeople")}</dt>
        <dd>{formatNumber(locale, overview.people.deactivated)}</dd>
        <dt>{t("admin.home.organizations")}</dt>
        <dd>{formatNumber(locale, overview.organizations)}</dd>
      </dl>
      <ul>
        <li>
          <Link to={`${base}/people`}>{t("admin.people.title")}</Link>
        </li>
        <li>
          <Link to={`${base}/organizations`}>{t("admin.organizations.title")}</Link>
        </li>
        {overview.pages.invite ? (
          <li>
            <Link to={`${base}/invitations/new`}>{t("admin.invite.title")}</Link>
          </li>
        ) : null}
        {overview.pages.audit ? (
          <li>
            <Link to={`${base}/audit`}>{t("admin.audit.title")}</Link>
          </li>
        ) : null}
        {overview.pages.audit ? (
          <li>
            <Link to={`/${locale}/staff/triage/suggestion-rates`}>{t("triage.rates.link")}</Link>
          </li>
        ) : null}
      </ul>
      <h2>{t("admin.home.emails")}</h2>
      <table className="data-table">
        <caption>{t("admin.home.emailsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.deliveries.status")}</th>
            <th scope="col" className="numeric">
              {t("admin.deliveries.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.emails.map(({ status, count }) => (
            <tr key={status}>
              <th scope="row">
                {overview.pages.deliveries ? (
                  <Link to={`${base}/deliveries?status=${status}`}>
                    {t(`admin.emailStatus.${status}`)}
                  </Link>
                ) : (
                  t(`admin.emailStatus.${status}`)
                )}
              </th>
              <td className="numeric">{formatNumber(locale, count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {overview.pages.deliveries ? (
          <li>
            <Link to={`${base}/deliveries`}>{t("admin.deliveries.title")}</Link>
          </li>
        ) : null}
        {overview.pages.mailbox ? (
          <li>
            <Link to={`${base}/mailbox`}>{t("admin.mailbox.title")}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
