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
import { requireSignedIn } from "~/features/accounts/auth.server";
import { SurveyIdParamsSchema } from "~/features/surveys/survey-builder.schema";
import {
  allQuestions,
  sectionProgress,
  text,
  valuesFromFormData,
} from "~/features/surveys/survey-logic";
import { SurveyQuestions } from "~/features/surveys/survey-questions";
import {
  findRespondentAccess,
  getResponse,
  saveResponse,
} from "~/features/surveys/survey-responses.server";
import { formatDate, formatNumber, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const IntentSchema = z.object({
  intent: z.enum(["save", "submit"]),
  version: z.coerce.number().int().min(0).max(2_147_483_647),
});
export const DoneSchema = z.object({ done: z.enum(["saved", "submitted"]) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const access = await findRespondentAccess(context.db, signedIn, surveyId);
  if (!access) notFound();
  const { response, values, answeredBy } = await getResponse(context.db, access);
  const done = DoneSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    survey: {
      id: access.survey.id,
      titleEn: access.survey.titleEn,
      titleFr: access.survey.titleFr,
      introEn: access.survey.introEn,
      introFr: access.survey.introFr,
      closesAt: access.survey.closesAt.toISOString(),
      open: access.survey.acceptingNow,
    },
    sections: access.sections,
    objectives: access.objectives,
    response: response
      ? {
          status: response.status,
          version: response.version,
          updatedAt: response.updatedAt.toISOString(),
          updatedBy: response.updatedByName,
          submittedAt: response.submittedAt?.toISOString() ?? null,
        }
      : null,
    values,
    answeredBy,
    done: done.success ? done.data.done : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const access = await findRespondentAccess(context.db, signedIn, surveyId);
  if (!access) notFound();
  const formData = await readForm(request);
  const intent = IntentSchema.safeParse({
    intent: formData.get("intent"),
    version: formData.get("version"),
  });
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  const values = valuesFromFormData(formData, access.sections, access.objectives);
  const result = await saveResponse(context.db, signedIn, access, values, {
    version: intent.data.version,
    submit: intent.data.intent === "submit",
    locale,
    ip: context.clientIp,
  });
  if (result.ok) {
    const done = result.value.submitted ? "submitted" : "saved";
    return redirect(`/${locale}/surveys/${surveyId}?done=${done}`);
  }
  const status = { closed: 409, stale: 409, invalid: 400, missing: 400 }[result.error];
  return data(
    {
      error: result.error,
      problems: result.problems,
      values,
      version: result.version,
      stale: result.stale ?? null,
    },
    { status },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data ? text(data.locale, data.survey, "title") : translator("en")("surveys.respond.title"),
  );

export default function RespondToSurvey() {
  const loaded = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const { survey, sections, objectives, response } = loaded;
  const values = reply?.values ?? loaded.values;
  const version = reply?.version ?? response?.version ?? 0;
  const problems = reply?.problems ?? [];
  const questions = allQuestions(sections);
  const prompt = (questionId: number) => {
    const question = questions.find((q) => q.id === questionId);
    return question ? text(locale, question, "prompt") : "";
  };
  const errors: SummaryError[] = [];
  if (reply?.error === "stale")
    errors.push({
      fieldId: null,
      message: t("surveys.respond.stale", {
        name: reply.stale?.name ?? "—",
        date: formatDate(locale, reply.stale?.at ?? new Date().toISOString()),
      }),
    });
  if (reply?.error === "closed") errors.push({ fieldId: null, message: "surveys.respond.closed" });
  for (const problem of problems)
    errors.push({
      fieldId: problem.fieldId,
      message: `${prompt(problem.questionId)} — ${t(problem.code as MessageKey)}`,
    });
  const progress = sectionProgress(sections, objectives, values);
  const readOnly = !survey.open;
  return (
    <>
      <h1 lang={locale}>{text(locale, survey, "title")}</h1>
      {loaded.done && !reply ? (
        <p className="success-box" role="status">
          {t(loaded.done === "submitted" ? "surveys.respond.submitted" : "surveys.respond.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      {text(locale, survey, "intro") ? (
        <p className="lead">{text(locale, survey, "intro")}</p>
      ) : null}
      <dl className="facts">
        <dt>{t("surveys.respond.status")}</dt>
        <dd data-testid="response-status">
          {t(`surveys.status.${response?.status ?? "none"}` as MessageKey)}
        </dd>
        {response ? (
          <>
            <dt>{t("surveys.respond.lastSaved")}</dt>
            <dd>
              {t("surveys.respond.lastSavedBy", {
                name: response.updatedBy ?? "—",
                date: formatDate(locale, response.updatedAt),
              })}
            </dd>
          </>
        ) : null}
        <dt>{t("surveys.respond.closes")}</dt>
        <dd>{formatDate(locale, survey.closesAt)}</dd>
      </dl>
      <p>
        <Link to={`/${locale}/surveys/${survey.id}/print`}>{t("surveys.respond.print")}</Link>
        {response?.status === "submitted" ? (
          <>
            {" · "}
            <a href={`/${locale}/surveys/${survey.id}/response.docx`} download>
              {t("surveys.respond.docx")}
            </a>
            {" · "}
            <a href={`/${locale}/surveys/${survey.id}/response.pdf`} download>
              {t("surveys.respond.pdf")}
            </a>
          </>
        ) : null}
      </p>
      <nav aria-labelledby="progress-heading" className="survey-progress">
        <h2 id="progress-heading">{t("surveys.respond.progress")}</h2>
        <ol>
          {sections.map((section, index) => {
            const p = progress[index]!;
            return (
              <li key={section.id}>
                <a href={`#section-${section.id}`}>{text(locale, section, "title")}</a>:{" "}
                {t("surveys.respond.progressCount", {
                  answered: formatNumber(locale, p.answered),
                  required: formatNumber(locale, p.required),
                })}
                {p.missing.length > 0 ? (
                  <ul>
                    {p.missing.map((m) => (
                      <li key={m.questionId}>
                        <a href={`#${m.fieldId}`}>
                          {t("surveys.respond.missing", { question: prompt(m.questionId) })}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </nav>
      {readOnly ? <p className="notice">{t("surveys.respond.readOnly")}</p> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={version} />
        <SurveyQuestions
          key={`${version}-${reply ? "reply" : "load"}`}
          sections={sections}
          objectives={objectives}
          values={values}
          contentLocale={locale}
          problems={problems}
          readOnly={readOnly}
          answeredBy={loaded.answeredBy}
        />
        {readOnly ? null : (
          <div className="actions">
            {response?.status === "submitted" ? null : (
              <button type="submit" name="intent" value="save" className="button button--secondary">
                {t("surveys.respond.save")}
              </button>
            )}
            <button type="submit" name="intent" value="submit" className="button">
              {response?.status === "submitted"
                ? t("surveys.respond.resubmit")
                : t("surveys.respond.submit")}
            </button>
          </div>
        )}
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
