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
import { ErrorSummary, Field, summaryErrors } from "~/components/forms";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { generateToken } from "~/features/accounts/tokens.server";
import {
  contributionErrorMessage,
  contributionErrorStatus,
} from "~/features/contributions/action-reply";
import {
  getObjectiveForComment,
  submitObjectiveComment,
} from "~/features/contributions/objective-comments.server";
import { ObjectiveCommentSchema } from "~/features/contributions/practice.schema";
import { bilingual } from "~/features/practices/localized-text";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/),
  number: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { slug, number } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const target = await getObjectiveForComment(context.db, signedIn, slug, number);
  if (!target.ok) {
    if (target.errors[0] === "notFound") notFound();
    throw new Response("Forbidden", { status: 403 });
  }
  return {
    locale,
    number,
    objective: bilingual(target.objective, "title", locale),
    consultation: bilingual(target.consultation, "title", locale),
    submitKey: generateToken(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { slug, number } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const submission = parseFormData(await readForm(request), locale, ObjectiveCommentSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await submitObjectiveComment(
    context.db,
    signedIn,
    slug,
    number,
    submission.value,
    { ip: context.clientIp, publicUrl: context.publicUrl },
  );
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    return data(submission.reply({ formErrors: [contributionErrorMessage(error!)] }), {
      status: contributionErrorStatus(error!),
    });
  }
  return redirect(`/${locale}/my/inputs/${result.value.reference}/receipt`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    translator(data?.locale ?? "en")("contributions.comment.title", { number: data?.number ?? "" }),
  );

export default function NewObjectiveComment() {
  const {
    number,
    objective,
    consultation,
    submitKey,
    locale: pageLocale,
  } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation();
  const typed = (name: string) =>
    typeof reply?.initialValue?.[name] === "string"
      ? (reply.initialValue[name] as string)
      : undefined;
  const errors = reply?.error ?? {};
  const language = typed("language") ?? pageLocale;
  const consent = typed("consent");
  return (
    <>
      <h1>{t("contributions.comment.title", { number })}</h1>
      <p className="lead">{objective}</p>
      <p>{t("contributions.new.intro", { consultation })}</p>
      <ErrorSummary
        errors={summaryErrors(errors, { comment: "comment", consent: "consent-attributed" })}
      />
      <aside className="notice" aria-labelledby="privacy-notice-title">
        <h2 id="privacy-notice-title">{t("contributions.privacy.title")}</h2>
        <p>{t("contributions.privacy.body")}</p>
      </aside>
      <Form method="post" noValidate data-keep-typed>
        <input type="hidden" name="submitKey" value={submitKey} />
        <fieldset className="fieldset">
          <legend>{t("contributions.field.language")}</legend>
          {(["en", "fr"] as const).map((lang) => (
            <div className="checkbox" key={lang}>
              <input
                type="radio"
                id={`language-${lang}`}
                name="language"
                value={lang}
                defaultChecked={language === lang}
              />
              <label htmlFor={`language-${lang}`} lang={lang}>
                {lang === "en" ? "English" : "Français"}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          id="comment"
          label={t("contributions.comment.field")}
          hint={t("contributions.comment.hint")}
          errors={errors.comment ?? undefined}
        >
          {(describedBy, invalid) => (
            <textarea
              id="comment"
              name="comment"
              rows={8}
              defaultValue={typed("comment") ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <fieldset className={`fieldset field${errors.consent?.length ? " field--error" : ""}`}>
          <legend>{t("contributions.field.consent")}</legend>
          {(["attributed", "anonymous", "private"] as const).map((value) => (
            <div className="checkbox" key={value}>
              <input
                type="radio"
                id={`consent-${value}`}
                name="consent"
                value={value}
                defaultChecked={consent === value}
              />
              <label htmlFor={`consent-${value}`}>{t(`contributions.consent.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            {t("contributions.comment.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
