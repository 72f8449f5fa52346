import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, TextField } from "~/components/forms";
import { SignInSchema } from "~/features/accounts/accounts.schema";
import { safeRedirectPath } from "~/features/accounts/auth.server";
import { sessionCookie } from "~/features/accounts/sessions.server";
import { signIn } from "~/features/accounts/sign-in.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const url = new URL(request.url);
  const notice = url.searchParams.get("notice");
  return {
    locale,
    redirectTo: url.searchParams.get("redirectTo"),
    notice: notice === "signed-out" || notice === "password-reset" ? notice : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { submission } = await parseForm(request, locale, SignInSchema);
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const now = new Date();
  const result = await signIn(context.db, {
    email: submission.value.email,
    password: submission.value.password,
    ip: context.clientIp,
    userAgent: request.headers.get("User-Agent"),
    now,
  });
  if (!result.ok) {
    const limited = result.error === "rate-limited";
    return data(
      submission.reply({
        formErrors: [limited ? "signIn.rateLimited" : "signIn.invalid"],
        hideFields: ["password"],
      }),
      {
        status: limited ? 429 : 400,
      },
    );
  }
  const back = safeRedirectPath(submission.value.redirectTo, `/${locale}/account`);
  const next =
    result.next === "two-factor-setup"
      ? `/${locale}/two-factor/setup`
      : result.next === "two-factor-verify"
        ? `/${locale}/two-factor/verify?redirectTo=${encodeURIComponent(back)}`
        : back;
  return redirect(next, {
    headers: { "Set-Cookie": sessionCookie(result.session.token, result.session.expiresAt, now) },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("signIn.title"));

export default function SignIn() {
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm<z.input<typeof SignInSchema>>({
    lastResult,
    shouldRevalidate: "onBlur",
  });
  const errors = summaryErrors(
    { "": form.errors, email: fields.email.errors, password: fields.password.errors },
    { email: "email", password: "password" },
  );
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      {notice === "signed-out" ? (
        <p className="success-box" role="status">
          {t("signIn.signedOut")}
        </p>
      ) : null}
      {notice === "password-reset" ? (
        <p className="success-box" role="status">
          {t("reset.done")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" {...getFormProps(form)}>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <TextField
          {...getInputProps(fields.email, { type: "email" })}
          id="email"
          label={t("signIn.email")}
          autoComplete="username"
          errors={fields.email.errors}
        />
        <TextField
          {...getInputProps(fields.password, { type: "password" })}
          id="password"
          label={t("signIn.password")}
          autoComplete="current-password"
          errors={fields.password.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("signIn.submit")}
          </button>
          <Link to={`/${locale}/forgot-password`}>{t("signIn.forgot")}</Link>
        </div>
      </Form>
      <p>{t("signIn.noAccount")}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
