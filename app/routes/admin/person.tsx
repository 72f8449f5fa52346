import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Field, summaryErrors, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { ROLES } from "~/features/accounts/permissions";
import { AdminBreadcrumb } from "~/features/admin/admin-breadcrumb";
import { PersonChangeSchema, UserIdParamsSchema } from "~/features/admin/admin.schema";
import { AuditTable } from "~/features/admin/audit-table";
import { MomentTime } from "~/features/admin/moment-time";
import { applyPersonChange, getPersonPage } from "~/features/admin/people.server";
import { formatNumber, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const SAVED = {
  roles: "admin.person.saved.roles",
  "add-membership": "admin.person.saved.add-membership",
  "remove-membership": "admin.person.saved.remove-membership",
  deactivate: "admin.person.saved.deactivate",
  reactivate: "admin.person.saved.reactivate",
  "reset-two-factor": "admin.person.saved.reset-two-factor",
} as const satisfies Record<string, MessageKey>;

function savedNotice(value: string | null) {
  return value && Object.hasOwn(SAVED, value) ? SAVED[value as keyof typeof SAVED] : null;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:people");
  const { userId } = parseParams(UserIdParamsSchema, params);
  const page = await getPersonPage(context.db, locale, userId, new Date());
  if (!page) notFound();
  const saved = savedNotice(new URL(request.url).searchParams.get("saved"));
  return { locale, saved, ...page };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:people");
  const { userId } = parseParams(UserIdParamsSchema, params);
  const { submission } = await parseForm(request, locale, PersonChangeSchema);
  if (submission.status !== "success") {
    const errors = summaryErrors(submission.error, { organizationId: "organizationId" });
    return data({ errors }, { status: 400 });
  }
  const change = submission.value;
  const result = await applyPersonChange(context.db, staff.actor, userId, change, {
    ip: context.clientIp,
    now: new Date(),
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    if (result.errors.includes("notFound")) notFound();
    const message: MessageKey = result.errors.includes("selfLockout")
      ? change.intent === "roles"
        ? "admin.person.selfLockout.roles"
        : change.intent === "reset-two-factor"
          ? "admin.person.selfLockout.resetTwoFactor"
          : "admin.person.selfLockout.deactivate"
      : "admin.person.unknownOrganization";
    const errors: SummaryError[] = [{ fieldId: null, message }];
    return data({ errors }, { status: 409 });
  }
  // Post/redirect/get: reloading the page does not post the change again.
  return redirect(`/${locale}/admin/people/${userId}?saved=${change.intent}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, data?.person.name ?? translator("en")("admin.people.title"));

/** A new number for each answer of the action, so a refused form shows again what is saved. */
function useAnswerCount(answer: unknown) {
  const [seen, setSeen] = useState(answer);
  const [count, setCount] = useState(0);
  if (answer !== seen) {
    setSeen(answer);
    setCount(count + 1);
  }
  return count;
}

export default function Person() {
  const { person, roles, memberships, otherOrganizations, activeSessions, audit, saved } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const answers = useAnswerCount(actionData);
  const errors = actionData?.errors ?? [];
  const chooseError = errors.filter((error) => error.fieldId === "organizationId");
  const language = person.preferredLanguage
    ? t(`admin.language.${person.preferredLanguage}`)
    : t("admin.language.none");
  return (
    <>
      <AdminBreadcrumb people />
      <h1>{person.name}</h1>
      {saved && errors.length === 0 ? (
        <p className="success-box" role="status">
          {t(saved)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />

      <dl className="facts">
        <dt>{t("admin.people.email")}</dt>
        <dd>{person.email}</dd>
        <dt>{t("admin.people.status")}</dt>
        <dd>
          <span className="status">{t(`admin.personStatus.${person.status}`)}</span>
        </dd>
        <dt>{t("admin.person.language")}</dt>
        <dd>{language}</dd>
        <dt>{t("admin.person.twoFactor")}</dt>
        <dd>
          {t(person.twoFactorEnrolled ? "admin.person.twoFactorOn" : "admin.person.twoFactorOff")}
        </dd>
        <dt>{t("admin.person.createdAt")}</dt>
        <dd>
          <MomentTime value={person.createdAt} />
        </dd>
        <dt>{t("admin.person.lastSignIn")}</dt>
        <dd>
          {person.lastSignInAt ? (
            <MomentTime value={person.lastSignInAt} />
          ) : (
            t("admin.person.never")
          )}
        </dd>
        <dt>{t("admin.person.activeSessions")}</dt>
        <dd>{formatNumber(locale, activeSessions)}</dd>
      </dl>

      <h2 id="roles-heading">{t("admin.people.roles")}</h2>
      <Form method="post" key={`${roles.join(",")}-${answers}`} aria-labelledby="roles-heading">
        <fieldset className="fieldset">
          <legend>{t("admin.person.rolesLegend")}</legend>
          {ROLES.map((role) => (
            <div className="checkbox" key={role}>
              <input
                type="checkbox"
                id={`role-${role}`}
                name="roles"
                value={role}
                defaultChecked={roles.includes(role)}
              />
              <label htmlFor={`role-${role}`}>{t(`role.${role}`)}</label>
            </div>
          ))}
        </fieldset>
        <p className="field__hint">{t("admin.person.rolesHint")}</p>
        <button type="submit" name="intent" value="roles" className="button">
          {t("admin.person.saveRoles")}
        </button>
      </Form>

      <h2>{t("admin.people.organizations")}</h2>
      {memberships.length === 0 ? (
        <p>{t("admin.person.noMemberships")}</p>
      ) : (
        <ul>
          {memberships.map((organization) => (
            <li key={organization.id}>
              <Form method="post" className="actions">
                <span>{organization.name}</span>
                <input type="hidden" name="organizationId" value={organization.id} />
                <button
                  type="submit"
                  name="intent"
                  value="remove-membership"
                  className="button button--secondary"
                >
                  {t("admin.person.removeMembership")}
                  <span className="visually-hidden">
                    {" "}
                    {t("admin.person.removeMembershipFrom", { organization: organization.name })}
                  </span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {otherOrganizations.length > 0 ? (
        <Form method="post">
          <Field
            id="organizationId"
            label={t("admin.person.addMembership")}
            errors={chooseError.map((e) => e.message)}
          >
            {(describedBy, invalid) => (
              <select
                id="organizationId"
                name="organizationId"
                defaultValue=""
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              >
                <option value="">{t("admin.person.chooseOrganizationOption")}</option>
                {otherOrganizations.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" name="intent" value="add-membership" className="button">
            {t("admin.person.addMembershipSubmit")}
          </button>
        </Form>
      ) : null}

      <h2>{t("admin.person.access")}</h2>
      {person.status === "active" ? (
        <Form method="post">
          <p>{t("admin.person.deactivateHint")}</p>
          <button
            type="submit"
            name="intent"
            value="deactivate"
            className="button button--secondary"
          >
            {t("admin.person.deactivate")}
          </button>
        </Form>
      ) : (
        <Form method="post">
          <p>{t("admin.person.reactivateHint")}</p>
          <button type="submit" name="intent" value="reactivate" className="button">
            {t("admin.person.reactivate")}
          </button>
        </Form>
      )}

      {person.twoFactorEnrolled ? (
        <Form method="post">
          <p>{t("admin.person.resetTwoFactorHint")}</p>
          <button
            type="submit"
            name="intent"
            value="reset-two-factor"
            className="button button--secondary"
          >
            {t("admin.person.resetTwoFactor")}
          </button>
        </Form>
      ) : null}

      <h2>{t("admin.person.activity")}</h2>
      <AuditTable
        entries={audit}
        caption={t("admin.person.activityCaption", { name: person.name })}
      />
      <p>
        <Link to={`/${locale}/admin/audit?person=${person.id}`}>{t("admin.person.fullAudit")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
