import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, TextField, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { utcToTorontoLocal } from "~/features/consultations/toronto-time";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { ActionButton, BilingualFields, type Typed } from "~/features/surveys/builder-forms";
import { BuilderSection } from "~/features/surveys/builder-section";
import {
  BuilderIntentSchema,
  SurveyIdParamsSchema,
} from "~/features/surveys/survey-builder.schema";
import { changeSurvey, loadSurvey } from "~/features/surveys/survey-builder.server";
import { cleanText, text } from "~/features/surveys/survey-logic";
import { parseIn } from "~/i18n/zod";
import { formatDate, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const loaded = await loadSurvey(context.db, surveyId);
  if (!loaded) notFound();
  const { survey, sections } = loaded;
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return {
    locale,
    saved,
    survey: {
      id: survey.id,
      consultationId: survey.consultationId,
      consultationTitle: text(
        locale,
        { titleEn: survey.consultationTitleEn, titleFr: survey.consultationTitleFr },
        "title",
      ),
      titleEn: survey.titleEn,
      titleFr: survey.titleFr,
      introEn: survey.introEn,
      introFr: survey.introFr,
      closesAtLocal: utcToTorontoLocal(survey.closesAt),
      openedAt: survey.openedAt?.toISOString() ?? null,
      version: survey.version,
      hasResponses: survey.hasResponses,
    },
    sections,
  };
}

/** The form's field names, prefixed by the form they belong to, for ids on the page. */
function targetOf(values: Record<string, string>) {
  if (values.questionId) return `q${values.questionId}`;
  if (values.intent === "addQuestion") return `add${values.sectionId}`;
  if (values.sectionId) return `s${values.sectionId}`;
  if (values.intent === "addSection") return "newSection";
  return "survey";
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const formData = await readForm(request);
  const payload: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string") payload[name] = value;
  const target = targetOf(payload);
  const parsed = parseIn(locale, BuilderIntentSchema, payload);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    const errors: SummaryError[] = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "");
      (fields[name] ??= []).push(issue.message);
      return { fieldId: name ? `${target}-${name}` : null, message: issue.message };
    });
    if (!payload.intent || !payload.version) throw new Response("Bad Request", { status: 400 });
    return data({ errors, typed: { target, payload, fields } satisfies Typed }, { status: 400 });
  }
  const optionLabels = new Map<number, { labelEn: string; labelFr: string }>();
  for (const [name, value] of Object.entries(payload)) {
    const match = /^option-(\d{1,10})-(en|fr)$/.exec(name);
    if (!match) continue;
    const id = Number(match[1]);
    const labels = optionLabels.get(id) ?? { labelEn: "", labelFr: "" };
    labels[match[2] === "en" ? "labelEn" : "labelFr"] = cleanText(value.trim()).slice(0, 300);
    optionLabels.set(id, labels);
  }
  const result = await changeSurvey(context.db, staff, surveyId, parsed.data, optionLabels, {
    ip: context.clientIp,
    publicUrl: context.publicUrl,
  });
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "forbidden") throw new Response("Forbidden", { status: 403 });
    if (error === "notFound") notFound();
    const t = translator(locale);
    const message =
      error === "stale"
        ? t("surveys.builder.error.stale", {
            name: result.stale?.name ?? "—",
            date: result.stale?.at ? formatDate(locale, result.stale.at) : "—",
          })
        : t(`surveys.builder.error.${error}` as MessageKey);
    return data(
      {
        errors: [{ fieldId: null, message }],
        typed: { target, payload, fields: {} } satisfies Typed,
      },
      { status: 409 },
    );
  }
  const anchor = target.startsWith("q") || target.startsWith("s") ? `#${target}` : "";
  return redirect(`/${locale}/staff/surveys/${surveyId}?saved=1${anchor}`);
}

// A refused change (409) still shows the survey as it is now, with the version to send next.
export const shouldRevalidate = () => true;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("surveys.builder.title"));

export default function SurveyBuilder() {
  const { survey, sections, saved } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const typed: Typed = reply?.typed ?? { target: null, payload: {}, fields: {} };
  const version = survey.version;
  const base = `/${locale}/staff/surveys/${survey.id}`;
  return (
    <>
      <ConsultationsBreadcrumb
        consultation={{ id: survey.consultationId, title: survey.consultationTitle }}
      />
      <h1>{t("surveys.builder.title")}</h1>
      {saved && !reply ? (
        <p className="success-box" role="status">
          {t("surveys.builder.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={reply?.errors ?? []} />
      <dl className="facts">
        <dt>{t("surveys.builder.state")}</dt>
        <dd data-testid="survey-state">
          {survey.openedAt
            ? t("surveys.builder.openedOn", { date: formatDate(locale, survey.openedAt) })
            : t("surveys.builder.notOpened")}
        </dd>
      </dl>
      {survey.hasResponses ? <p className="notice">{t("surveys.builder.hasResponses")}</p> : null}
      <p>
        <Link to={`${base}/preview?as=en`}>{t("surveys.builder.previewEn")}</Link>
        {" · "}
        <Link to={`${base}/preview?as=fr`}>{t("surveys.builder.previewFr")}</Link>
        {" · "}
        <Link to={`${base}/results`}>{t("surveys.builder.results")}</Link>
      </p>
      {survey.openedAt ? null : (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">{t("surveys.builder.openHeading")}</h2>
          <p>{t("surveys.builder.openHint")}</p>
          <ActionButton
            version={version}
            intent="open"
            fields={{}}
            label={t("surveys.builder.open")}
            secondary={false}
          />
        </section>
      )}

      <section aria-labelledby="survey-heading">
        <h2 id="survey-heading">{t("surveys.builder.details")}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={version} />
          <BilingualFields
            target="survey"
            names={["titleEn", "titleFr"]}
            labels={[t("surveys.field.titleEn"), t("surveys.field.titleFr")]}
            typed={typed}
            values={[survey.titleEn, survey.titleFr]}
          />
          <BilingualFields
            target="survey"
            names={["introEn", "introFr"]}
            labels={[t("surveys.field.introEn"), t("surveys.field.introFr")]}
            typed={typed}
            values={[survey.introEn, survey.introFr]}
            long
          />
          <TextField
            id="survey-closesAt"
            name="closesAt"
            type="datetime-local"
            label={t("surveys.field.closesAt")}
            hint={t("surveys.field.closesAtHint")}
            defaultValue={typed.target === "survey" ? typed.payload.closesAt : survey.closesAtLocal}
            errors={typed.target === "survey" ? typed.fields.closesAt : undefined}
          />
          <button type="submit" name="intent" value="updateSurvey" className="button">
            {t("surveys.builder.saveDetails")}
          </button>
        </Form>
      </section>

      {sections.map((section, sectionIndex) => (
        <BuilderSection
          key={section.id}
          section={section}
          sectionIndex={sectionIndex}
          sections={sections}
          version={version}
          typed={typed}
        />
      ))}

      <section aria-labelledby="new-section-heading">
        <h2 id="new-section-heading">{t("surveys.builder.addSection")}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={version} />
          <BilingualFields
            target="newSection"
            names={["titleEn", "titleFr"]}
            labels={[t("surveys.field.sectionTitleEn"), t("surveys.field.sectionTitleFr")]}
            typed={typed}
            values={["", ""]}
          />
          <BilingualFields
            target="newSection"
            names={["descriptionEn", "descriptionFr"]}
            labels={[t("surveys.field.descriptionEn"), t("surveys.field.descriptionFr")]}
            typed={typed}
            values={["", ""]}
            long
          />
          <button type="submit" name="intent" value="addSection" className="button">
            {t("surveys.builder.addSection")}
          </button>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
