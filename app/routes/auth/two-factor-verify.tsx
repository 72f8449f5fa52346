import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, TextField } from "~/components/forms";
import { TotpCodeSchema } from "~/features/accounts/accounts.schema";
import { requireSignedIn, safeRedirectPath } from "~/features/accounts/auth.server";
import { verifySecondFactor } from "~/features/accounts/two-factor.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  if (!signedIn.user.totpEnrolledAt) throw redirect(`/${locale}/two-factor/setup`);
  return { locale };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const { submission } = await parseForm(request, locale, TotpCodeSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await verifySecondFactor(context.db, {
    userId: signedIn.user.id,
    sessionId: signedIn.session.id,
    code: submission.value.code,
    ip: context.clientIp,
    now: new Date(),
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    const limited = result.errors[0] === "rate-limited";
    return data(
      submission.reply({
        fieldErrors: { code: [limited ? "twoFactor.rateLimited" : "twoFactor.invalidCode"] },
      }),
      {
        status: limited ? 429 : 400,
      },
    );
  }
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return redirect(safeRedirectPath(redirectTo, `/${locale}/staff`));
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("twoFactor.verify.title"));

export default function TwoFactorVerify() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof TotpCodeSchema>>({ lastResult });
  return (
    <>
      <h1>{t("twoFactor.verify.title")}</h1>
      <p>{t("twoFactor.verify.intro")}</p>
      <ErrorSummary
        errors={summaryErrors({ "": form.errors, code: fields.code.errors }, { code: "code" })}
      />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          {...getInputProps(fields.code, { type: "text" })}
          id="code"
          label={t("twoFactor.verify.codeOrRecovery")}
          autoComplete="one-time-code"
          inputMode="numeric"
          errors={fields.code.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("twoFactor.verify.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
