import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, summaryErrors, TextField } from "~/components/forms";
import {
  ChangePasswordSchema,
  EmailPreferencesSchema,
  ProfileSchema,
} from "~/features/accounts/accounts.schema";
import {
  getAccountPage,
  updateEmailPreferences,
  updateProfile,
} from "~/features/accounts/account.server";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { changePassword } from "~/features/accounts/password-reset.server";
import { revokeOwnSession } from "~/features/accounts/session-actions.server";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const notice = new URL(request.url).searchParams.get("notice");
  return { locale, account: await getAccountPage(context.db, signedIn, locale), notice };
}

export const IntentSchema = z.object({
  intent: z.enum(["profile", "password", "emails", "revoke"]),
});
export const SessionIdSchema = z.string().max(64);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const intent = IntentSchema.safeParse({
    intent: (await request.clone().formData()).get("intent"),
  });
  if (!intent.success) return data({ intent: null, result: null }, { status: 400 });
  const ip = context.clientIp;
  switch (intent.data.intent) {
    case "profile": {
      const { submission } = await parseForm(request, locale, ProfileSchema);
      if (submission.status !== "success")
        return data({ intent: "profile" as const, result: submission.reply() }, { status: 400 });
      await updateProfile(context.db, signedIn.user.id, submission.value, { ip });
      return redirect(`/${locale}/account?notice=saved`);
    }
    case "password": {
      const { submission } = await parseForm(request, locale, ChangePasswordSchema);
      if (submission.status !== "success")
        return data(
          {
            intent: "password" as const,
            result: submission.reply({ hideFields: ["currentPassword", "newPassword"] }),
          },
          { status: 400 },
        );
      const result = await changePassword(
        context.db,
        signedIn.user.id,
        { ...submission.value, sessionId: signedIn.session.id },
        { ip, now: new Date(), publicUrl: context.publicUrl },
      );
      if (!result.ok) {
        const [error] = result.errors;
        const fieldErrors: Record<string, string[]> =
          error === "wrongPassword"
            ? { currentPassword: ["account.wrongPassword"] }
            : { newPassword: [`password.${error}`] };
        return data(
          {
            intent: "password" as const,
            result: submission.reply({
              fieldErrors,
              hideFields: ["currentPassword", "newPassword"],
            }),
          },
          { status: 400 },
        );
      }
      return redirect(`/${locale}/account?notice=password`);
    }
    case "emails": {
      const { submission } = await parseForm(request, locale, EmailPreferencesSchema);
      if (submission.status !== "success")
        return data({ intent: "emails" as const, result: submission.reply() }, { status: 400 });
      await updateEmailPreferences(
        context.db,
        signedIn.user.id,
        {
          reminders: submission.value.reminders === "on",
          digest: submission.value.digest === "on",
        },
        { ip },
      );
      return redirect(`/${locale}/account?notice=emails`);
    }
    case "revoke": {
      const sessionId = SessionIdSchema.safeParse((await request.formData()).get("sessionId"));
      if (sessionId.success)
        await revokeOwnSession(context.db, signedIn.user.id, sessionId.data, { ip });
      return redirect(`/${locale}/account?notice=revoked`);
    }
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("account.title"));

const NOTICES = {
  saved: "form.saved",
  password: "account.passwordChanged",
  emails: "account.preferencesSaved",
  revoked: "account.revoked",
} as const;

export default function Account() {
  const { account, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [profileForm, profile] = useForm<z.input<typeof ProfileSchema>>({
    id: "profile",
    lastResult: actionData?.intent === "profile" ? actionData.result : undefined,
    defaultValue: { name: account.name, language: account.preferredLanguage ?? "none" },
  });
  const [passwordForm, password] = useForm<z.input<typeof ChangePasswordSchema>>({
    id: "password",
    lastResult: actionData?.intent === "password" ? actionData.result : undefined,
  });
  const noticeKey = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  return (
    <>
      <h1>{t("account.title")}</h1>
      {noticeKey ? (
        <p className="success-box" role="status">
          {t(noticeKey)}
        </p>
      ) : null}

      <h2>{t("account.profile")}</h2>
      <dl className="facts">
        <dt>{t("account.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("account.organizations")}</dt>
        <dd>{account.organizations.join(", ") || "—"}</dd>
        <dt>{t("account.roles")}</dt>
        <dd>{account.roles.map((role) => t(`role.${role}`)).join(", ")}</dd>
      </dl>
      <ErrorSummary
        errors={summaryErrors(
          { "": profileForm.errors, name: profile.name.errors },
          { name: "profile-name" },
        )}
      />
      <Form method="post" {...getFormProps(profileForm)}>
        <input type="hidden" name="intent" value="profile" />
        <TextField
          {...getInputProps(profile.name, { type: "text" })}
          id="profile-name"
          label={t("account.name")}
          autoComplete="name"
          errors={profile.name.errors}
        />
        <div className="field">
          <label htmlFor="profile-language">{t("account.language")}</label>
          <select
            id="profile-language"
            name={profile.language.name}
            defaultValue={profile.language.initialValue}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="none">{t("account.noPreference")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("form.save")}
        </button>
      </Form>

      <h2>{t("account.emails")}</h2>
      <p>{t("account.emailsIntro")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="emails" />
        <div className="checkbox">
          <input
            type="checkbox"
            id="emails-reminders"
            name="reminders"
            defaultChecked={account.emails.reminders}
          />
          <label htmlFor="emails-reminders">{t("account.optReminders")}</label>
        </div>
        <div className="checkbox">
          <input
            type="checkbox"
            id="emails-digest"
            name="digest"
            defaultChecked={account.emails.digest}
          />
          <label htmlFor="emails-digest">{t("account.optDigest")}</label>
        </div>
        <button type="submit" className="button">
          {t("form.save")}
        </button>
      </Form>

      <h2>{t("account.changePassword")}</h2>
      <ErrorSummary
        errors={summaryErrors(
          {
            "": passwordForm.errors,
            currentPassword: password.currentPassword.errors,
            newPassword: password.newPassword.errors,
          },
          { currentPassword: "current-password", newPassword: "new-password" },
        )}
      />
      <Form method="post" {...getFormProps(passwordForm)}>
        <input type="hidden" name="intent" value="password" />
        <TextField
          {...getInputProps(password.currentPassword, { type: "password" })}
          id="current-password"
          label={t("account.currentPassword")}
          autoComplete="current-password"
          errors={password.currentPassword.errors}
        />
        <TextField
          {...getInputProps(password.newPassword, { type: "password" })}
          id="new-password"
          label={t("account.newPassword")}
          hint={t("password.hint")}
          autoComplete="new-password"
          errors={password.newPassword.errors}
        />
        <button type="submit" className="button">
          {t("account.changePassword")}
        </button>
      </Form>

      <h2>{t("account.sessions")}</h2>
      <ul className="card-list">
        {account.sessions.map((session) => (
          <li key={session.id} className="card">
            <p>
              <strong>{session.current ? t("account.thisSession") : session.label}</strong> —{" "}
              {t("account.sessionStarted", { date: formatDate(locale, session.createdAt) })},{" "}
              {t("account.sessionLastSeen", { date: formatDate(locale, session.lastSeenAt) })}
            </p>
            {session.userAgent ? <p className="card__meta">{session.userAgent}</p> : null}
            {session.current ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" className="button button--secondary">
                  {t("account.revoke")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
