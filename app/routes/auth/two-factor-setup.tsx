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
import { TotpCodeSchema } from "~/features/accounts/accounts.schema";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { isStaff } from "~/features/accounts/permissions";
import { enrolTotp, newTotpEnrolment } from "~/features/accounts/two-factor.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  // Once enrolled, this page only says so (it must still render the recovery codes that the
  // enrolling POST returns, with or without JavaScript); changing a key is an admin reset.
  if (signedIn.user.totpEnrolledAt)
    return { locale, enrolment: null, staff: isStaff(signedIn.roles) };
  return {
    locale,
    enrolment: await newTotpEnrolment(signedIn.user.email, signedIn.session.id),
    staff: isStaff(signedIn.roles),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  if (signedIn.user.totpEnrolledAt) throw redirect(`/${locale}/two-factor/verify`);
  const { submission } = await parseForm(request, locale, TotpCodeSchema);
  if (submission.status !== "success")
    return data({ result: submission.reply(), recoveryCodes: null }, { status: 400 });
  const result = await enrolTotp(context.db, {
    userId: signedIn.user.id,
    sessionId: signedIn.session.id,
    code: submission.value.code,
    ip: context.clientIp,
    now: new Date(),
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    return data(
      {
        result: submission.reply({ fieldErrors: { code: ["twoFactor.invalidCode"] } }),
        recoveryCodes: null,
      },
      { status: 400 },
    );
  }
  return { result: null, recoveryCodes: result.recoveryCodes };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("twoFactor.setup.title"));

export default function TwoFactorSetup() {
  const { enrolment } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm<z.input<typeof TotpCodeSchema>>({
    lastResult: actionData?.result,
  });
  if (!actionData?.recoveryCodes && !enrolment) {
    return (
      <>
        <h1>{t("twoFactor.setup.title")}</h1>
        <p>{t("twoFactor.setup.alreadyOn")}</p>
        <p>
          <Link to={`/${locale}/account`}>{t("nav.account")}</Link>
        </p>
      </>
    );
  }
  if (actionData?.recoveryCodes || !enrolment) {
    return (
      <>
        <h1>{t("twoFactor.recovery.title")}</h1>
        <p>{t("twoFactor.recovery.intro")}</p>
        <ul className="code-list" aria-label={t("twoFactor.recovery.title")}>
          {(actionData?.recoveryCodes ?? []).map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <p>
          <Link to={`/${locale}/staff`} className="button">
            {t("twoFactor.recovery.continue")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("twoFactor.setup.title")}</h1>
      <p>{t("twoFactor.setup.intro")}</p>
      <ErrorSummary
        errors={summaryErrors({ "": form.errors, code: fields.code.errors }, { code: "code" })}
      />
      <p>{t("twoFactor.setup.step1")}</p>
      {/* The SVG comes from the qrcode library, built from our own key URI, not from user input. */}
      <div
        className="qr"
        role="img"
        aria-label={t("twoFactor.setup.qrLabel")}
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <dl className="facts">
        <dt>{t("twoFactor.setup.manualKey")}</dt>
        <dd>
          <code data-testid="totp-key">{enrolment.manualKey}</code>
        </dd>
      </dl>
      <Form method="post" {...getFormProps(form)}>
        <TextField
          {...getInputProps(fields.code, { type: "text" })}
          id="code"
          label={t("twoFactor.code")}
          autoComplete="one-time-code"
          inputMode="numeric"
          errors={fields.code.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("twoFactor.setup.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
