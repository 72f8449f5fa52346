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
import { useErrorText } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { decideInput } from "~/features/triage/decisions.server";
import { mergeInputs, undoMerge } from "~/features/triage/duplicates.server";
import {
  addInternalNote,
  decideSuggestion,
  normaliseTags,
  saveStaffTags,
} from "~/features/triage/tags.server";
import { ChoiceField, RejectionReasonField } from "~/features/triage/choice-field";
import { REJECTION_REASONS } from "~/features/triage/input-status";
import { getTriageItem } from "~/features/triage/queue.server";
import { findTranslationPartners } from "~/features/triage/translations.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export const DecisionSchema = z.object({
  to: z.enum(["in-review", "accepted", "rejected", "changes-requested"], {
    error: "form.required",
  }),
  version: z.coerce.number().int().positive(),
  reasonCode: z.enum(REJECTION_REASONS).optional(),
  message: z.string().max(5_000, "form.tooLong").optional(),
});

const REFERENCE = /^RT-\d{4}-\d{6,}$/;

export const MergeSchema = z.object({
  intent: z.literal("merge"),
  version: z.coerce.number().int().positive(),
  references: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().regex(REFERENCE)).min(1, "triage.error.nothingSelected").max(500),
  ),
});

export const UndoMergeSchema = z.object({
  intent: z.literal("undo-merge"),
  mergeId: z.coerce.number().int().positive(),
});

export const SuggestionSchema = z.object({
  intent: z.literal("suggestion"),
  objective: z.coerce.number().int().min(1).max(99),
  decision: z.enum(["accepted", "dismissed"]),
});

const many = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const TagsSchema = z.object({
  intent: z.literal("tags"),
  version: z.coerce.number().int().positive(),
  objectives: z.preprocess(many, z.array(z.coerce.number().int().min(1).max(99)).max(30)),
  principles: z.preprocess(many, z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(30)),
  cluster: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  tags: z.string().max(1_000, "form.tooLong").optional(),
  visibility: z.enum(["public", "internal"]).optional(),
});

export const NoteSchema = z.object({
  intent: z.literal("note"),
  body: z
    .string({ error: "triage.error.noteRequired" })
    .trim()
    .min(1, "triage.error.noteRequired")
    .max(5_000, "form.tooLong"),
});

function formatWhen(locale: string, iso: string | undefined) {
  return iso
    ? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "America/Toronto",
      }).format(new Date(iso))
    : "—";
}

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
  const translations = await findTranslationPartners(context.db, [reference]);
  return {
    locale,
    item,
    translation: translations[reference] ?? null,
    queueUrl: queueReturn(request, locale),
    decided: new URL(request.url).searchParams.has("decided"),
    merged: new URL(request.url).searchParams.has("merged"),
    unmerged: new URL(request.url).searchParams.has("unmerged"),
    saved: new URL(request.url).searchParams.get("saved"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const staff = await requireStaff(request, context.db, locale, "decide:input");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const t = translator(locale);
  const back = new URL(request.url).searchParams.get("back");
  const backParam = back ? `&back=${encodeURIComponent(back)}` : "";
  if (intent === "suggestion" || intent === "tags" || intent === "note") {
    const parsed =
      intent === "suggestion"
        ? parseFormData(formData, locale, SuggestionSchema)
        : intent === "tags"
          ? parseFormData(formData, locale, TagsSchema)
          : parseFormData(formData, locale, NoteSchema);
    if (parsed.status !== "success") return data(parsed.reply(), { status: 400 });
    const value = parsed.value;
    const ip = { ip: context.clientIp };
    const result =
      value.intent === "suggestion"
        ? await decideSuggestion(context.db, staff.actor, reference, value, ip)
        : value.intent === "tags"
          ? await saveStaffTags(
              context.db,
              staff.actor,
              reference,
              {
                objectives: value.objectives,
                principles: value.principles,
                cluster: value.cluster ?? null,
                tags: normaliseTags(value.tags ?? ""),
                visibility: value.visibility ?? "public",
                expectedVersion: value.version,
              },
              ip,
            )
          : await addInternalNote(context.db, staff.actor, reference, value.body, ip);
    if (!result.ok) {
      const [error] = result.errors;
      if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
      if (error === "notFound") notFound();
      const message =
        error === "conflict"
          ? t("triage.error.conflict", {
              name: result.changedBy ?? "—",
              time: formatWhen(locale, result.changedAt),
            })
          : t(`triage.error.${error}` as MessageKey);
      return data(parsed.reply({ formErrors: [message] }), {
        status: error === "conflict" ? 409 : 400,
      });
    }
    return redirect(`/${locale}/staff/triage/${reference}?saved=${value.intent}${backParam}`);
  }
  if (intent === "merge" || intent === "undo-merge") {
    const parsed =
      intent === "merge"
        ? parseFormData(formData, locale, MergeSchema)
        : parseFormData(formData, locale, UndoMergeSchema);
    if (parsed.status !== "success") return data(parsed.reply(), { status: 400 });
    const value = parsed.value;
    const result =
      value.intent === "merge"
        ? await mergeInputs(context.db, staff.actor, reference, value.references, value.version, {
            ip: context.clientIp,
          })
        : await undoMerge(context.db, staff.actor, reference, value.mergeId, {
            ip: context.clientIp,
          });
    if (!result.ok) {
      const [error] = result.errors;
      if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
      const who = result as { changedBy?: string | null; changedAt?: string };
      const message =
        error === "conflict"
          ? t("triage.error.conflict", {
              name: who.changedBy ?? "—",
              time: formatWhen(locale, who.changedAt),
            })
          : t(`triage.error.${error}` as MessageKey);
      return data(parsed.reply({ formErrors: [message] }), {
        status: error === "conflict" ? 409 : 400,
      });
    }
    return redirect(
      `/${locale}/staff/triage/${reference}?${value.intent === "merge" ? "merged" : "unmerged"}=1${backParam}`,
    );
  }
  const submission = parseFormData(formData, locale, DecisionSchema);
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
    const message =
      error === "conflict"
        ? t("triage.error.conflict", {
            name: result.changedBy ?? "—",
            time: formatWhen(locale, result.changedAt),
          })
        : t(`triage.error.${error}` as MessageKey);
    return data(submission.reply({ formErrors: [message] }), {
      status: error === "conflict" ? 409 : 400,
    });
  }
  return redirect(`/${locale}/staff/triage/${reference}?decided=1${backParam}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("triage.item.title", { reference: data.item.reference })
      : translator("en")("errors.notFound.title"),
  );

export default function TriageItem() {
  const { item, translation, queueUrl, decided, merged, unmerged, saved } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const status = (s: string) => t(`contributions.status.${s}` as MessageKey);
  // catalog keys (the schemas' messages) or sentences the action already translated
  const errorText = useErrorText();
  const lang = item.text && item.text.lang !== locale ? item.text.lang : undefined;
  // Form-level messages first, then any field's (they are catalog keys or translated text).
  const formErrors = [
    ...new Set(Object.values(reply?.error ?? {}).flatMap((messages) => messages ?? [])),
  ];
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
      {saved && ["suggestion", "tags", "note"].includes(saved) && !reply ? (
        <p className="success-box" role="status">
          {t(`triage.saved.${saved}` as MessageKey)}
        </p>
      ) : null}
      {merged && !reply ? (
        <p className="success-box" role="status">
          {t("triage.dup.merged")}
        </p>
      ) : null}
      {unmerged && !reply ? (
        <p className="success-box" role="status">
          {t("triage.dup.undone")}
        </p>
      ) : null}
      {item.mergedInto ? (
        <p className="notice">
          {t("triage.mergedInto", { reference: item.mergedInto })}{" "}
          <Link to={`/${locale}/staff/triage/${item.mergedInto}`}>{item.mergedInto}</Link>
        </p>
      ) : null}
      {formErrors.length ? (
        <div className="error-summary" role="alert">
          {formErrors.map((message) => (
            <p key={message}>{errorText(message)}</p>
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
      <section aria-labelledby="translation-title">
        <h2 id="translation-title">{t("triage.translation.title")}</h2>
        {translation ? (
          <p>
            {t(`triage.translation.${translation.source}`, {
              reference: translation.reference,
              language: t(`triage.translation.in.${translation.language}`),
            })}{" "}
            <Link
              to={`/${locale}/staff/triage/${translation.reference}`}
              lang={translation.language}
            >
              {t("triage.translation.queue", {
                reference: translation.reference,
                language: t(`triage.translation.in.${translation.language}`),
              })}
            </Link>
          </p>
        ) : (
          <p>{t("triage.translation.none")}</p>
        )}
      </section>

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
            {suggestion.decision ? (
              <strong> — {t(`triage.suggestions.${suggestion.decision}` as MessageKey)}</strong>
            ) : (
              <Form method="post" className="actions">
                <input type="hidden" name="intent" value="suggestion" />
                <input type="hidden" name="objective" value={suggestion.objective} />
                <button type="submit" name="decision" value="accepted" className="button">
                  {t("triage.suggestions.accept", { number: suggestion.objective })}
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="dismissed"
                  className="button button--secondary"
                >
                  {t("triage.suggestions.dismiss", { number: suggestion.objective })}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      <StaffTagsPanel item={item} />
      <DuplicatesPanel item={item} />
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
          <RejectionReasonField id="decide-reason" />
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

/** Staff's own classification and internal notes: staff only, never shown to contributors. */
function StaffTagsPanel({ item }: { item: Item }) {
  const { t, locale } = useTranslation();
  const tags = item.staffTags;
  return (
    <>
      <section aria-labelledby="staff-tags-title">
        <h2 id="staff-tags-title">{t("triage.tags.title")}</h2>
        <p className="field__hint">{t("triage.tags.hint")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="tags" />
          <input type="hidden" name="version" value={item.version} />
          <fieldset className="fieldset">
            <legend>{t("triage.tags.objectives")}</legend>
            <div className="checkbox-columns">
              {item.choices.objectives.map((o) => (
                <div className="checkbox" key={o.number}>
                  <input
                    type="checkbox"
                    id={`tag-objective-${o.number}`}
                    name="objectives"
                    value={o.number}
                    defaultChecked={tags.objectives.includes(o.number)}
                  />
                  <label htmlFor={`tag-objective-${o.number}`}>
                    {o.number}. {o.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t("triage.tags.principles")}</legend>
            {item.choices.principles.map((p) => (
              <div className="checkbox" key={p.key}>
                <input
                  type="checkbox"
                  id={`tag-principle-${p.key}`}
                  name="principles"
                  value={p.key}
                  defaultChecked={tags.principles.includes(p.key)}
                />
                <label htmlFor={`tag-principle-${p.key}`}>{p.title}</label>
              </div>
            ))}
          </fieldset>
          <ChoiceField
            id="tag-cluster"
            name="cluster"
            label={t("triage.tags.cluster")}
            empty="—"
            choices={item.choices.clusters}
            defaultValue={tags.cluster ?? ""}
          />
          <div className="field">
            <label htmlFor="tag-free">{t("triage.tags.free")}</label>
            <p className="field__hint" id="tag-free-hint">
              {t("triage.tags.freeHint")}
            </p>
            <input
              type="text"
              id="tag-free"
              name="tags"
              defaultValue={tags.tags.join(", ")}
              aria-describedby="tag-free-hint"
            />
          </div>
          <fieldset className="fieldset">
            <legend>{t("triage.tags.visibility")}</legend>
            {(["public", "internal"] as const).map((visibility) => (
              <div className="checkbox" key={visibility}>
                <input
                  type="radio"
                  id={`tag-visibility-${visibility}`}
                  name="visibility"
                  value={visibility}
                  defaultChecked={tags.visibility === visibility}
                />
                <label htmlFor={`tag-visibility-${visibility}`}>
                  {t(`triage.visibility.${visibility}`)}
                </label>
              </div>
            ))}
          </fieldset>
          {tags.updatedAt ? (
            <p className="field__hint">
              {t("triage.tags.updated", {
                name: tags.updatedByName ?? "—",
                date: formatDate(locale, tags.updatedAt),
              })}
            </p>
          ) : null}
          <button type="submit" className="button">
            {t("triage.tags.save")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t("triage.notes.title")}</h2>
        <p className="field__hint">{t("triage.notes.hint")}</p>
        {item.notes.length === 0 ? <p>{t("triage.notes.none")}</p> : null}
        <ol>
          {item.notes.map((note) => (
            <li key={note.id}>
              <p className="preserve-lines">{note.body}</p>
              <p className="field__hint">
                {t("triage.notes.by", {
                  name: note.authorName,
                  date: formatDate(locale, note.createdAt),
                })}
              </p>
            </li>
          ))}
        </ol>
        <Form method="post">
          <input type="hidden" name="intent" value="note" />
          <div className="field">
            <label htmlFor="note-body">{t("triage.notes.add")}</label>
            <textarea id="note-body" name="body" rows={3} required />
          </div>
          <button type="submit" className="button">
            {t("triage.notes.save")}
          </button>
        </Form>
      </section>
    </>
  );
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["item"];

/** The people an input speaks for, its near-duplicates (merge) and the merges into it (undo). */
function DuplicatesPanel({ item }: { item: Item }) {
  const { t, locale } = useTranslation();
  const provinces = new Set(
    item.voices
      .map((voice) => voice.jurisdiction)
      .filter((j) => j !== "national" && j !== "international"),
  ).size;
  const organizations = new Set(item.voices.map((voice) => voice.organization)).size;
  const mergeable = item.duplicates.peers.filter((peer) => peer.mergeable);
  return (
    <>
      {item.voices.length > 1 ? (
        <section aria-labelledby="voices-title">
          <h2 id="voices-title">{t("triage.voices.title")}</h2>
          <p>{t("triage.voices.summary", { organizations, provinces })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t("triage.voices.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("triage.column.reference")}</th>
                  <th scope="col">{t("triage.column.organization")}</th>
                  <th scope="col">{t("triage.voices.jurisdiction")}</th>
                  <th scope="col">{t("triage.voices.author")}</th>
                </tr>
              </thead>
              <tbody>
                {item.voices.map((voice) => (
                  <tr key={voice.reference}>
                    <th scope="row">{voice.reference}</th>
                    <td>{voice.organization}</td>
                    <td>{voice.jurisdiction}</td>
                    <td>{voice.author ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {item.merges.length ? (
        <section aria-labelledby="merges-title">
          <h2 id="merges-title">{t("triage.merges.title")}</h2>
          <ul>
            {item.merges.map((merge) => (
              <li key={merge.mergeId}>
                {t("triage.merges.entry", {
                  references: merge.references.join(", "),
                  name: merge.mergedBy,
                  date: formatDate(locale, merge.mergedAt),
                })}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="undo-merge" />
                  <input type="hidden" name="mergeId" value={merge.mergeId} />
                  <button type="submit" className="button button--secondary">
                    {t("triage.merges.undo")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="duplicates-title">
        <h2 id="duplicates-title">{t("triage.dup.title")}</h2>
        {item.duplicates.peers.length === 0 ? (
          <p>{t("triage.dup.none")}</p>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="merge" />
            <input type="hidden" name="version" value={item.version} />
            {item.duplicates.summary ? (
              <p>{t("triage.dup.summary", item.duplicates.summary)}</p>
            ) : null}
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t("triage.dup.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("triage.column.select")}</th>
                    <th scope="col">{t("triage.column.reference")}</th>
                    <th scope="col">{t("triage.column.title")}</th>
                    <th scope="col">{t("triage.column.organization")}</th>
                    <th scope="col">{t("triage.column.status")}</th>
                    <th scope="col">{t("triage.dup.similarity")}</th>
                  </tr>
                </thead>
                <tbody>
                  {item.duplicates.peers.map((peer) => (
                    <tr key={peer.reference}>
                      <td>
                        {peer.mergeable && item.canMerge ? (
                          <input
                            type="checkbox"
                            name="references"
                            value={peer.reference}
                            aria-label={t("triage.dup.select", { reference: peer.reference })}
                          />
                        ) : null}
                      </td>
                      <td>
                        <Link to={`/${locale}/staff/triage/${peer.reference}`}>
                          {peer.reference}
                        </Link>
                      </td>
                      <th scope="row" lang={peer.language !== locale ? peer.language : undefined}>
                        {peer.title}
                      </th>
                      <td>{peer.organization}</td>
                      <td>{t(`contributions.status.${peer.status}` as MessageKey)}</td>
                      <td>{t("triage.dup.percent", { value: peer.similarity })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {mergeable.length && item.canMerge ? (
              <>
                <p className="field__hint">{t("triage.dup.hint")}</p>
                <button type="submit" className="button">
                  {t("triage.dup.merge")}
                </button>
              </>
            ) : null}
          </Form>
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
