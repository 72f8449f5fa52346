import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
} from "@conform-to/react";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Field, summaryErrors, TextField } from "~/components/forms";
import { InvitePersonSchema } from "~/features/accounts/accounts.schema";
import { requireStaff } from "~/features/accounts/auth.server";
import type { Role } from "~/features/accounts/permissions";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { getInvitationForm, sendInvitation } from "~/features/admin/invite.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const LANGUAGES = ["en", "fr", "none"] as const;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "invite:contributor");
  return { locale, ...(await getInvitationForm(context.db, staff.actor, locale)) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "invite:contributor");
  const { submission } = await parseForm(request, locale, InvitePersonSchema);
  if (submission.status !== "success")
    return data({ result: submission.reply(), invited: null }, { status: 400 });
  const result = await sendInvitation(context.db, staff.actor, submission.value, {
    publicUrl: context.publicUrl,
    ip: context.clientIp,
    now: new Date(),
  });
  if (!result.ok) {
    const [error] = result.errors;
    const reply =
      error === "accountExists"
        ? submission.reply({ fieldErrors: { email: ["admin.invite.accountExists"] } })
        : error === "noOrganization"
          ? submission.reply({ fieldErrors: { organizationId: ["admin.invite.noOrganization"] } })
          : error === "unknownOrganization"
            ? submission.reply({
                fieldErrors: { organizationId: ["admin.invite.unknownOrganization"] },
              })
            : error === "rate-limited"
              ? submission.reply({ formErrors: ["errors.tooMany.body"] })
              : submission.reply({ formErrors: ["admin.invite.forbiddenRoles"] });
    const status = error === "forbidden" ? 403 : error === "rate-limited" ? 429 : 400;
    return data({ result: reply, invited: null }, { status });
  }
  return { result: submission.reply({ resetForm: true }), invited: result.email };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("admin.invite.title"));

const LANGUAGE_LABELS = {
  en: "admin.language.en",
  fr: "admin.language.fr",
  none: "admin.language.none",
} as const satisfies Record<(typeof LANGUAGES)[number], MessageKey>;

export default function Invite() {
  const { organizations, roles } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof InvitePersonSchema>>({
    lastResult: actionData?.result,
    defaultValue: { language: "none", roles: ["contributor"] },
    shouldRevalidate: "onBlur",
  });
  const errors = summaryErrors(
    {
      "": form.errors,
      email: fields.email.errors,
      name: fields.name.errors,
      organizationId: fields.organizationId.errors,
      roles: fields.roles.errors,
      language: fields.language.errors,
    },
    {
      email: "email",
      name: "name",
      organizationId: "organizationId",
      roles: `role-${roles[0]}`,
      language: "language-en",
    },
  );
  return (
    <>
      <AdminBreadcrumb />
      <h1>{t("admin.invite.title")}</h1>
      <p>{t("admin.invite.intro")}</p>
      {actionData?.invited ? (
        <p className="success-box" role="status">
          {t("admin.invite.sent", { email: actionData.invited })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          {...getInputProps(fields.email, { type: "email" })}
          id="email"
          label={t("admin.invite.email")}
          autoComplete="off"
          errors={fields.email.errors}
        />
        <TextField
          {...getInputProps(fields.name, { type: "text" })}
          id="name"
          label={t("admin.invite.name")}
          hint={t("admin.invite.nameHint")}
          autoComplete="off"
          errors={fields.name.errors}
        />
        <fieldset className="fieldset">
          <legend>{t("admin.invite.language")}</legend>
          {getCollectionProps(fields.language, { type: "radio", options: [...LANGUAGES] }).map(
            ({ key, ...props }) => (
              <div className="checkbox" key={key}>
                <input {...props} id={`language-${props.value}`} />
                <label htmlFor={`language-${props.value}`}>
                  {t(LANGUAGE_LABELS[props.value as (typeof LANGUAGES)[number]])}
                </label>
              </div>
            ),
          )}
        </fieldset>
        <Field
          id="organizationId"
          label={t("admin.invite.organization")}
          hint={t("admin.invite.organizationHint")}
          errors={fields.organizationId.errors}
        >
          {(describedBy, invalid) => (
            <select
              {...getSelectProps(fields.organizationId)}
              id="organizationId"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              <option value="">{t("admin.invite.noOrganizationOption")}</option>
              {organizations.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>{t("admin.invite.roles")}</legend>
          <p className="field__hint">{t("admin.invite.rolesHint")}</p>
          {getCollectionProps(fields.roles, { type: "checkbox", options: [...roles] }).map(
            ({ key, ...props }) => (
              <div className="checkbox" key={key}>
                <input {...props} id={`role-${props.value}`} />
                <label htmlFor={`role-${props.value}`}>{t(`role.${props.value as Role}`)}</label>
              </div>
            ),
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            {t("admin.invite.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
