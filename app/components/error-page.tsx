import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { otherLocale } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { useLocale } from "~/i18n/use-translation";

/**
 * Error pages speak both official languages, as Canada.ca's do: the visitor may have
 * arrived from a link in the other language. Nothing of the error itself is shown.
 */
export function errorKind(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind =
    status === 404
      ? "notFound"
      : status === 403
        ? "forbidden"
        : status === 429
          ? "tooMany"
          : status === 503
            ? "unavailable"
            : "serverError";
  return { status, kind } as const;
}

export function ErrorPage() {
  const error = useRouteError();
  const locale = useLocale();
  const { status, kind } = errorKind(error);
  const t = translator(locale);
  return (
    <div className="error-page">
      {/* A route that failed has no data for <Meta>; the first <title> in the document wins. */}
      <title>{`${t(`errors.${kind}.title`)} – ${t("app.name")}`}</title>
      {[locale, otherLocale(locale)].map((lang, index) => {
        const t = translator(lang);
        const Heading = index === 0 ? "h1" : "h2";
        return (
          <section key={lang} lang={lang} className="error-page__language">
            <Heading>{t(`errors.${kind}.title`)}</Heading>
            <p>{t(`errors.${kind}.body`)}</p>
            <p className="error-page__code">{t("errors.code", { status })}</p>
            <p>
              <Link to={`/${lang}`} reloadDocument>
                {t("errors.backHome")}
              </Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
