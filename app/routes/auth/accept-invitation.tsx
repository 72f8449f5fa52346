import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, NewPasswordField, summaryErrors, TextField } from "~/components/forms";
import { AcceptInvitationSchema } from "~/features/accounts/accounts.schema";
import { acceptInvitation, inspectInvitation } from "~/features/accounts/invitations.server";
import { sessionCookie } from "~/features/accounts/sessions.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ token: z.string().max(64) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { token } = parseParams(ParamsSchema, params);
  const invitation = await inspectInvitation(context.db, token, new Date());
  return data(
    { locale, invitation },
    { status: invitation.state === "valid" ? 200 : invitation.state === "invalid" ? 404 : 410 },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { token } = parseParams(ParamsSchema, params);
  const { submission } = await parseForm(request, locale, AcceptInvitationSchema);
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const now = new Date();
  const result = await acceptInvitation(context.db, token, {
    ...submission.value,
    ip: context.clientIp,
    userAgent: request.headers.get("User-Agent"),
    now,
  });
  if (!result.ok) {
    const [error] = result.errors;
    const passwordError = error === "tooShort" || error === "tooLong" || error === "common";
    // the same status as the page itself: no such link 404, a used or expired one 410
    const status = error === "invalid" ? 404 : error === "used" || error === "expired" ? 410 : 400;
    return data(
      submission.reply({
        hideFields: ["password"],
        ...(passwordError
          ? { fieldErrors: { password: [`password.${error}`] } }
          : {
              formErrors: [
                error === "accountExists" ? "invitation.accountExists" : `invitation.${error}.body`,
              ],
            }),
      }),
      { status },
    );
  }
  const next = result.staff
    ? `/${submission.value.language}/two-factor/setup`
    : `/${submission.value.language}/account`;
  return redirect(next, {
    headers: { "Set-Cookie": sessionCookie(result.session.token, result.session.expiresAt, now) },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("invitation.title"));

export default function AcceptInvitation() {
  const { invitation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm<z.input<typeof AcceptInvitationSchema>>({
    lastResult,
    defaultValue: {
      name: invitation.state === "valid" ? (invitation.name ?? "") : "",
      language: invitation.state === "valid" ? (invitation.language ?? locale) : locale,
    },
  });
  if (invitation.state !== "valid") {
    return (
      <>
        <h1>{t(`invitation.${invitation.state}.title`)}</h1>
        <p>{t(`invitation.${invitation.state}.body`)}</p>
        <p>
          <Link to={`/${locale}/sign-in`}>{t("nav.signIn")}</Link>
        </p>
      </>
    );
  }
  const errors = summaryErrors(
    {
      "": form.errors,
      name: fields.name.errors,
      language: fields.language.errors,
      password: fields.password.errors,
    },
    { name: "name", language: "language-en", password: "password" },
  );
  return (
    <>
      <h1>{t("invitation.title")}</h1>
      <p>
        {invitation.organizationName
          ? t("invitation.introOrganization", {
              organization: invitation.organizationName[locale],
              email: invitation.email,
            })
          : t("invitation.intro", { email: invitation.email })}
      </p>
      <ErrorSummary errors={errors} />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          {...getInputProps(fields.name, { type: "text" })}
          id="name"
          label={t("invitation.name")}
          autoComplete="name"
          errors={fields.name.errors}
        />
        <fieldset className="fieldset">
          <legend>{t("invitation.language")}</legend>
          {(["en", "fr"] as const).map((lang) => (
            <div className="checkbox" key={lang}>
              <input
                type="radio"
                id={`language-${lang}`}
                name={fields.language.name}
                value={lang}
                defaultChecked={fields.language.initialValue === lang}
              />
              <label htmlFor={`language-${lang}`} lang={lang}>
                {translator(lang)("layout.languageName")}
              </label>
            </div>
          ))}
        </fieldset>
        <NewPasswordField
          {...getInputProps(fields.password, { type: "password" })}
          label={t("invitation.password")}
          hint={t("password.hint")}
          errors={fields.password.errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("invitation.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
