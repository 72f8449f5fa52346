import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { PeopleSearchSchema } from "~/features/admin/admin.schema";
import { findPeople } from "~/features/admin/people.server";
import { formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:people");
  const url = new URL(request.url);
  const { q } = PeopleSearchSchema.parse({ q: url.searchParams.get("q") ?? "" });
  return { locale, q, ...(await findPeople(context.db, locale, q)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.people.title"));

export default function People() {
  const { q, people, more } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.people.title")}</h1>
      <Form method="get" role="search" aria-label={t("admin.people.searchLabel")}>
        <div className="field">
          <label htmlFor="q">{t("admin.people.search")}</label>
          <p className="field__hint" id="q-hint">
            {t("admin.people.searchHint")}
          </p>
          <input
            type="search"
            id="q"
            name="q"
            defaultValue={q}
            maxLength={200}
            aria-describedby="q-hint"
          />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t("admin.people.searchSubmit")}
          </button>
          <Link to={`/${locale}/admin/invitations/new`}>{t("admin.invite.title")}</Link>
        </div>
      </Form>
      <h2>
        {q
          ? t("admin.people.resultsFor", { count: formatNumber(locale, people.length), q })
          : t("admin.people.results", { count: formatNumber(locale, people.length) })}
      </h2>
      {more ? <p className="notice">{t("admin.people.more", { count: people.length })}</p> : null}
      {people.length === 0 ? (
        <p>{t("admin.people.none")}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t("admin.people.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.people.name")}</th>
              <th scope="col">{t("admin.people.email")}</th>
              <th scope="col">{t("admin.people.roles")}</th>
              <th scope="col">{t("admin.people.organizations")}</th>
              <th scope="col">{t("admin.people.status")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link to={`/${locale}/admin/people/${person.id}`}>{person.name}</Link>
                </th>
                <td>{person.email}</td>
                <td>{person.roles.map((role) => t(`role.${role}`)).join(", ") || "—"}</td>
                <td>{person.organizations.join(", ") || "—"}</td>
                <td>
                  <span className="status">{t(`admin.personStatus.${person.status}`)}</span>
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
