import { Link } from "@remix-run/react";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export interface ConsultationSummaryData {
  slug: string;
  status: "draft" | "open" | "closed" | "in-review" | "published";
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
}

export function ConsultationSummary({
  consultation,
  headingLevel,
}: {
  consultation: ConsultationSummaryData;
  headingLevel: 2 | 3;
}) {
  const { t, locale } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <Heading className="card__title">
        <Link to={`/${locale}/consultations/${consultation.slug}`}>{consultation.title}</Link>
      </Heading>
      <p>{consultation.description}</p>
      <p className="card__meta">
        <span className={`status status--${consultation.status}`}>
          {t(`consultation.status.${consultation.status}`)}
        </span>{" "}
        {t("consultation.dateRange", {
          from: formatDate(locale, consultation.opensAt),
          to: formatDate(locale, consultation.closesAt),
        })}
      </p>
    </article>
  );
}
