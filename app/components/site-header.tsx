import { Link, useLocation } from "@remix-run/react";
import { otherLocale, switchLocalePath } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export function SiteHeader() {
  const { t, locale } = useTranslation();
  const location = useLocation();
  const other = otherLocale(locale);
  // The toggle is written in the language it leads to, as on Canada.ca.
  const otherT = translator(other);
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to={`/${locale}`} className="site-header__brand">
          <span className="site-header__government">{t("layout.government")}</span>
          <span className="site-header__name">{t("app.name")}</span>
        </Link>
        <section aria-label={t("layout.languageSelection")}>
          <Link
            to={switchLocalePath(location.pathname, location.search, other)}
            lang={other}
            hrefLang={other}
            className="site-header__language"
          >
            {otherT("layout.languageName")}
          </Link>
        </section>
      </div>
      <nav aria-label={t("layout.mainNavigation")} className="site-nav">
        <ul className="container site-nav__list">
          <li>
            <Link to={`/${locale}`}>{t("nav.home")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/objectives`}>{t("nav.objectives")}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
