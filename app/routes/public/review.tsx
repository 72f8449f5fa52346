import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { reviewSectionsHtml } from "~/features/review/review-export-html.server";
import { loadPublishedReview } from "~/features/review/review-export.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const review = await loadPublishedReview(context.db, slug, locale, context.publicUrl);
  if (!review) notFound();
  return {
    locale,
    title: review.title,
    consultationTitle: review.consultationTitle,
    period: review.period,
    dateLine: review.dateLine,
    slug: review.slug,
    // sanitised on the server (no raw HTML, unsafe links dropped): see review-markdown.server.ts
    sections: reviewSectionsHtml(review).map(({ number, title, html }) => ({
      number,
      title,
      html,
    })),
    annex: review.annex,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data ? `${data.title} — ${data.consultationTitle}` : translator("en")("errors.notFound.title"),
  );

export default function PublishedReview() {
  const review = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/consultations/${review.slug}`}>{review.consultationTitle}</Link>
      </p>
      <h1>{review.title}</h1>
      <p className="lead">{review.consultationTitle}</p>
      <p>{review.period}</p>
      {review.dateLine ? <p>{review.dateLine}</p> : null}
      <p>{t("reviewPublication.public.intro", { consultation: review.consultationTitle })}</p>
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title">{t("reviewPublication.document.contents")}</h2>
        <ol>
          {review.sections.map((section) => (
            <li key={section.number}>
              <a href={`#section-${section.number}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#annex">{t("reviewPublication.document.annex")}</a>
          </li>
        </ol>
      </nav>
      {review.sections.map((section) => (
        <section
          key={section.number}
          id={`section-${section.number}`}
          aria-labelledby={`section-${section.number}-title`}
          className="review-section"
        >
          <h2 id={`section-${section.number}-title`}>
            {t("reviewPublication.document.sectionHeading", {
              number: section.number,
              title: section.title,
            })}
          </h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
      <section id="annex" aria-labelledby="annex-title">
        <h2 id="annex-title">{t("reviewPublication.document.annex")}</h2>
        <p>
          {review.annex.length > 0
            ? t("reviewPublication.document.annexIntro")
            : t("reviewPublication.document.annexEmpty")}
        </p>
        <ol className="annex">
          {review.annex.map((entry) => (
            <li key={entry.number} id={`citation-${entry.number}`} value={entry.number}>
              <cite>{entry.title}</cite>.{" "}
              {entry.organization ?? t("reviewPublication.document.anonymous")}.{" "}
              {entry.path ? (
                <Link to={entry.path}>
                  {t("reviewPublication.public.readPractice", { reference: entry.reference })}
                </Link>
              ) : (
                t("reviewPublication.document.reference", { reference: entry.reference })
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
