import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { AuditFilterSchema } from "~/features/admin/admin.schema";
import { getAuditPage } from "~/features/admin/audit-log.server";
import { AuditTable } from "~/features/admin/audit-table";
import { AUDIT_PAGE_SIZE } from "~/features/admin/limits";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "read:audit");
  const url = new URL(request.url);
  const { person } = AuditFilterSchema.parse({
    person: url.searchParams.get("person") || undefined,
  });
  return { locale, ...(await getAuditPage(context.db, locale, person)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.audit.title"));

export default function Audit() {
  const { entries, people, person } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.audit.title")}</h1>
      <p>{t("admin.audit.intro", { count: AUDIT_PAGE_SIZE })}</p>
      <Form method="get">
        <div className="field">
          <label htmlFor="person">{t("admin.audit.filterPerson")}</label>
          <select
            id="person"
            name="person"
            defaultValue={person ? String(person.id) : ""}
            key={person?.id ?? "all"}
          >
            <option value="">{t("admin.audit.everyone")}</option>
            {people.map((each) => (
              <option key={each.id} value={each.id}>
                {`${each.name} (${each.email})`}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t("admin.audit.filterSubmit")}
          </button>
          {person ? (
            <Link to={`/${locale}/admin/audit`}>{t("admin.audit.clearFilter")}</Link>
          ) : null}
        </div>
      </Form>
      <h2>
        {person ? t("admin.audit.forPerson", { name: person.name }) : t("admin.audit.recent")}
      </h2>
      <AuditTable
        entries={entries}
        caption={
          person ? t("admin.audit.captionPerson", { name: person.name }) : t("admin.audit.caption")
        }
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
