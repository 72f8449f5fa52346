import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo, useRef, useState } from "react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary } from "~/components/forms";
import { citationToken } from "~/features/review/citations";
import { DiffView } from "~/features/review/diff-view";
import {
  conflictDiff,
  getSectionEditor,
  markOtherLanguageCurrent,
  previewSection,
  saveSection,
} from "~/features/review/drafting.server";
import { requireReviewReader } from "~/features/review/guard.server";
import { getMethodologyFacts } from "~/features/review/methodology.server";
import { countWords, isOverSuggested } from "~/features/review/word-count";
import type { MessageKey } from "~/i18n/translate";
import { formatDate, formatNumber, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({
  consultationId: z.coerce.number().int().positive(),
  sectionId: z.coerce.number().int().positive(),
});

const KINDS = ["practice", "comment", "survey-answer", "review-comment"] as const;

export const FiltersSchema = z.object({
  objective: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  principle: z.string().max(60).optional().catch(undefined),
  kind: z.enum(KINDS).optional().catch(undefined),
  category: z.string().max(60).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

function readFilters(url: URL) {
  const raw = Object.fromEntries(
    [...url.searchParams].filter(([, value]) => value !== ""),
  ) as Record<string, string>;
  return FiltersSchema.parse(raw);
}

const MAX_BODY = 100_000;

export const EditorSchema = z.object({
  intent: z.enum(["save", "preview", "facts", "cite", "markCurrent"]).default("save"),
  revision: z.coerce.number().int().min(0),
  bodyEn: z.string().max(MAX_BODY, "form.tooLong").default(""),
  bodyFr: z.string().max(MAX_BODY, "form.tooLong").default(""),
  cite: z
    .string()
    .regex(/^RT-\d{4}-\d{6}$/)
    .optional(),
  citeLang: z.enum(["en", "fr"]).default("en"),
});

function formatTime(locale: "en" | "fr", iso: string) {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }).format(new Date(iso));
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId, sectionId } = parseParams(ParamsSchema, params);
  const { access } = await requireReviewReader(request, context.db, locale);
  const url = new URL(request.url);
  const filters = readFilters(url);
  const editor = await getSectionEditor(context.db, consultationId, sectionId, filters);
  if (!editor) notFound();
  const facts = await getMethodologyFacts(context.db, consultationId);
  return {
    locale,
    access,
    editor,
    facts: facts!,
    filters,
    saved: url.searchParams.get("saved"),
    parity: url.searchParams.has("parity"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { consultationId, sectionId } = parseParams(ParamsSchema, params);
  const { staff } = await requireReviewReader(request, context.db, locale);
  const formData = await readForm(request);
  if (formData.get("cite")) formData.set("intent", "cite");
  const submission = parseFormData(formData, locale, EditorSchema);
  if (submission.status !== "success")
    return data({ ...base(formData), errors: submission.reply().error ?? {} }, { status: 400 });
  const value = submission.value;
  const t = translator(locale);
  const values = { bodyEn: value.bodyEn, bodyFr: value.bodyFr, revision: value.revision };
  const nonce = Date.now();
  const url = new URL(request.url);

  if (value.intent === "markCurrent") {
    const result = await markOtherLanguageCurrent(
      context.db,
      staff.actor,
      { consultationId, sectionId, expectedRevision: value.revision },
      { ip: context.clientIp },
    );
    if (!result.ok) {
      if (result.error === "forbidden") throw new Response("Forbidden", { status: 403 });
      if (result.error === "notFound") notFound();
      return data(
        {
          values,
          nonce,
          message: null,
          errors: {
            "": [
              t(result.error === "locked" ? "review.error.locked" : "review.error.parityConflict"),
            ],
          },
        },
        { status: 409 },
      );
    }
    url.searchParams.set("parity", "1");
    url.searchParams.delete("saved");
    return redirect(`${url.pathname}${url.search}`);
  }
  if (value.intent === "preview") {
    const previews = await previewSection(context.db, consultationId, sectionId, value);
    return { values, nonce, previews, message: null };
  }
  if (value.intent === "cite" && value.cite) {
    const key = value.citeLang === "en" ? "bodyEn" : "bodyFr";
    const current = values[key];
    const separator = current === "" || /\s$/.test(current) ? "" : " ";
    values[key] = `${current}${separator}${citationToken(value.cite)}`;
    return {
      values,
      nonce,
      message: t("review.editor.cited", {
        reference: value.cite,
        lang: t(`review.lang.${value.citeLang}`),
      }),
    };
  }
  if (value.intent === "facts") {
    const facts = await getMethodologyFacts(context.db, consultationId);
    if (!facts) notFound();
    const append = (text: string, addition: string) =>
      text.trim() === "" ? addition : `${text.replace(/\s+$/, "")}\n\n${addition}`;
    values.bodyEn = append(values.bodyEn, facts.sentences.en);
    values.bodyFr = append(values.bodyFr, facts.sentences.fr);
    return { values, nonce, message: t("review.facts.inserted") };
  }
  const result = await saveSection(
    context.db,
    staff.actor,
    {
      consultationId,
      sectionId,
      expectedRevision: value.revision,
      bodyEn: value.bodyEn,
      bodyFr: value.bodyFr,
    },
    { ip: context.clientIp },
  );
  if (result.ok) {
    url.searchParams.set("saved", result.changed ? String(result.revision) : "unchanged");
    url.searchParams.delete("parity");
    return redirect(`${url.pathname}${url.search}`);
  }
  const error = result.error;
  if (error.kind === "forbidden") throw new Response("Forbidden", { status: 403 });
  if (error.kind === "notFound") notFound();
  if (error.kind === "locked")
    return data(
      { values, nonce, message: null, errors: { "": [t("review.error.locked")] } },
      { status: 409 },
    );
  if (error.kind === "citations") {
    const messages = [
      error.unknown.length
        ? t("review.error.citationsUnknown", { list: error.unknown.join(", ") })
        : null,
      error.notAccepted.length
        ? t("review.error.citationsNotAccepted", { list: error.notAccepted.join(", ") })
        : null,
    ].filter((message): message is string => message !== null);
    return data({ values, nonce, message: null, errors: { "": messages } }, { status: 400 });
  }
  // Stale revision: nothing written. The form now carries the latest revision so that the
  // drafter, having seen the other person's text, can decide to save theirs over it.
  return data(
    {
      values: { ...values, revision: error.revision },
      nonce,
      message: null,
      errors: {
        "": [
          t("review.error.conflict", {
            name: error.changedBy ?? "—",
            time: formatTime(locale, error.changedAt),
            revision: error.revision,
          }),
        ],
      },
      conflict: { theirs: error.theirs, diff: conflictDiff(error.theirs, value) },
    },
    { status: 409 },
  );
}

function base(formData: FormData) {
  return {
    values: {
      bodyEn: String(formData.get("bodyEn") ?? ""),
      bodyFr: String(formData.get("bodyFr") ?? ""),
      revision: Number(formData.get("revision") ?? 0) || 0,
    },
    nonce: Date.now(),
    message: null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return pageTitle(undefined, translator("en")("errors.notFound.title"));
  const t = translator(data.locale);
  const section = data.editor.section;
  return pageTitle(
    data.locale,
    t("review.editor.title", {
      position: section.position,
      title: data.locale === "fr" ? section.titleFr : section.titleEn,
    }),
  );
};

type ActionData = {
  values: { bodyEn: string; bodyFr: string; revision: number };
  nonce: number;
  message: string | null;
  errors?: Record<string, string[] | null>;
  previews?: Awaited<ReturnType<typeof previewSection>>;
  conflict?: {
    theirs: { bodyEn: string; bodyFr: string };
    diff: ReturnType<typeof conflictDiff>;
  };
};

function WordCount({
  id,
  text,
  suggested,
}: {
  id: string;
  text: string;
  suggested: number | null;
}) {
  const { t, locale } = useTranslation();
  const words = countWords(text);
  const over = isOverSuggested(words, suggested);
  return (
    <p className="field__hint" id={id}>
      <span data-testid={`${id}-count`}>
        {suggested
          ? t("review.editor.words", {
              count: formatNumber(locale, words),
              suggested: formatNumber(locale, suggested),
            })
          : t("review.editor.wordsNoSuggestion", { count: formatNumber(locale, words) })}
      </span>
      {over && suggested ? (
        <strong className="review-warning">
          {" "}
          ⚠ {t("review.editor.over", { count: formatNumber(locale, words - suggested) })}
        </strong>
      ) : null}
    </p>
  );
}

export default function ReviewSectionEditor() {
  const { editor, facts, filters, saved, parity, access } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ActionData | undefined;
  const { t, locale } = useTranslation();
  const { section, consultation } = editor;
  const title = (row: { titleEn: string; titleFr: string }) =>
    locale === "fr" ? row.titleFr : row.titleEn;
  const values = reply?.values ?? {
    bodyEn: section.bodyEn,
    bodyFr: section.bodyFr,
    revision: section.revision,
  };
  const [texts, setTexts] = useState({ en: values.bodyEn, fr: values.bodyFr });
  const [seen, setSeen] = useState(reply?.nonce);
  if (reply?.nonce !== seen) {
    setSeen(reply?.nonce);
    setTexts({ en: values.bodyEn, fr: values.bodyFr });
  }
  const lastFocused = useRef<"en" | "fr" | null>(null);
  const enRef = useRef<HTMLTextAreaElement>(null);
  const frRef = useRef<HTMLTextAreaElement>(null);
  const citeLangRef = useRef<HTMLSelectElement>(null);
  // Memoised on the reply: the summary takes focus when its errors change, not on every keystroke.
  const summary = useMemo(
    () =>
      (
        Object.values(reply?.errors ?? {})
          .flat()
          .filter(Boolean) as string[]
      ).map((message) => ({
        fieldId: null,
        message,
      })),
    [reply],
  );
  const editable = access.canEdit && !editor.locked;
  const base = `/${locale}/staff/reviews/${consultation.id}`;

  function insertCitation(event: React.MouseEvent<HTMLButtonElement>, reference: string) {
    const lang = lastFocused.current ?? (citeLangRef.current?.value as "en" | "fr") ?? "en";
    const textarea = lang === "en" ? enRef.current : frRef.current;
    if (!textarea) return;
    event.preventDefault();
    const token = citationToken(reference);
    const start = textarea.selectionStart ?? textarea.value.length;
    const end = textarea.selectionEnd ?? start;
    const before = textarea.value.slice(0, start);
    const spaced = before === "" || /\s$/.test(before) ? token : ` ${token}`;
    textarea.setRangeText(spaced, start, end, "end");
    textarea.focus();
    setTexts((current) => ({ ...current, [lang]: textarea.value }));
  }

  const lagging = section.lagging;
  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>{t("review.nav.overview")}</Link> ·{" "}
        <Link to={`${base}/coverage`}>{t("review.nav.coverage")}</Link> ·{" "}
        <Link to={`${base}/sections/${section.id}/revisions`}>{t("review.nav.revisions")}</Link>
      </p>
      <h1>{t("review.editor.title", { position: section.position, title: title(section) })}</h1>
      <p>{title(consultation)}</p>
      {saved && !reply ? (
        <p className="success-box" role="status">
          {saved === "unchanged"
            ? t("review.editor.unchanged")
            : t("review.editor.saved", { revision: saved })}
        </p>
      ) : null}
      {parity && !reply ? (
        <p className="success-box" role="status">
          {t("review.editor.parityConfirmed")}
        </p>
      ) : null}
      {reply?.message ? (
        <p className="success-box" role="status">
          {reply.message}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      {editor.locked ? <p className="notice">{t("review.locked")}</p> : null}

      {reply?.conflict ? (
        <section aria-labelledby="conflict-title" className="review-conflict">
          <h2 id="conflict-title">{t("review.conflict.theirs", { lang: t("review.lang.en") })}</h2>
          <pre className="preserve-lines" lang="en">
            {reply.conflict.theirs.bodyEn}
          </pre>
          <h3>{t("review.conflict.diff", { lang: t("review.lang.en") })}</h3>
          <p className="field__hint">{t("review.diff.legend")}</p>
          <DiffView parts={reply.conflict.diff.en} t={t} lang="en" />
          <h2>{t("review.conflict.theirs", { lang: t("review.lang.fr") })}</h2>
          <pre className="preserve-lines" lang="fr">
            {reply.conflict.theirs.bodyFr}
          </pre>
          <h3>{t("review.conflict.diff", { lang: t("review.lang.fr") })}</h3>
          <DiffView parts={reply.conflict.diff.fr} t={t} lang="fr" />
        </section>
      ) : null}

      <dl className="facts">
        <dt>{t("review.column.parity")}</dt>
        <dd data-testid="section-parity">
          {lagging ? t(`review.parity.${lagging}`) : t("review.parity.ok")}
        </dd>
        <dt>{t("review.column.saved")}</dt>
        <dd>
          {section.revision === 0
            ? t("review.never")
            : t("review.savedBy", {
                name: section.updatedByName ?? "—",
                date: formatTime(locale, section.updatedAt),
              })}
        </dd>
      </dl>
      {lagging && editable ? (
        <Form method="post">
          <input type="hidden" name="intent" value="markCurrent" />
          <input type="hidden" name="revision" value={section.revision} />
          <button type="submit" className="button button--secondary">
            {t("review.editor.markCurrent", { lang: t(`review.lang.${lagging}`) })}
          </button>
        </Form>
      ) : null}

      {section.prompts.length ? (
        <section aria-labelledby="prompts-title">
          <h2 id="prompts-title">{t("review.editor.prompts")}</h2>
          <ol type="a">
            {section.prompts.map((prompt, index) => (
              <li key={index}>{locale === "fr" ? prompt.fr : prompt.en}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {section.suggestedWords ? (
        <p>
          {t("review.editor.suggested", { count: formatNumber(locale, section.suggestedWords) })}
        </p>
      ) : null}

      <form
        method="get"
        className="review-filters"
        aria-labelledby="evidence-filters-title"
        id="evidence-filters"
      >
        <h2 id="evidence-filters-title">{t("review.evidence.filters")}</h2>
        <div className="field">
          <label htmlFor="filter-objective">{t("review.evidence.objective")}</label>
          <select id="filter-objective" name="objective" defaultValue={filters.objective ?? ""}>
            <option value="">{t("review.evidence.any")}</option>
            {editor.facets.objectives.map((objective) => (
              <option key={objective.number} value={objective.number}>
                {objective.number}. {title(objective)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-principle">{t("review.evidence.principle")}</label>
          <select id="filter-principle" name="principle" defaultValue={filters.principle ?? ""}>
            <option value="">{t("review.evidence.any")}</option>
            {editor.facets.principles.map((principle) => (
              <option key={principle.key} value={principle.key}>
                {title(principle)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t("review.evidence.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("review.evidence.any")}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`contributions.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">{t("review.evidence.category")}</label>
          <select id="filter-category" name="category" defaultValue={filters.category ?? ""}>
            <option value="">{t("review.evidence.any")}</option>
            {editor.facets.categories.map((category) => (
              <option key={category.key} value={category.key}>
                {locale === "fr" ? category.nameFr : category.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-q">{t("review.evidence.q")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("review.evidence.apply")}
        </button>
      </form>

      <Form method="post" className="review-editor" key={reply?.nonce ?? "loaded"}>
        <input type="hidden" name="revision" value={values.revision} />
        <div className="review-editor__texts">
          <p className="field__hint" id="body-hint">
            {t("review.editor.hint")}
          </p>
          {(["en", "fr"] as const).map((lang) => {
            const name = lang === "en" ? "bodyEn" : "bodyFr";
            return (
              <div className="field" key={lang}>
                <label htmlFor={name}>{t(`review.editor.${name}`)}</label>
                <textarea
                  id={name}
                  name={name}
                  lang={lang}
                  rows={16}
                  ref={lang === "en" ? enRef : frRef}
                  defaultValue={values[name]}
                  readOnly={!editable}
                  aria-describedby={`body-hint words-${lang}`}
                  // The text last worked in (typed, caret moved, clicked), not merely the last
                  // one Tab passed through: a keyboard user tabs through the French text on the
                  // way from the English one to the "Cite" buttons.
                  onMouseUp={() => (lastFocused.current = lang)}
                  onKeyUp={(event) => {
                    if (event.key !== "Tab" && event.key !== "Shift") lastFocused.current = lang;
                  }}
                  onInput={(event) => {
                    lastFocused.current = lang;
                    const value = event.currentTarget.value;
                    setTexts((current) => ({ ...current, [lang]: value }));
                  }}
                />
                <WordCount
                  id={`words-${lang}`}
                  text={texts[lang]}
                  suggested={section.suggestedWords}
                />
              </div>
            );
          })}
          <div className="button-row">
            {editable ? (
              <button type="submit" name="intent" value="save" className="button">
                {t("review.editor.save")}
              </button>
            ) : null}
            <button
              type="submit"
              name="intent"
              value="preview"
              className="button button--secondary"
            >
              {t("review.editor.preview")}
            </button>
          </div>
        </div>

        <section className="review-editor__evidence" aria-labelledby="evidence-title">
          <h2 id="evidence-title">{t("review.evidence.title")}</h2>
          {editable ? (
            <div className="field">
              <label htmlFor="citeLang">{t("review.evidence.citeLang")}</label>
              <p className="field__hint" id="citeLang-hint">
                {t("review.evidence.citeLangHint")}
              </p>
              <select
                id="citeLang"
                name="citeLang"
                ref={citeLangRef}
                defaultValue={locale}
                aria-describedby="citeLang-hint"
                onChange={() => (lastFocused.current = null)}
              >
                <option value="en">{t("review.lang.en")}</option>
                <option value="fr">{t("review.lang.fr")}</option>
              </select>
            </div>
          ) : null}
          <p>{t("review.evidence.count", { count: editor.evidence.length })}</p>
          {editor.evidence.length === 0 ? <p>{t("review.evidence.empty")}</p> : null}
          <ul className="review-evidence">
            {editor.evidence.map((input) => (
              <li
                key={input.reference}
                data-reference={input.reference}
                data-objectives={input.objectiveNumbers.join(" ")}
              >
                <strong lang={locale}>{locale === "fr" ? input.titleFr : input.titleEn}</strong>
                <br />
                {input.reference} ·{" "}
                {locale === "fr" ? input.organizationNameFr : input.organizationNameEn} ·{" "}
                {t(`contributions.kind.${input.kind}`)}
                {input.objectiveNumbers.length ? (
                  <>
                    {" "}
                    · {t("review.evidence.objectives", { list: input.objectiveNumbers.join(", ") })}
                  </>
                ) : null}
                {editable ? (
                  <>
                    <br />
                    <button
                      type="submit"
                      name="cite"
                      value={input.reference}
                      className="button button--small"
                      onClick={(event) => insertCitation(event, input.reference)}
                    >
                      {t("review.evidence.cite", { reference: input.reference })}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>

        <details className="review-facts" open={section.position === 1 || undefined}>
          <summary>{t("review.facts.title")}</summary>
          <p>{t("review.facts.intro")}</p>
          <dl className="facts">
            <dt>{t("review.facts.dates")}</dt>
            <dd>
              {t("review.facts.datesValue", {
                opens: formatDate(locale, facts.opensAt),
                closes: formatDate(locale, facts.closesAt),
              })}
            </dd>
            <dt>{t("review.facts.invited")}</dt>
            <dd>{formatNumber(locale, facts.invited)}</dd>
            <dt>{t("review.facts.responding")}</dt>
            <dd>{formatNumber(locale, facts.responding)}</dd>
            <dt>{t("review.facts.inputs")}</dt>
            <dd>{formatNumber(locale, facts.inputsTotal)}</dd>
            <dt>{t("review.facts.survey")}</dt>
            <dd>
              {facts.survey.rate === null
                ? t("review.facts.noSurvey")
                : t("review.facts.surveyValue", {
                    rate: facts.survey.rate,
                    submitted: facts.survey.submitted,
                    invited: facts.invited,
                  })}
            </dd>
          </dl>
          <table>
            <caption>{t("review.facts.byCategoryCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.facts.category")}</th>
                <th scope="col">{t("review.facts.invited")}</th>
                <th scope="col">{t("review.facts.responding")}</th>
              </tr>
            </thead>
            <tbody>
              {facts.byCategory.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{locale === "fr" ? row.nameFr : row.nameEn}</th>
                  <td>{row.invited}</td>
                  <td>{row.responding}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t("review.facts.byJurisdictionCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.facts.jurisdiction")}</th>
                <th scope="col">{t("review.facts.invited")}</th>
                <th scope="col">{t("review.facts.responding")}</th>
              </tr>
            </thead>
            <tbody>
              {facts.byJurisdiction.map((row) => (
                <tr key={row.jurisdiction}>
                  <th scope="row">
                    {t(`admin.jurisdiction.${row.jurisdiction}` as MessageKey) ?? row.jurisdiction}
                  </th>
                  <td>{row.invited}</td>
                  <td>{row.responding}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t("review.facts.byKindCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.facts.kind")}</th>
                <th scope="col">{t("review.facts.count")}</th>
              </tr>
            </thead>
            <tbody>
              {facts.byKind.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{t(`contributions.kind.${row.kind}` as MessageKey)}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
              {facts.byStatus.map((row) => (
                <tr key={row.status}>
                  <th scope="row">{t(`contributions.status.${row.status}` as MessageKey)}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {editable ? (
            <button type="submit" name="intent" value="facts" className="button button--secondary">
              {t("review.facts.insert")}
            </button>
          ) : null}
        </details>
      </Form>

      {reply?.previews ? (
        <section aria-labelledby="preview-title" className="review-preview">
          <h2 id="preview-title">{t("review.editor.previewTitle")}</h2>
          {(["en", "fr"] as const).map((lang) => (
            <article
              key={lang}
              lang={lang}
              aria-label={`${t("review.editor.previewTitle")} — ${t(`review.lang.${lang}`)}`}
            >
              <h3>{t(`review.lang.${lang}`)}</h3>
              <div dangerouslySetInnerHTML={{ __html: reply.previews![lang].html }} />
              {reply.previews![lang].references.length ? (
                <>
                  <h4>{t("review.editor.references")}</h4>
                  <ol>
                    {reply.previews![lang].references.map((reference) => (
                      <li
                        key={reference.reference}
                        id={`preview-${lang}-citation-${reference.number}`}
                        value={reference.number}
                      >
                        {reference.input ? (
                          <>
                            {reference.input.published ? (
                              <a href={`/${lang}/practices/${reference.reference}`}>
                                {reference.input.title}
                              </a>
                            ) : (
                              reference.input.title
                            )}
                            {reference.input.organization
                              ? ` — ${reference.input.organization}`
                              : ""}{" "}
                            ({reference.reference})
                          </>
                        ) : (
                          reference.reference
                        )}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </article>
          ))}
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
