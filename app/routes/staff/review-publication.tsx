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
import { ErrorSummary, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { can } from "~/features/accounts/permissions";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { bilingual } from "~/features/practices/localized-text";
import { getPublicationPage, publishReview } from "~/features/review/publication.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const PublishSchema = z.object({ intent: z.literal("publish") });

async function requireReviewStaff(
  request: Request,
  db: Parameters<typeof requireStaff>[1],
  locale: "en" | "fr",
) {
  const signedIn = await requireStaff(request, db, locale);
  if (!can(signedIn.actor, "edit:review") && !can(signedIn.actor, "approve:review"))
    throw new Response("Forbidden", { status: 403 });
  return signedIn;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const signedIn = await requireReviewStaff(request, context.db, locale);
  const page = await getPublicationPage(context.db, signedIn, consultationId);
  if (!page) notFound();
  return {
    locale,
    ...page,
    title: bilingual(page, "title", locale),
    published: new URL(request.url).searchParams.get("published") === "1",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const signedIn = await requireStaff(request, context.db, locale, "publish:review");
  const { submission } = await parseForm(request, locale, PublishSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const result = await publishReview(context.db, signedIn, consultationId, {
    ip: context.clientIp,
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
    const errors: SummaryError[] = [
      { fieldId: null, message: "reviewPublication.error.notApproved" },
    ];
    return data({ errors }, { status: 409 });
  }
  return redirect(`/${locale}/staff/reviews/${consultationId}/publication?published=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("reviewPublication.staff.title"));

export default function ReviewPublication() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const base = `/${locale}/staff/reviews/${page.consultationId}`;
  const formats = [
    { key: "docx", label: "Word" },
    { key: "pdf", label: "PDF" },
    { key: "html", label: "HTML" },
  ] as const;
  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>{t("reviewPublication.staff.overview")}</Link>
      </p>
      <h1>{t("reviewPublication.staff.title")}</h1>
      <p className="lead">{page.title}</p>
      {page.published ? (
        <p className="success-box" role="status">
          {t("reviewPublication.staff.published")}
        </p>
      ) : null}
      <ErrorSummary errors={reply?.errors ?? []} />
      <p>
        {t("reviewPublication.staff.status", {
          status: t(`reviewPublication.status.${page.status}`),
        })}
      </p>
      <h2>{t("reviewPublication.staff.exports")}</h2>
      {page.hasApprovedText && (page.status === "approved" || page.status === "published") ? (
        <ul>
          {(["en", "fr"] as const).flatMap((language) =>
            formats.map((format) => (
              <li key={`${format.key}-${language}`}>
                <a href={`${base}/export.${format.key}?lang=${language}`} download>
                  {t("reviewPublication.staff.exportLink", {
                    format: format.label,
                    language: t(`language.${language}`),
                  })}
                </a>
              </li>
            )),
          )}
        </ul>
      ) : (
        <p>{t("reviewPublication.staff.exportsNone")}</p>
      )}
      {page.status === "published" ? (
        <p>
          <Link to={`/${locale}/reviews/${page.slug}`}>
            {t("reviewPublication.staff.publicPage")}
          </Link>
        </p>
      ) : null}
      {page.canPublish ? (
        <Form method="post">
          <h2>{t("reviewPublication.staff.publish")}</h2>
          <p>{t("reviewPublication.staff.publishHint")}</p>
          <input type="hidden" name="intent" value="publish" />
          <button type="submit" className="button">
            {t("reviewPublication.staff.publish")}
          </button>
        </Form>
      ) : null}
      {page.canComment ? (
        <p>
          <Link to={`${base}/comments`}>{t("reviewPublication.staff.comments")}</Link>
        </p>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
