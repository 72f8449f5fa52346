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
import { DraftCommentSchema } from "~/features/review/draft-comments.schema";
import { getDraftForComment, submitDraftComment } from "~/features/review/draft-comments.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });
export const QuerySchema = z.object({
  target: z
    .string()
    .regex(/^\d{1,9}(:\d{1,4})?$/)
    .optional()
    .catch(undefined),
  sent: z
    .string()
    .regex(/^RT-\d{4}-\d{6}$/)
    .optional()
    .catch(undefined),
});

const ERROR_MESSAGES: Record<string, MessageKey> = {
  noOrganization: "reviewPublication.error.noOrganization",
  targetUnknown: "reviewPublication.error.targetUnknown",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const draft = await getDraftForComment(context.db, signedIn, slug, locale);
  if (!draft.ok) {
    if (draft.errors[0] === "notFound") notFound();
    throw new Response("Forbidden", { status: 403 });
  }
  const query = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { locale, ...draft.value, ...query, submitKey: generateToken() };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const submission = parseFormData(await readForm(request), locale, DraftCommentSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await submitDraftComment(context.db, signedIn, slug, locale, submission.value, {
    ip: context.clientIp,
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
    return data(submission.reply({ formErrors: [ERROR_MESSAGES[error!]!] }), { status: 422 });
  }
  return redirect(`/${locale}/reviews/${slug}/draft?sent=${result.value.reference}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    translator(data?.locale ?? "en")("reviewPublication.draft.title", {
      consultation: data?.consultationTitle ?? "",
    }),
  );

export default function DraftReview() {
  const { sections, consultationTitle, target, sent, submitKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = reply?.error ?? {};
  const typed = (name: string) =>
    typeof reply?.initialValue?.[name] === "string"
      ? (reply.initialValue[name] as string)
      : undefined;
  const chosen = typed("target") ?? target ?? "";
  return (
    <>
      <h1>{t("reviewPublication.draft.title", { consultation: consultationTitle })}</h1>
      {sent ? (
        <p className="success-box" role="status">
          {t("reviewPublication.draft.sent", { reference: sent })}
        </p>
      ) : null}
      <p>{t("reviewPublication.draft.intro")}</p>
      {sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`draft-section-${section.number}`}
          className="review-section"
        >
          <h2 id={`draft-section-${section.number}`}>
            {t("reviewPublication.document.sectionHeading", {
              number: section.number,
              title: section.title,
            })}
          </h2>
          {section.paragraphs.length === 0 ? <p>{t("reviewPublication.draft.empty")}</p> : null}
          {section.paragraphs.map((html, index) => (
            <div key={index} className="draft-paragraph" id={`p-${section.number}-${index + 1}`}>
              {/* sanitised on the server: see review-markdown.server.ts */}
              <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
              <p className="draft-paragraph__action">
                <a href={`?target=${section.id}:${index + 1}#comment-form`}>
                  {t("reviewPublication.draft.commentOnParagraph")}
                  <span className="visually-hidden">
                    {" "}
                    (
                    {t("reviewPublication.draft.where", {
                      section: section.number,
                      paragraph: index + 1,
                    })}
                    )
                  </span>
                </a>
              </p>
            </div>
          ))}
          <p>
            <a href={`?target=${section.id}#comment-form`}>
              {t("reviewPublication.draft.commentOnSection")}
              <span className="visually-hidden"> ({section.number})</span>
            </a>
          </p>
        </section>
      ))}
      <section aria-labelledby="comment-form" className="card">
        <h2 id="comment-form" tabIndex={-1}>
          {t("reviewPublication.draft.formTitle")}
        </h2>
        <ErrorSummary errors={summaryErrors(errors, { target: "target", comment: "comment" })} />
        <Form method="post" noValidate>
          <input type="hidden" name="submitKey" value={submitKey} />
          <Field
            id="target"
            label={t("reviewPublication.draft.target")}
            errors={errors.target ?? undefined}
          >
            {(describedBy, invalid) => (
              <select
                id="target"
                name="target"
                defaultValue={chosen}
                key={chosen}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              >
                <option value="">—</option>
                {sections.map((section) => (
                  <optgroup
                    key={section.id}
                    label={t("reviewPublication.document.sectionHeading", {
                      number: section.number,
                      title: section.title,
                    })}
                  >
                    <option value={`${section.id}`}>
                      {t("reviewPublication.draft.whereSection", { section: section.number })}
                    </option>
                    {section.paragraphs.map((_, index) => (
                      <option key={index} value={`${section.id}:${index + 1}`}>
                        {t("reviewPublication.draft.where", {
                          section: section.number,
                          paragraph: index + 1,
                        })}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="comment"
            label={t("reviewPublication.draft.comment")}
            hint={t("reviewPublication.draft.commentHint")}
            errors={errors.comment ?? undefined}
          >
            {(describedBy, invalid) => (
              <textarea
                id="comment"
                name="comment"
                rows={6}
                defaultValue={typed("comment") ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button">
              {t("reviewPublication.draft.submit")}
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
