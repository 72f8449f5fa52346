import { Link } from "@remix-run/react";
import type { Locale } from "~/i18n/locale";
import { useTranslation } from "~/i18n/use-translation";

export interface PracticeCardData {
  reference: string;
  text: { title: string; summary: string | null; lang: Locale } | null;
  organization: string | null;
  principles?: Array<{ key: string; title: string }>;
}

export function PracticeCard({
  practice,
  headingLevel,
}: {
  practice: PracticeCardData;
  headingLevel: 2 | 3;
}) {
  const { t, locale } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = practice.text && practice.text.lang !== locale ? practice.text.lang : undefined;
  return (
    <article className="card">
      <Heading className="card__title">
        <Link to={`/${locale}/practices/${practice.reference}`} lang={lang}>
          {practice.text?.title ?? practice.reference}
        </Link>
      </Heading>
      {practice.text?.summary ? <p lang={lang}>{practice.text.summary}</p> : null}
      <dl className="card__facts">
        <dt>{t("practice.leadOrganization")}</dt>
        <dd>{practice.organization ?? t("practice.anonymous")}</dd>
        {practice.principles && practice.principles.length > 0 ? (
          <>
            <dt>{t("practice.principles")}</dt>
            <dd>{practice.principles.map((principle) => principle.title).join(" · ")}</dd>
          </>
        ) : null}
        <dt>{t("practice.reference")}</dt>
        <dd>{practice.reference}</dd>
      </dl>
    </article>
  );
}
