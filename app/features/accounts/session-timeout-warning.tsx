import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { useSignedIn } from "./use-signed-in";

export const WARN_BEFORE_MS = 2 * 60_000;

/**
 * Two minutes before an idle session ends, offers to extend it (QUALITY R9, WCAG 2.2.1).
 * Nothing on the page is reloaded, so what the person typed stays where it is. The server
 * says how long is left; the deadline is counted on this device's clock from then.
 */
export function SessionTimeoutWarning() {
  const signedIn = useSignedIn();
  const { t, locale } = useTranslation();
  const fetcher = useFetcher<{ idleRemainingMs: number | null }>();
  const location = useLocation();
  const remainingMs = fetcher.data?.idleRemainingMs ?? signedIn?.idleRemainingMs ?? null;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    if (remainingMs === null) return setDeadline(null);
    setDeadline(Date.now() + remainingMs);
  }, [remainingMs, location.key]);

  useEffect(() => {
    if (deadline === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, [deadline]);

  if (deadline === null || now === null) return null;
  const remaining = deadline - now;
  if (remaining > WARN_BEFORE_MS || remaining <= 0) return null;
  return (
    <div
      className="session-warning"
      role="alertdialog"
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-body"
    >
      <h2 id="session-warning-title">{t("sessionWarning.title")}</h2>
      <p id="session-warning-body">
        {t("sessionWarning.body", { minutes: Math.max(1, Math.ceil(remaining / 60_000)) })}
      </p>
      <fetcher.Form method="post" action={`/${locale}/session/extend`}>
        <button type="submit" className="button" autoFocus>
          {t("sessionWarning.extend")}
        </button>
      </fetcher.Form>
    </div>
  );
}
