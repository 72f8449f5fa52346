import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { useSignedIn } from "./use-signed-in";

const WARN_BEFORE_MS = 2 * 60_000;

/**
 * Two minutes before an idle session ends, offers to extend it (QUALITY R9, WCAG 2.2.1).
 * Nothing on the page is reloaded, so what the person typed stays where it is.
 */
export function SessionTimeoutWarning() {
  const signedIn = useSignedIn();
  const { t, locale } = useTranslation();
  const fetcher = useFetcher<{ idleExpiresAt: string }>();
  const location = useLocation();
  const expiresAt = fetcher.data?.idleExpiresAt ?? signedIn?.idleExpiresAt ?? null;
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    if (!expiresAt) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [expiresAt, location.key]);

  if (!expiresAt || now === null) return null;
  const remaining = new Date(expiresAt).getTime() - now;
  if (remaining > WARN_BEFORE_MS || remaining <= 0) return null;
  return (
    <div className="session-warning" role="alertdialog" aria-labelledby="session-warning-title" aria-describedby="session-warning-body">
      <h2 id="session-warning-title">{t("sessionWarning.title")}</h2>
      <p id="session-warning-body">{t("sessionWarning.body", { minutes: Math.max(1, Math.ceil(remaining / 60_000)) })}</p>
      <fetcher.Form method="post" action={`/${locale}/session/extend`}>
        <button type="submit" className="button" autoFocus>
          {t("sessionWarning.extend")}
        </button>
      </fetcher.Form>
    </div>
  );
}
