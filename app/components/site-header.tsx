import { Form, Link, useLocation } from "@remix-run/react";
import { useSignedIn } from "~/features/accounts/use-signed-in";
import { otherLocale, switchLocalePath } from "~/i18n/locale";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export function SiteHeader() {
  const { t, locale } = useTranslation();
  const location = useLocation();
  const other = otherLocale(locale);
  // The toggle is written in the language it leads to, as on Canada.ca.
  const otherT = translator(other);
  const signedIn = useSignedIn();
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to={`/${locale}`} className="site-header__brand">
          <span className="site-header__government">{t("layout.government")}</span>
          <span className="site-header__name">{t("app.name")}</span>
        </Link>
        <div className="site-header__account">
          {signedIn ? (
            <>
              <span className="visually-hidden">
                {t("nav.signedInAs", { name: signedIn.name })}
              </span>
              <Link
                to={`/${locale}/notifications`}
                aria-label={t("nav.notificationsUnread", { count: signedIn.unread })}
              >
                {t("nav.notifications")}{" "}
                {signedIn.unread > 0 ? <span className="badge">{signedIn.unread}</span> : null}
              </Link>
              <Link to={`/${locale}/account`}>{t("nav.account")}</Link>
              <Form method="post" action={`/${locale}/sign-out`}>
                <button type="submit" className="button--link button">
                  {t("nav.signOut")}
                </button>
              </Form>
            </>
          ) : (
            <Link to={`/${locale}/sign-in`}>{t("nav.signIn")}</Link>
          )}
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
      </div>
      <nav aria-label={t("layout.mainNavigation")} className="site-nav">
        <ul className="container site-nav__list">
          <li>
            <Link to={`/${locale}`}>{t("nav.home")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/objectives`}>{t("nav.objectives")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/practices`}>{t("nav.practices")}</Link>
          </li>
          {signedIn && !signedIn.staff ? (
            <li>
              <Link to={`/${locale}/my/inputs`}>{t("nav.myInputs")}</Link>
            </li>
          ) : null}
          {signedIn && !signedIn.staff ? (
            <li>
              <Link to={`/${locale}/my/surveys`}>{t("surveys.mine.title")}</Link>
            </li>
          ) : null}
          {signedIn?.staff ? (
            <li>
              <Link to={`/${locale}/staff`}>{t("nav.staff")}</Link>
            </li>
          ) : null}
          {signedIn?.admin ? (
            <li>
              <Link to={`/${locale}/admin`}>{t("nav.admin")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
