import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, TextField } from "~/components/forms";
import { ForgotPasswordSchema } from "~/features/accounts/accounts.schema";
import { requestPasswordReset } from "~/features/accounts/password-reset.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export function loader({ params }: LoaderFunctionArgs) {
  return { locale: requireLocale(params) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { submission } = await parseForm(request, locale, ForgotPasswordSchema);
  if (submission.status !== "success")
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  const outcome = await requestPasswordReset(context.db, {
    email: submission.value.email,
    ip: context.clientIp,
    now: new Date(),
    publicUrl: context.publicUrl,
  });
  if (!outcome.ok)
    return data(
      { result: submission.reply({ formErrors: ["forgot.rateLimited"] }), sent: false },
      { status: 429 },
    );
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("forgot.title"));

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof ForgotPasswordSchema>>({
    lastResult: actionData?.result,
  });
  return (
    <>
      <h1>{t("forgot.title")}</h1>
      {actionData?.sent ? (
        <p className="success-box" role="status">
          {t("forgot.sent")}
        </p>
      ) : (
        <p>{t("forgot.intro")}</p>
      )}
      <ErrorSummary
        errors={summaryErrors({ "": form.errors, email: fields.email.errors }, { email: "email" })}
      />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          {...getInputProps(fields.email, { type: "email" })}
          id="email"
          label={t("signIn.email")}
          autoComplete="email"
          errors={fields.email.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("forgot.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
