import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
import { catalogs, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

/** Field errors are catalog keys (our rules) or zod's own localized sentences. */
export function useErrorText() {
  const { t, locale } = useTranslation();
  return (message: string) => (message in catalogs[locale] ? t(message as MessageKey) : message);
}

export interface SummaryError {
  /** the id of the field to jump to, or null for a form-level error */
  fieldId: string | null;
  message: string;
}

/**
 * GC Design System style: errors listed at the top, each linking to its field, focused when
 * the page comes back with errors so screen-reader users hear them first.
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">{t("form.errorSummary", { count: errors.length })}</h2>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.fieldId}-${index}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`}>{errorText(error.message)}</a>
            ) : (
              errorText(error.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {errors.map(errorText).join(" ")}
        </p>
      ) : null}
      {children(describedBy, Boolean(errors?.length))}
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  errors,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...input}
        />
      )}
    </Field>
  );
}

/** The errors of a Conform submission reply, in field order, for the summary. */
export function summaryErrors(
  error: Record<string, string[] | null | undefined> | null | undefined,
  fieldIds: Record<string, string>,
): SummaryError[] {
  if (!error) return [];
  return Object.entries(error).flatMap(([name, messages]) =>
    (messages ?? []).map((message) => ({
      fieldId: name === "" ? null : (fieldIds[name] ?? null),
      message,
    })),
  );
}

/** A field for choosing a new password: the policy as a hint, browser managers told it is new. */
export function NewPasswordField({
  label,
  hint,
  errors,
  ...input
}: {
  label: string;
  hint: string;
  errors?: string[] | undefined;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <TextField
      {...input}
      type="password"
      id="password"
      label={label}
      hint={hint}
      autoComplete="new-password"
      errors={errors}
    />
  );
}
