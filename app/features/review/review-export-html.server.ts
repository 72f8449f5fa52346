import { translator } from "~/i18n/translate";
import { renderReviewMarkdown } from "./review-markdown.server";
import type { ReviewDocument } from "./review-export.server";

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/**
 * A section's sanitised HTML with its headings moved under the section's own h2 (a drafter's
 * `#` becomes h3), so the outline of the page stays in order.
 */
export function sectionHtml(markdown: string, citationNumbers: Map<string, number>) {
  // Raw HTML is escaped by the renderer, so every `<hN` here is one the renderer wrote.
  return renderReviewMarkdown(markdown, { citationNumbers }).replace(
    /<(\/?)h([1-6])>/g,
    (_whole, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}>`,
  );
}

export function reviewSectionsHtml(review: ReviewDocument) {
  return review.sections.map((section) => ({
    ...section,
    html: sectionHtml(section.markdown, review.citationNumbers),
  }));
}

/** A standalone, accessible HTML document of the review (no script, styles inline). */
export function reviewHtml(review: ReviewDocument): string {
  const t = translator(review.locale);
  const heading = (number: number, title: string) =>
    escape(t("reviewPublication.document.sectionHeading", { number, title }));
  const sections = reviewSectionsHtml(review);
  const annex = review.annex
    .map(
      (entry) =>
        `<li id="citation-${entry.number}" value="${entry.number}"><cite>${escape(entry.title)}</cite>. ${escape(
          entry.organization ?? t("reviewPublication.document.anonymous"),
        )}. ${escape(t("reviewPublication.document.reference", { reference: entry.reference }))}.${
          entry.url ? ` <a href="${escape(entry.url)}">${escape(entry.url)}</a>` : ""
        }</li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${review.locale === "fr" ? "fr-CA" : "en-CA"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${review.title} — ${review.consultationTitle}`)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.6;color:#1b1b1b;background:#fff;max-width:46rem;margin:0 auto;padding:1.5rem}
a{color:#1a4d8f}a:focus{outline:3px solid #1a4d8f;outline-offset:2px}
header{border-bottom:2px solid #1b1b1b;margin-bottom:2rem;padding-bottom:1rem}
sup.citation{font-size:.75em;line-height:0}
section{margin-top:2.5rem}
@media print{section{break-before:page}nav{break-after:page}}
</style>
</head>
<body>
<header>
<h1>${escape(review.title)}</h1>
<p>${escape(review.consultationTitle)}</p>
<p>${escape(review.period)}</p>
${review.dateLine ? `<p>${escape(review.dateLine)}</p>` : ""}
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">${escape(t("reviewPublication.document.contents"))}</h2>
<ol>
${sections.map((s) => `<li><a href="#section-${s.number}">${escape(s.title)}</a></li>`).join("\n")}
<li><a href="#annex">${escape(t("reviewPublication.document.annex"))}</a></li>
</ol>
</nav>
<main>
${sections
  .map(
    (s) =>
      `<section id="section-${s.number}" aria-labelledby="section-${s.number}-title">
<h2 id="section-${s.number}-title">${heading(s.number, s.title)}</h2>
${s.html}
</section>`,
  )
  .join("\n")}
<section id="annex" aria-labelledby="annex-title">
<h2 id="annex-title">${escape(t("reviewPublication.document.annex"))}</h2>
<p>${escape(
    review.annex.length > 0
      ? t("reviewPublication.document.annexIntro")
      : t("reviewPublication.document.annexEmpty"),
  )}</p>
<ol>
${annex}
</ol>
</section>
</main>
</body>
</html>
`;
}
