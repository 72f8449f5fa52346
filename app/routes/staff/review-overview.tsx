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
import { allowedActions, changeReviewStatus } from "~/features/review/approval.server";
import { getReviewOverview } from "~/features/review/drafting.server";
import { requireReviewReader } from "~/features/review/guard.server";
import {
  addReviewSection,
  moveReviewSection,
  renameReviewSection,
} from "~/features/review/sections.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ consultationId: z.coerce.number().int().positive() });

const Title = z
  .string()
  // eslint-disable-next-line no-control-regex
  .transform((value) => value.replace(/\u0000/g, ""))
  .pipe(z.string().trim().min(1, "review.error.titleRequired").max(200, "form.tooLong"));

export const ActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["submit", "approve", "return", "reopen"]),
    version: z.coerce.number().int().positive(),
    comment: z.string().max(5_000, "form.tooLong").optional(),
    parityOverride: z.literal("on").optional(),
  }),
  z.object({ intent: z.literal("add"), titleEn: Title, titleFr: Title }),
  z.object({
    intent: z.literal("rename"),
    sectionId: z.coerce.number().int().positive(),
    titleEn: Title,
    titleFr: Title,
  }),
  z.object({
    intent: z.enum(["up", "down"]),
    sectionId: z.coerce.number().int().positive(),
  }),
]);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ParamsSchema, params);
  const { staff, access } = await requireReviewReader(request, context.db, locale);
  const overview = await getReviewOverview(context.db, consultationId);
  if (!overview) notFound();
  const url = new URL(request.url);
  return {
    locale,
    access,
    overview,
    actions: allowedActions(staff.actor, overview.review.status),
    done: url.searchParams.get("done"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ParamsSchema, params);
  const { staff } = await requireReviewReader(request, context.db, locale);
  const submission = parseFormData(await readForm(request), locale, ActionSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const value = submission.value;
  const t = translator(locale);
  const ctx = { ip: context.clientIp };
  const here = `/${locale}/staff/reviews/${consultationId}`;
  if (
    value.intent === "add" ||
    value.intent === "rename" ||
    value.intent === "up" ||
    value.intent === "down"
  ) {
    const result =
      value.intent === "add"
        ? await addReviewSection(context.db, staff.actor, consultationId, value, ctx)
        : value.intent === "rename"
          ? await renameReviewSection(
              context.db,
              staff.actor,
              consultationId,
              value.sectionId,
              value,
              ctx,
            )
          : await moveReviewSection(
              context.db,
              staff.actor,
              consultationId,
              value.sectionId,
              value.intent,
              ctx,
            );
    if (!result.ok) {
      if (result.error === "forbidden") throw new Response("Forbidden", { status: 403 });
      if (result.error === "notFound") notFound();
      return data(submission.reply({ formErrors: [t(`review.error.${result.error}`)] }), {
        status: 409,
      });
    }
    return redirect(`${here}?done=sections`);
  }
  if (!("version" in value)) throw new Response("Bad request", { status: 400 });
  const result = await changeReviewStatus(
    context.db,
    staff.actor,
    {
      consultationId,
      action: value.intent,
      expectedVersion: value.version,
      comment: value.comment ?? null,
      parityOverride: value.parityOverride === "on",
    },
    ctx,
  );
  if (!result.ok) {
    if (result.error === "forbidden") throw new Response("Forbidden", { status: 403 });
    if (result.error === "notFound") notFound();
    const message =
      result.error === "conflict"
        ? t("review.error.statusConflict")
        : result.error === "parityRequired"
          ? t("review.error.parityRequired", { list: (result.outOfParity ?? []).join("; ") })
          : t(`review.error.${result.error}` as MessageKey);
    return data(submission.reply({ formErrors: [message] }), {
      status: result.error === "conflict" ? 409 : 400,
    });
  }
  return redirect(`${here}?done=${result.status}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageTitle(
        data.locale,
        translator(data.locale)("review.title", {
          consultation:
            data.locale === "fr"
              ? data.overview.consultation.titleFr
              : data.overview.consultation.titleEn,
        }),
      )
    : pageTitle(undefined, translator("en")("errors.notFound.title"));

export default function ReviewOverview() {
  const { overview, access, actions, done } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const { consultation, review, sections, events } = overview;
  const title = (row: { titleEn: string; titleFr: string }) =>
    locale === "fr" ? row.titleFr : row.titleEn;
  const summary = useMemo(
    () =>
      Object.values(reply?.error ?? {})
        .flatMap((messages) => messages ?? [])
        .map((message) => ({ fieldId: null, message })),
    [reply],
  );
  const base = `/${locale}/staff/reviews/${consultation.id}`;
  const words = (count: number, over: boolean) =>
    over
      ? t("review.words.over", { count: formatNumber(locale, count) })
      : formatNumber(locale, count);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/staff`}>{t("staff.title")}</Link> ·{" "}
        <Link to={`${base}/coverage`}>{t("review.nav.coverage")}</Link> ·{" "}
        <Link to={`${base}/comments`}>{t("reviewPublication.comments.title")}</Link> ·{" "}
        <Link to={`${base}/publication`}>{t("reviewPublication.staff.title")}</Link>
      </p>
      <h1>{t("review.title", { consultation: title(consultation) })}</h1>
      {done && !reply ? (
        <p className="success-box" role="status">
          {done === "sections"
            ? t("review.manage.done")
            : t("review.approval.done", { status: t(`review.status.${done}` as MessageKey) })}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      <dl className="facts">
        <dt>{t("review.status")}</dt>
        <dd data-testid="review-status">{t(`review.status.${review.status}`)}</dd>
        <dt>{t("review.column.parity")}</dt>
        <dd>
          {overview.allInParity ? t("review.parity.summaryOk") : t("review.parity.summaryNot")}
        </dd>
      </dl>
      {overview.locked ? <p className="notice">{t("review.locked")}</p> : null}

      <h2>{t("review.sections.title")}</h2>
      <table>
        <caption>{t("review.sections.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("review.column.section")}</th>
            <th scope="col">{t("review.column.wordsEn")}</th>
            <th scope="col">{t("review.column.wordsFr")}</th>
            <th scope="col">{t("review.column.suggested")}</th>
            <th scope="col">{t("review.column.parity")}</th>
            <th scope="col">{t("review.column.saved")}</th>
            {access.canManage && !overview.locked ? (
              <th scope="col">{t("review.column.order")}</th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {sections.map((section, index) => (
            <tr key={section.id} data-section={section.position}>
              <th scope="row">
                <Link to={`${base}/sections/${section.id}`}>
                  {section.position}. {title(section)}
                </Link>
              </th>
              <td>{words(section.wordsEn, section.overEn)}</td>
              <td>{words(section.wordsFr, section.overFr)}</td>
              <td>{section.suggestedWords ? formatNumber(locale, section.suggestedWords) : "—"}</td>
              <td>
                {section.lagging ? t(`review.parity.${section.lagging}`) : t("review.parity.ok")}
              </td>
              <td>
                {section.revision === 0
                  ? t("review.never")
                  : t("review.savedBy", {
                      name: section.updatedByName ?? "—",
                      date: formatDate(locale, section.updatedAt),
                    })}
              </td>
              {access.canManage && !overview.locked ? (
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="sectionId" value={section.id} />
                    {index > 0 ? (
                      <button
                        type="submit"
                        name="intent"
                        value="up"
                        className="button button--secondary"
                      >
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">
                          {t("review.manage.up", { title: title(section) })}
                        </span>
                      </button>
                    ) : null}
                    {index < sections.length - 1 ? (
                      <button
                        type="submit"
                        name="intent"
                        value="down"
                        className="button button--secondary"
                      >
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">
                          {t("review.manage.down", { title: title(section) })}
                        </span>
                      </button>
                    ) : null}
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>

      {access.canManage && !overview.locked ? (
        <section aria-labelledby="manage-title">
          <h2 id="manage-title">{t("review.manage.title")}</h2>
          {sections.map((section) => (
            <details key={section.id}>
              <summary>{t("review.manage.rename", { title: title(section) })}</summary>
              <Form method="post">
                <input type="hidden" name="intent" value="rename" />
                <input type="hidden" name="sectionId" value={section.id} />
                <div className="field">
                  <label htmlFor={`rename-en-${section.id}`}>{t("review.manage.titleEn")}</label>
                  <input
                    id={`rename-en-${section.id}`}
                    name="titleEn"
                    lang="en"
                    defaultValue={section.titleEn}
                    required
                  />
                </div>
                <div className="field">
                  <label htmlFor={`rename-fr-${section.id}`}>{t("review.manage.titleFr")}</label>
                  <input
                    id={`rename-fr-${section.id}`}
                    name="titleFr"
                    lang="fr"
                    defaultValue={section.titleFr}
                    required
                  />
                </div>
                <button type="submit" className="button button--secondary">
                  {t("review.manage.renameSubmit")}
                </button>
              </Form>
            </details>
          ))}
          <h3>{t("review.manage.add")}</h3>
          <Form method="post">
            <input type="hidden" name="intent" value="add" />
            <div className="field">
              <label htmlFor="add-en">{t("review.manage.titleEn")}</label>
              <input id="add-en" name="titleEn" lang="en" required />
            </div>
            <div className="field">
              <label htmlFor="add-fr">{t("review.manage.titleFr")}</label>
              <input id="add-fr" name="titleFr" lang="fr" required />
            </div>
            <button type="submit" className="button button--secondary">
              {t("review.manage.addSubmit")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="approval-title">
        <h2 id="approval-title">{t("review.approval.title")}</h2>
        {actions.length === 0 ? <p>{t("review.approval.none")}</p> : null}
        {actions.includes("submit") ? (
          <Form method="post">
            <input type="hidden" name="version" value={review.version} />
            {!overview.allInParity ? (
              <>
                <div className="checkbox">
                  <input type="checkbox" id="parityOverride" name="parityOverride" />
                  <label htmlFor="parityOverride">{t("review.approval.override")}</label>
                </div>
                <div className="field">
                  <label htmlFor="submit-comment">{t("review.approval.overrideReason")}</label>
                  <textarea id="submit-comment" name="comment" rows={3} />
                </div>
              </>
            ) : null}
            <button type="submit" name="intent" value="submit" className="button">
              {t("review.approval.submit")}
            </button>
          </Form>
        ) : null}
        {actions.includes("approve") || actions.includes("return") ? (
          <Form method="post">
            <input type="hidden" name="version" value={review.version} />
            <div className="field">
              <label htmlFor="approval-comment">{t("review.approval.comment")}</label>
              <textarea id="approval-comment" name="comment" rows={4} />
            </div>
            <div className="button-row">
              <button type="submit" name="intent" value="approve" className="button">
                {t("review.approval.approve")}
              </button>{" "}
              <button
                type="submit"
                name="intent"
                value="return"
                className="button button--secondary"
              >
                {t("review.approval.return")}
              </button>
            </div>
          </Form>
        ) : null}
        {actions.includes("reopen") ? (
          <Form method="post">
            <input type="hidden" name="version" value={review.version} />
            <p className="field__hint">{t("review.approval.reopenHint")}</p>
            <button type="submit" name="intent" value="reopen" className="button button--secondary">
              {t("review.approval.reopen")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("review.history.title")}</h2>
        {events.length === 0 ? <p>{t("review.history.empty")}</p> : null}
        <ol className="review-history">
          {events.map((event) => (
            <li key={event.id}>
              {t(`review.event.${event.kind}`, {
                name: event.actorName,
                date: formatDate(locale, event.createdAt),
              })}
              {event.comment ? <blockquote>{event.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
