import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, NewPasswordField, summaryErrors } from "~/components/forms";
import { NewPasswordSchema } from "~/features/accounts/accounts.schema";
import { resetPassword } from "~/features/accounts/password-reset.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ token: z.string().max(64) });

export function loader({ params }: LoaderFunctionArgs) {
  parseParams(ParamsSchema, params);
  return { locale: requireLocale(params) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { token } = parseParams(ParamsSchema, params);
  const { submission } = await parseForm(request, locale, NewPasswordSchema);
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await resetPassword(context.db, token, submission.value.password, {
    ip: context.clientIp,
    now: new Date(),
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    const [error] = result.errors;
    return data(
      submission.reply({
        hideFields: ["password"],
        ...(error === "invalid"
          ? { formErrors: ["reset.invalid"] }
          : { fieldErrors: { password: [`password.${error}`] } }),
      }),
      { status: 400 },
    );
  }
  return redirect(`/${locale}/sign-in?notice=password-reset`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("reset.title"));

export default function ResetPassword() {
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm<z.input<typeof NewPasswordSchema>>({ lastResult });
  return (
    <>
      <h1>{t("reset.title")}</h1>
      <ErrorSummary
        errors={summaryErrors(
          { "": form.errors, password: fields.password.errors },
          { password: "password" },
        )}
      />
      {form.errors?.includes("reset.invalid") ? (
        <p>
          <Link to={`/${locale}/forgot-password`}>{t("forgot.title")}</Link>
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <NewPasswordField
          {...getInputProps(fields.password, { type: "password" })}
          label={t("reset.password")}
          hint={t("password.hint")}
          errors={fields.password.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("reset.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
