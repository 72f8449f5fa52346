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
import { requireStaff } from "~/features/accounts/auth.server";
import { decideInput } from "~/features/triage/decisions.server";
import { REJECTION_REASONS } from "~/features/triage/input-status";
import { getTriageItem } from "~/features/triage/queue.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

const DecisionSchema = z.object({
  to: z.enum(["in-review", "accepted", "rejected", "changes-requested"], {
    error: "form.required",
  }),
  version: z.coerce.number().int().positive(),
  reasonCode: z.enum(REJECTION_REASONS).optional(),
  message: z.string().max(5_000, "form.tooLong").optional(),
});

/** Only a same-origin queue URL (its query) is taken back to after a decision. */
function queueReturn(request: Request, locale: string) {
  const back = new URL(request.url).searchParams.get("back") ?? "";
  return `/${locale}/staff/triage${back.startsWith("?") ? back : ""}`;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  await requireStaff(request, context.db, locale, "decide:input");
  const item = await getTriageItem(context.db, locale, reference);
  if (!item) notFound();
  return {
    locale,
    item,
    queueUrl: queueReturn(request, locale),
    decided: new URL(request.url).searchParams.has("decided"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const submission = parseFormData(await readForm(request), locale, DecisionSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await decideInput(
    context.db,
    staff.actor,
    reference,
    { ...submission.value, expectedVersion: submission.value.version },
    { ip: context.clientIp, publicUrl: context.publicUrl },
  );
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
    const t = translator(locale);
    const message =
      error === "conflict"
        ? t("triage.error.conflict", {
            name: result.changedBy ?? "—",
            time: result.changedAt
              ? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "America/Toronto",
                }).format(new Date(result.changedAt))
              : "—",
          })
        : t(`triage.error.${error}` as MessageKey);
    return data(submission.reply({ formErrors: [message] }), {
      status: error === "conflict" ? 409 : 400,
    });
  }
  const back = new URL(request.url).searchParams.get("back");
  return redirect(
    `/${locale}/staff/triage/${reference}?decided=1${back ? `&back=${encodeURIComponent(back)}` : ""}`,
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("triage.item.title", { reference: data.item.reference })
      : translator("en")("errors.notFound.title"),
  );

export default function TriageItem() {
  const { item, queueUrl, decided } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const status = (s: string) => t(`contributions.status.${s}` as MessageKey);
  const lang = item.text && item.text.lang !== locale ? item.text.lang : undefined;
  const formErrors = reply?.error?.[""] ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to={queueUrl}>{t("triage.item.back")}</Link>
      </p>
      <h1>{t("triage.item.title", { reference: item.reference })}</h1>
      {decided && !reply ? (
        <p className="success-box" role="status">
          {t("triage.decided")}
        </p>
      ) : null}
      {formErrors.length ? (
        <div className="error-summary" role="alert">
          {formErrors.map((message) => (
            <p key={message}>{message.startsWith("form.") ? t(message as MessageKey) : message}</p>
          ))}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("triage.column.status")}</dt>
        <dd>{status(item.status)}</dd>
        <dt>{t("triage.item.organization")}</dt>
        <dd>{item.organization}</dd>
        <dt>{t("triage.item.author")}</dt>
        <dd>{item.author ?? "—"}</dd>
        <dt>{t("triage.item.consultation")}</dt>
        <dd>{item.consultation}</dd>
        {item.survey ? (
          <>
            <dt>{t("surveyResults.triage.survey")}</dt>
            <dd>{item.survey.title}</dd>
            <dt>{t("surveyResults.triage.question")}</dt>
            <dd>{item.survey.question}</dd>
          </>
        ) : null}
        <dt>{t("triage.item.consent")}</dt>
        <dd>{t(`contributions.consent.${item.consent}`)}</dd>
        <dt>{t("triage.item.objectives")}</dt>
        <dd>{item.objectives.map((o) => `${o.number}. ${o.title}`).join(" · ") || "—"}</dd>
      </dl>
      <h2>{t("triage.item.content")}</h2>
      <article lang={lang}>
        <h3>{item.text?.title}</h3>
        {item.text?.summary ? <p>{item.text.summary}</p> : null}
        {item.text?.body ? <p className="preserve-lines">{item.text.body}</p> : null}
      </article>

      {item.attachments.length ? (
        <>
          <h2>{t("contributions.attachments.title")}</h2>
          <ul>
            {item.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a
                  href={`/${locale}/staff/triage/${item.reference}/attachments/${attachment.id}`}
                  download
                >
                  {attachment.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("triage.suggestions.title")}</h2>
      <p className="field__hint">{t("triage.suggestions.hint")}</p>
      <ul>
        {item.suggestions.map((suggestion) => (
          <li key={suggestion.objective}>
            {suggestion.objective}. {suggestion.title} —{" "}
            {t("triage.suggestions.triggers", { words: suggestion.triggers.join(", ") })}
          </li>
        ))}
      </ul>
      <h2>{t("triage.decide.title")}</h2>
      {item.nextDecisions.length === 0 ? (
        <p>{t("triage.decide.none")}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="version" value={item.version} />
          <fieldset className="fieldset">
            <legend>{t("triage.decide.to")}</legend>
            {item.nextDecisions.map((to) => (
              <div className="checkbox" key={to}>
                <input type="radio" id={`decide-${to}`} name="to" value={to} />
                <label htmlFor={`decide-${to}`}>{status(to)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="decide-reason">{t("triage.decide.reason")}</label>
            <select id="decide-reason" name="reasonCode" defaultValue="">
              <option value="">—</option>
              {REJECTION_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`triage.reason.${reason}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="decide-message">{t("triage.decide.message")}</label>
            <p className="field__hint" id="decide-message-hint">
              {t("triage.decide.messageHint")}
            </p>
            <textarea
              id="decide-message"
              name="message"
              rows={4}
              aria-describedby="decide-message-hint"
            />
          </div>
          <button type="submit" className="button">
            {t("triage.decide.submit")}
          </button>
        </Form>
      )}

      <h2>{t("triage.item.history")}</h2>
      {item.decisions.length === 0 ? <p>{t("triage.item.noHistory")}</p> : null}
      <ol>
        {item.decisions.map((decision, index) => (
          <li key={index}>
            {t("triage.item.historyEntry", {
              from: status(decision.fromStatus),
              to: status(decision.toStatus),
              name: decision.decidedByName,
              date: formatDate(locale, decision.decidedAt),
            })}
            {decision.reasonCode
              ? ` — ${t(`triage.reason.${decision.reasonCode}` as MessageKey)}`
              : ""}
            {decision.message ? <blockquote>{decision.message}</blockquote> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
