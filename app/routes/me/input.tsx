import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getCitedSectionsByReference } from "~/features/review/publication.server";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { generateToken } from "~/features/accounts/tokens.server";
import {
  contributionErrorMessage,
  contributionErrorStatus,
} from "~/features/contributions/action-reply";
import { attachmentErrorMessages } from "~/features/contributions/action-reply";
import { MAX_ATTACHMENT_BYTES } from "~/features/contributions/attachment-types";
import { prepareAttachments } from "~/features/contributions/attachments.server";
import { getInputTimeline, getLatestDecision } from "~/features/contributions/my-inputs.server";
import { PracticeForm } from "~/features/contributions/practice-form";
import {
  getFrameworkChoices,
  valuesFromInput,
} from "~/features/contributions/practice-form.server";
import { valuesFromReply } from "~/features/contributions/practice-form-values";
import {
  PracticeDraftSchema,
  PracticeSubmitSchema,
} from "~/features/contributions/practice.schema";
import {
  getOwnInput,
  getOwnInputForSave,
  updatePractice,
  withdrawInput,
} from "~/features/contributions/practices.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const input = await getOwnInput(context.db, signedIn, reference);
  // Another organization's input does not exist as far as this person can tell.
  if (!input) notFound();
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    locale,
    reference,
    status: input.status,
    kind: input.kind,
    editable: input.editable && input.kind === "practice",
    version: input.version,
    values: valuesFromInput(input),
    closesAt: input.closesAt.toISOString(),
    lastEditorName: input.lastEditorName,
    updatedAt: input.updatedAt.toISOString(),
    choices: await getFrameworkChoices(context.db, input.frameworkId, locale),
    timeline: await getInputTimeline(context.db, input.id),
    decision: await getLatestDecision(context.db, input.id),
    cited: (await getCitedSectionsByReference(context.db, [reference]))[reference] ?? [],
    attachments: input.attachments.map((a) => ({
      id: a.id,
      name: a.originalName,
      sizeBytes: a.sizeBytes,
    })),
    submitKey: generateToken(),
    notice:
      notice === "draft-saved" || notice === "saved" || notice === "withdrawn"
        ? (notice as "draft-saved" | "saved" | "withdrawn")
        : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const formData = await readForm(request, { maxFileBytes: MAX_ATTACHMENT_BYTES });
  const intent = formData.get("intent");
  if (intent === "withdraw") {
    const result = await withdrawInput(context.db, signedIn, reference, { ip: context.clientIp });
    if (!result.ok && result.errors[0] === "notFound") notFound();
    if (!result.ok)
      return data(
        { formErrors: [contributionErrorMessage(result.errors[0]!)] },
        { status: contributionErrorStatus(result.errors[0]!) },
      );
    return redirect(`/${locale}/my/inputs/${reference}?notice=withdrawn`);
  }
  const submit = intent === "submit";
  const submission = parseFormData(
    formData,
    locale,
    submit ? PracticeSubmitSchema : PracticeDraftSchema,
  );
  const current = await getOwnInputForSave(context.db, signedIn, reference);
  const files = await prepareAttachments(formData, current?.attachmentCount ?? 0);
  if (submission.status !== "success" || !files.ok) {
    const reply = submission.reply(
      files.ok
        ? {}
        : {
            fieldErrors: {
              ...(submission.status === "error" ? submission.error : {}),
              attachments: attachmentErrorMessages(locale, files.problems),
            },
          },
    );
    return data({ reply }, { status: 400 });
  }
  const result = await updatePractice(context.db, signedIn, reference, submission.value, {
    submit,
    ip: context.clientIp,
    publicUrl: context.publicUrl,
    attachments: files.prepared,
  });
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    const message =
      error === "conflict" && result.changedBy && result.changedAt
        ? translator(locale)("contributions.error.conflict", {
            name: result.changedBy,
            time: new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: "America/Toronto",
            }).format(new Date(result.changedAt)),
          })
        : contributionErrorMessage(error!);
    return data(
      { reply: submission.reply({ formErrors: [message] }) },
      { status: contributionErrorStatus(error!) },
    );
  }
  return redirect(
    submit
      ? `/${locale}/my/inputs/${reference}/receipt`
      : `/${locale}/my/inputs/${reference}?notice=saved`,
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("contributions.edit.title", { reference: data.reference })
      : translator("en")("errors.notFound.title"),
  );

const NOTICES = {
  "draft-saved": "contributions.notice.draftSaved",
  saved: "contributions.notice.saved",
  withdrawn: "contributions.notice.withdrawn",
} as const;

export default function EditInput() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const reply = actionData && "reply" in actionData ? actionData.reply : null;
  const values = reply ? valuesFromReply(reply.initialValue) : page.values;
  const errors: Record<string, string[] | null | undefined> =
    reply?.error ?? (actionData && "formErrors" in actionData ? { "": actionData.formErrors } : {});
  return (
    <>
      <h1>{t("contributions.edit.title", { reference: page.reference })}</h1>
      {page.notice ? (
        <p className="success-box" role="status">
          {t(NOTICES[page.notice])}
        </p>
      ) : null}
      {page.decision && page.decision.status === page.status ? (
        <div className={page.status === "accepted" ? "success-box" : "notice"} role="status">
          <p>
            <strong>{t(`contributions.decision.${page.decision.status}` as MessageKey)}</strong>
          </p>
          {page.decision.message ? <p className="preserve-lines">{page.decision.message}</p> : null}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("contributions.status")}</dt>
        <dd>
          <span className={`status status--${page.status}`}>
            {t(`contributions.status.${page.status}` as MessageKey)}
          </span>
          {page.cited.map((place) => (
            <span key={`${place.slug}-${place.number}`}>
              {" "}
              <Link to={`/${locale}/reviews/${place.slug}#section-${place.number}`}>
                {t("reviewPublication.myInputs.citedIn", { number: place.number })}
              </Link>
            </span>
          ))}
        </dd>
        <dt>{t("contributions.myInputs.updated")}</dt>
        <dd>
          {t("contributions.lastEditor", {
            name: page.lastEditorName ?? "—",
            date: formatDate(locale, page.updatedAt),
          })}
        </dd>
      </dl>
      {page.status !== "draft" ? (
        <p>
          <Link to={`/${locale}/my/inputs/${page.reference}/other-language`}>
            {t("triage.pairing.link")}
          </Link>
        </p>
      ) : null}
      {page.editable ? (
        <>
          <PracticeForm
            choices={page.choices}
            values={values}
            errors={errors}
            submitKey={page.submitKey}
            version={page.version}
            canSubmit
            submitLabel={t(
              page.status === "draft"
                ? "contributions.action.submit"
                : "contributions.action.submitChanges",
            )}
          />
          <Form method="post" className="actions">
            <button
              type="submit"
              name="intent"
              value="withdraw"
              className="button button--secondary"
            >
              {t("contributions.action.withdraw")}
            </button>
          </Form>
        </>
      ) : (
        <>
          {errors[""]?.length ? (
            <p className="error-summary" role="alert">
              {errors[""]
                .map((m) =>
                  m.startsWith("contributions.") || m.startsWith("errors.")
                    ? t(m as MessageKey)
                    : m,
                )
                .join(" ")}
            </p>
          ) : null}
          <p>{t("contributions.readOnly")}</p>
          <h2 lang={values.language !== locale ? values.language : undefined}>{values.title}</h2>
          <p lang={values.language !== locale ? values.language : undefined}>{values.summary}</p>
        </>
      )}
      <h2>{t("contributions.attachments.title")}</h2>
      {page.attachments.length === 0 ? <p>{t("contributions.attachments.none")}</p> : null}
      <ul>
        {page.attachments.map((attachment) => (
          <li key={attachment.id}>
            <a
              href={`/${locale}/my/inputs/${page.reference}/attachments/${attachment.id}`}
              download
            >
              {attachment.name}
            </a>{" "}
            ({formatNumber(locale, Math.max(1, Math.round(attachment.sizeBytes / 1024)))} KB)
          </li>
        ))}
      </ul>
      <h2>{t("contributions.timeline.title")}</h2>
      <ol>
        {page.timeline.map((event, index) => (
          <li key={index}>
            {t(`contributions.timeline.${event.action}` as MessageKey, {
              name: event.actorName ?? "—",
            })}{" "}
            — {formatDate(locale, event.at)}
          </li>
        ))}
      </ol>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
