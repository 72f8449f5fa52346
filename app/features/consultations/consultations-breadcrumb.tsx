import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";

/** The way back: staff area › consultations › this consultation. */
export function ConsultationsBreadcrumb({
  consultation,
}: {
  consultation?: { id: number; title: string };
}) {
  const { t, locale } = useTranslation();
  return (
    <nav aria-label={t("consultations.breadcrumb")}>
      <p className="breadcrumb">
        <Link to={`/${locale}/staff`}>{t("consultations.staff.breadcrumb")}</Link>
        {" › "}
        <Link to={`/${locale}/staff/consultations`}>{t("consultations.staff.title")}</Link>
        {consultation ? (
          <>
            {" › "}
            <Link to={`/${locale}/staff/consultations/${consultation.id}`}>
              {consultation.title}
            </Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}
