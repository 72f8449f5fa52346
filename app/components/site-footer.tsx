import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";

export function SiteFooter() {
  const { t, locale } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <h2 className="visually-hidden">{t("layout.aboutThisSite")}</h2>
        <ul className="site-footer__links">
          <li>
            <Link to={`/${locale}/privacy`}>{t("nav.privacy")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/accessibility`}>{t("nav.accessibility")}</Link>
          </li>
        </ul>
        <p>{t("layout.footerNote")}</p>
      </div>
    </footer>
  );
}
