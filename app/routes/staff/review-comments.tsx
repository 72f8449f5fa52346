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
import { ErrorSummary, summaryErrors } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { CommentsOpenSchema, ResolveCommentSchema } from "~/features/review/draft-comments.schema";
import {
  getReviewCommentsPage,
  resolveDraftComment,
  setCommentsOpen,
} from "~/features/review/draft-comments.server";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const NoticeSchema = z.object({
  resolved: z
    .string()
    .regex(/^RT-\d{4}-\d{6}$/)
    .optional()
    .catch(undefined),
  open: z.enum(["1", "0"]).optional().catch(undefined),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "edit:review");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const page = await getReviewCommentsPage(context.db, consultationId, locale);
  if (!page) notFound();
  const notice = NoticeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { locale, consultationId, ...page, notice };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const signedIn = await requireStaff(request, context.db, locale, "edit:review");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const form = await readForm(request);
  const base = `/${locale}/staff/reviews/${consultationId}/comments`;
  if (form.get("intent") === "comments-open") {
    const submission = parseFormData(form, locale, CommentsOpenSchema);
    if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
    const result = await setCommentsOpen(
      context.db,
      signedIn,
      consultationId,
      submission.value.open,
      context.clientIp,
    );
    if (!result.ok) notFound();
    return redirect(`${base}?open=${submission.value.open ? "1" : "0"}`);
  }
  const submission = parseFormData(form, locale, ResolveCommentSchema);
  if (submission.status !== "success")
    return data(
      { reference: String(form.get("reference") ?? ""), reply: submission.reply() },
      { status: 400 },
    );
  const result = await resolveDraftComment(
    context.db,
    signedIn,
    consultationId,
    submission.value,
    context.clientIp,
  );
  if (!result.ok) notFound();
  return redirect(`${base}?resolved=${result.value.reference}#${result.value.reference}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("reviewPublication.comments.title"));

export default function ReviewComments() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/staff/reviews/${page.consultationId}`}>
          {t("reviewPublication.staff.overview")}
        </Link>
      </p>
      <h1>{t("reviewPublication.comments.title")}</h1>
      <p className="lead">{page.consultationTitle}</p>
      {page.notice.resolved ? (
        <p className="success-box" role="status">
          {t("reviewPublication.comments.resolved", { reference: page.notice.resolved })}
        </p>
      ) : page.notice.open ? (
        <p className="success-box" role="status">
          {page.notice.open === "1"
            ? t("reviewPublication.comments.opened")
            : t("reviewPublication.comments.closedDone")}
        </p>
      ) : null}
      <p>
        {page.commentsOpen
          ? t("reviewPublication.comments.open")
          : t("reviewPublication.comments.closed")}
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="comments-open" />
        <input type="hidden" name="open" value={page.commentsOpen ? "false" : "true"} />
        <button type="submit" className="button button--secondary">
          {page.commentsOpen
            ? t("reviewPublication.comments.closeAction")
            : t("reviewPublication.comments.openAction")}
        </button>
      </Form>
      {page.commentsOpen ? (
        <p>
          <Link to={`/${locale}/reviews/${page.slug}/draft`}>
            {t("reviewPublication.comments.draftLink")}
          </Link>
        </p>
      ) : null}
      {page.sections.map((section) => (
        <section key={section.id} aria-labelledby={`comments-section-${section.number}`}>
          <h2 id={`comments-section-${section.number}`}>
            {t("reviewPublication.document.sectionHeading", {
              number: section.number,
              title: section.title,
            })}
          </h2>
          {section.comments.length === 0 ? <p>{t("reviewPublication.comments.none")}</p> : null}
          <ul className="card-list">
            {section.comments.map((comment) => {
              const failed = reply?.reference === comment.reference ? reply.reply : null;
              const errors = failed?.error ?? {};
              const prefix = `resolve-${comment.reference}`;
              return (
                <li key={comment.reference} className="card" id={comment.reference}>
                  <h3>
                    {comment.paragraph
                      ? t("reviewPublication.comments.onParagraph", {
                          paragraph: comment.paragraph,
                        })
                      : t("reviewPublication.comments.onSection")}
                  </h3>
                  <p className="card__meta">
                    {t("reviewPublication.comments.byline", {
                      reference: comment.reference,
                      author: comment.author,
                      organization: comment.organization,
                      date: comment.submittedAt ? formatDate(locale, comment.submittedAt) : "",
                    })}
                  </p>
                  <blockquote lang={comment.language !== locale ? comment.language : undefined}>
                    <p>{comment.body}</p>
                  </blockquote>
                  {comment.resolution ? (
                    <p>
                      <strong>
                        {t("reviewPublication.comments.resolvedAs", {
                          resolution: t(
                            `reviewPublication.comments.resolution.${comment.resolution}`,
                          ),
                        })}
                      </strong>{" "}
                      {comment.reply}
                    </p>
                  ) : null}
                  <Form
                    method="post"
                    noValidate
                    aria-label={`${t("reviewPublication.comments.resolve")} ${comment.reference}`}
                  >
                    <ErrorSummary
                      errors={summaryErrors(errors, {
                        resolution: `${prefix}-accepted`,
                        reply: `${prefix}-reply`,
                      })}
                    />
                    <input type="hidden" name="intent" value="resolve" />
                    <input type="hidden" name="reference" value={comment.reference} />
                    <fieldset className="fieldset">
                      <legend>{t("reviewPublication.comments.resolution")}</legend>
                      {(["accepted", "declined", "deferred"] as const).map((value) => (
                        <div className="checkbox" key={value}>
                          <input
                            type="radio"
                            id={`${prefix}-${value}`}
                            name="resolution"
                            value={value}
                            defaultChecked={
                              (failed?.initialValue?.resolution ?? comment.resolution) === value
                            }
                          />
                          <label htmlFor={`${prefix}-${value}`}>
                            {t(`reviewPublication.comments.resolution.${value}`)}
                          </label>
                        </div>
                      ))}
                    </fieldset>
                    <div className="field">
                      <label htmlFor={`${prefix}-reply`}>
                        {t("reviewPublication.comments.reply")}
                      </label>
                      <textarea
                        id={`${prefix}-reply`}
                        name="reply"
                        rows={3}
                        defaultValue={
                          typeof failed?.initialValue?.reply === "string"
                            ? failed.initialValue.reply
                            : (comment.reply ?? "")
                        }
                      />
                    </div>
                    <button type="submit" className="button">
                      {t("reviewPublication.comments.resolve")}
                    </button>
                  </Form>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
