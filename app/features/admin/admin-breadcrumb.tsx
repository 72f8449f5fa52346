import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";

/** The way back to the admin home (and, from a person, to the people list). */
export function AdminBreadcrumb({ people = false }: { people?: boolean }) {
  const { t, locale } = useTranslation();
  return (
    <nav aria-label={t("admin.breadcrumb")}>
      <p className="breadcrumb">
        <Link to={`/${locale}/admin`}>{t("admin.title")}</Link>
        {people ? (
          <>
            {" › "}
            <Link to={`/${locale}/admin/people`}>{t("admin.people.title")}</Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}
