import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "./components/error-page";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { useTranslation } from "./i18n/use-translation";
import styles from "./styles/app.css";
import { useNonce } from "./utils/nonce";
import { getSignedInSummary } from "./features/accounts/signed-in-summary.server";
import { TypedTextKeeper } from "./components/typed-text-keeper";
import { SessionTimeoutWarning } from "./features/accounts/session-timeout-warning";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { signedIn: await getSignedInSummary(request, context.db) };
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** The page frame, shared by every page and every error: skip link, header, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, locale } = useTranslation();
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("layout.skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="container">
          <TypedTextKeeper />
          {children}
        </main>
        <SiteFooter />
        <SessionTimeoutWarning />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
