import { useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";

// What a person types in a long form is kept on their device until the form has gone
// through, so a session that ended while they typed (QUALITY R9) costs them a sign-in,
// not their text. Forms opt in with `data-keep-typed`; only text fields are kept, in
// sessionStorage (this tab only, gone when it closes), never on the server or in cookies.

const PREFIX = "roundtable:typed:";
const KEPT_SELECTOR = [
  "form[data-keep-typed] textarea",
  "form[data-keep-typed] input[type=text]",
  "form[data-keep-typed] input:not([type])",
].join(", ");

interface Kept {
  values: Record<string, string>;
  /** the form was sent; if the next page is not the sign-in page, it went through */
  sent: boolean;
}

function read(key: string): Kept | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}

function write(key: string, kept: Kept) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // storage full or disabled: nothing kept, nothing broken
  }
}

export function TypedTextKeeper() {
  const location = useLocation();
  const { t } = useTranslation();
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const key = PREFIX + location.pathname;
    const onSignInPage = /\/sign-in$|\/two-factor\/verify$/.test(location.pathname);
    // Any other page reached after a form was sent means that form went through.
    for (let index = window.sessionStorage.length - 1; index >= 0; index--) {
      const other = window.sessionStorage.key(index);
      if (!other?.startsWith(PREFIX) || other === key || onSignInPage) continue;
      if (read(other)?.sent) window.sessionStorage.removeItem(other);
    }
    const kept = read(key);
    setRestored(false);
    if (kept && !onSignInPage) {
      let filled = 0;
      for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        KEPT_SELECTOR,
      )) {
        const value = kept.values[field.name];
        if (value && field.value !== value) {
          // the default too, so that a form library resetting the form keeps the text
          field.defaultValue = value;
          field.value = value;
          filled += 1;
        }
      }
      if (filled > 0) setRestored(true);
      write(key, { ...kept, sent: false });
    }

    const onInput = (event: Event) => {
      const field = event.target as HTMLInputElement | HTMLTextAreaElement;
      if (!field.matches?.(KEPT_SELECTOR) || !field.name) return;
      const current = read(key) ?? { values: {}, sent: false };
      write(key, { values: { ...current.values, [field.name]: field.value }, sent: false });
    };
    const onSubmit = (event: Event) => {
      const form = event.target as HTMLFormElement;
      if (!form.matches?.("form[data-keep-typed]")) return;
      const current = read(key);
      if (current) write(key, { ...current, sent: true });
    };
    document.addEventListener("input", onInput);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("input", onInput);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [location.pathname, location.key]);

  if (!restored) return null;
  return (
    <p className="notice" role="status">
      {t("typedText.restored")}
    </p>
  );
}
