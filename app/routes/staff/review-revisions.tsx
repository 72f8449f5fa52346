import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary } from "~/components/forms";
import { DiffView } from "~/features/review/diff-view";
import { getRevisionsPage, restoreRevision } from "~/features/review/drafting.server";
import { requireReviewReader } from "~/features/review/guard.server";
import { formatDate, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({
  consultationId: z.coerce.number().int().positive(),
  sectionId: z.coerce.number().int().positive(),
});

export const CompareSchema = z.object({
  from: z.coerce.number().int().min(0).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});

export const RestoreSchema = z.object({
  revision: z.coerce.number().int().positive(),
  current: z.coerce.number().int().min(0),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId, sectionId } = parseParams(ParamsSchema, params);
  const { access } = await requireReviewReader(request, context.db, locale);
  const url = new URL(request.url);
  const compare = CompareSchema.parse({
    from: url.searchParams.get("from") || undefined,
    to: url.searchParams.get("to") || undefined,
  });
  const page = await getRevisionsPage(context.db, consultationId, sectionId, compare);
  if (!page) notFound();
  return { locale, access, page, restored: url.searchParams.get("restored") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId, sectionId } = parseParams(ParamsSchema, params);
  const { staff } = await requireReviewReader(request, context.db, locale);
  const submission = parseFormData(await readForm(request), locale, RestoreSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const t = translator(locale);
  const result = await restoreRevision(
    context.db,
    staff.actor,
    {
      consultationId,
      sectionId,
      revision: submission.value.revision,
      expectedRevision: submission.value.current,
    },
    { ip: context.clientIp },
  );
  if (!result.ok) {
    const error = result.error;
    if (error.kind === "forbidden") throw new Response("Forbidden", { status: 403 });
    if (error.kind === "notFound") notFound();
    const message =
      error.kind === "conflict"
        ? t("review.error.conflict", {
            name: error.changedBy ?? "—",
            time: formatDate(locale, error.changedAt),
            revision: error.revision,
          })
        : error.kind === "citations"
          ? t("review.error.citationsNotAccepted", {
              list: [...error.unknown, ...error.notAccepted].join(", "),
            })
          : t(`review.error.${error.kind}` as MessageKey);
    return data(submission.reply({ formErrors: [message] }), {
      status: error.kind === "conflict" || error.kind === "locked" ? 409 : 400,
    });
  }
  return redirect(
    `/${locale}/staff/reviews/${consultationId}/sections/${sectionId}/revisions?restored=${submission.value.revision}`,
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageTitle(
        data.locale,
        translator(data.locale)("review.revisions.title", {
          title: data.locale === "fr" ? data.page.section.titleFr : data.page.section.titleEn,
        }),
      )
    : pageTitle(undefined, translator("en")("errors.notFound.title"));

export default function ReviewRevisions() {
  const { page, access, restored } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const { section, consultation } = page;
  const base = `/${locale}/staff/reviews/${consultation.id}`;
  const summary = useMemo(
    () => (reply?.error?.[""] ?? []).map((message) => ({ fieldId: null, message })),
    [reply],
  );
  const canRestore = access.canEdit && !page.locked;
  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>{t("review.nav.overview")}</Link> ·{" "}
        <Link to={`${base}/sections/${section.id}`}>{t("review.nav.editor")}</Link>
      </p>
      <h1>
        {t("review.revisions.title", {
          title: locale === "fr" ? section.titleFr : section.titleEn,
        })}
      </h1>
      {restored && !reply ? (
        <p className="success-box" role="status">
          {t("review.revisions.restored", { revision: restored })}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      {page.revisions.length === 0 ? (
        <p>{t("review.revisions.none")}</p>
      ) : (
        <>
          <table>
            <caption>{t("review.revisions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.revisions.revision")}</th>
                <th scope="col">{t("review.revisions.by")}</th>
                <th scope="col">{t("review.revisions.when")}</th>
                <th scope="col">{t("review.revisions.note")}</th>
              </tr>
            </thead>
            <tbody>
              {page.revisions.map((revision) => (
                <tr key={revision.revision}>
                  <th scope="row">{revision.revision}</th>
                  <td>{revision.createdByName ?? "—"}</td>
                  <td>
                    {new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "America/Toronto",
                    }).format(new Date(revision.createdAt))}
                  </td>
                  <td>
                    {revision.restoredFrom
                      ? t("review.revisions.restoredFrom", { revision: revision.restoredFrom })
                      : null}
                    {canRestore && revision.revision !== section.revision ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="revision" value={revision.revision} />
                        <input type="hidden" name="current" value={section.revision} />
                        <button type="submit" className="button button--secondary">
                          {t("review.revisions.restore", { revision: revision.revision })}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form method="get">
            <fieldset className="fieldset">
              <legend>{t("review.revisions.compare")}</legend>
              <div className="field">
                <label htmlFor="compare-from">{t("review.revisions.from")}</label>
                <select id="compare-from" name="from" defaultValue={page.from}>
                  <option value={0}>0</option>
                  {page.revisions.map((revision) => (
                    <option key={revision.revision} value={revision.revision}>
                      {revision.revision}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="compare-to">{t("review.revisions.to")}</label>
                <select id="compare-to" name="to" defaultValue={page.to}>
                  {page.revisions.map((revision) => (
                    <option key={revision.revision} value={revision.revision}>
                      {revision.revision}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary">
                {t("review.revisions.compareSubmit")}
              </button>
            </fieldset>
          </form>
          {page.diff ? (
            <section aria-labelledby="diff-title">
              <h2 id="diff-title">
                {t("review.revisions.diffTitle", { from: page.from, to: page.to })}
              </h2>
              <p className="field__hint">{t("review.diff.legend")}</p>
              {(["en", "fr"] as const).map((lang) => (
                <div key={lang}>
                  <h3>{t(`review.lang.${lang}`)}</h3>
                  {page.diff![lang].every((part) => part.kind === "same") ? (
                    <p>{t("review.revisions.noChange")}</p>
                  ) : (
                    <DiffView parts={page.diff![lang]} t={t} lang={lang} />
                  )}
                </div>
              ))}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
