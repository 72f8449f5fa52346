import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { BarChart, useCount, usePercent } from "~/features/surveys/results-charts";
import { QuestionResults } from "~/features/surveys/results-questions";
import {
  RemindSchema,
  ResultsQuerySchema,
  SurveyIdParamsSchema,
} from "~/features/surveys/results.schema";
import { getSurveyResults, remindSurveyNonAnswerers } from "~/features/surveys/results.server";
import type { RateGroup } from "~/features/surveys/results-stats";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const query = ResultsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const results = await getSurveyResults(context.db, locale, surveyId, { q: query.q });
  if (!results) notFound();
  return { locale, results, reminded: query.reminded ?? null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { surveyId } = parseParams(SurveyIdParamsSchema, params);
  const { submission } = await parseForm(request, locale, RemindSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const result = await remindSurveyNonAnswerers(context.db, staff.actor, surveyId, {
    publicUrl: context.publicUrl,
    ip: context.clientIp,
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    if (result.errors.includes("notFound")) notFound();
    const errors: SummaryError[] = [{ fieldId: null, message: "surveyResults.remind.notOpen" }];
    return data({ errors }, { status: 409 });
  }
  return redirect(`/${locale}/staff/surveys/${surveyId}/results?reminded=${result.value.queued}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("surveyResults.title", { title: data.results.survey.title })
      : translator("en")("errors.notFound.title"),
  );

function RateSection({
  id,
  heading,
  groups,
}: {
  id: string;
  heading: string;
  groups: RateGroup[];
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const count = useCount();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <BarChart
        id={id}
        label={`${heading} — ${t("surveyResults.rate.rate")}`}
        max={100}
        bars={groups.map((group) => ({
          key: group.key,
          label: group.label,
          value: group.rate,
          text: `${percent(group.rate)} (${count(group.submitted)}/${count(group.invited)})`,
        }))}
      />
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t("surveyResults.rate.tableCaption", { heading })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("surveyResults.rate.group")}</th>
              <th scope="col" className="numeric">
                {t("surveyResults.rate.invited")}
              </th>
              <th scope="col" className="numeric">
                {t("surveyResults.rate.started")}
              </th>
              <th scope="col" className="numeric">
                {t("surveyResults.rate.submitted")}
              </th>
              <th scope="col" className="numeric">
                {t("surveyResults.rate.rate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key}>
                <th scope="row">{group.label}</th>
                <td className="numeric">{count(group.invited)}</td>
                <td className="numeric">{count(group.started)}</td>
                <td className="numeric">{count(group.submitted)}</td>
                <td className="numeric">{percent(group.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function SurveyResults() {
  const { results, reminded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const percent = usePercent();
  const count = useCount();
  const errors = actionData?.errors ?? [];
  const { survey, rates } = results;
  const base = `/${locale}/staff/surveys/${survey.id}`;
  return (
    <>
      <ConsultationsBreadcrumb
        consultation={{ id: survey.consultationId, title: survey.consultationTitle }}
      />
      <h1>{t("surveyResults.title", { title: survey.title })}</h1>
      <p>
        <Link to={base}>{t("surveys.builder.title")}</Link>
      </p>
      {reminded !== null && errors.length === 0 ? (
        <p className="success-box" role="status">
          {t("surveyResults.remind.done", { count: count(reminded) })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <p data-testid="only-submitted">
        {t("surveyResults.onlySubmitted", {
          drafts: count(results.counts.drafts),
          submitted: count(results.counts.submitted),
        })}
      </p>
      {survey.opened ? null : <p>{t("surveyResults.notOpened")}</p>}

      <section aria-labelledby="rate-heading">
        <h2 id="rate-heading">{t("surveyResults.rate.heading")}</h2>
        {rates.totals.invited === 0 ? (
          <p>{t("surveyResults.rate.none")}</p>
        ) : (
          <>
            <dl className="facts" data-testid="rate-totals">
              {(["invited", "started", "submitted"] as const).map((measure) => (
                <Fragment key={measure}>
                  <dt>{t(`surveyResults.rate.${measure}`)}</dt>
                  <dd>{count(rates.totals[measure])}</dd>
                </Fragment>
              ))}
              <dt>{t("surveyResults.rate.rate")}</dt>
              <dd>{percent(rates.totals.rate)}</dd>
            </dl>
            <RateSection
              id="rate-by-category"
              heading={t("surveyResults.rate.byCategory")}
              groups={rates.byCategory}
            />
            <RateSection
              id="rate-by-province"
              heading={t("surveyResults.rate.byProvince")}
              groups={rates.byProvince}
            />
          </>
        )}
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("surveyResults.pending.heading")}</h2>
        {rates.totals.invited === 0 ? (
          <p>{t("surveyResults.pending.nobodyInvited")}</p>
        ) : results.notAnswered.length === 0 ? (
          <p>{t("surveyResults.pending.none")}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="data-table" data-testid="pending-table">
                <caption>{t("surveyResults.pending.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("surveyResults.pending.organization")}</th>
                    <th scope="col">{t("surveyResults.pending.category")}</th>
                    <th scope="col">{t("surveyResults.pending.jurisdiction")}</th>
                    <th scope="col">{t("surveyResults.pending.state")}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.notAnswered.map((organization) => (
                    <tr key={organization.id}>
                      <th scope="row">{organization.name}</th>
                      <td>{organization.category}</td>
                      <td>{organization.jurisdiction}</td>
                      <td>{t(`surveyResults.pending.state.${organization.state}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>{t("surveyResults.remind.hint")}</p>
            <Form method="post">
              <button type="submit" name="intent" value="remind" className="button">
                {t("surveyResults.remind.submit")}
              </button>
            </Form>
          </>
        )}
      </section>

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t("surveyResults.exports.heading")}</h2>
        <p>{t("surveyResults.exports.hint")}</p>
        <ul>
          {(["en", "fr"] as const).map((language) => (
            <Fragment key={language}>
              <li>
                <a href={`${base}/results.csv?lang=${language}`} download>
                  {t("surveyResults.exports.wide", { language: t(`language.${language}`) })}
                </a>
              </li>
              <li>
                <a href={`${base}/answers.csv?lang=${language}`} download>
                  {t("surveyResults.exports.long", { language: t(`language.${language}`) })}
                </a>
              </li>
            </Fragment>
          ))}
        </ul>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("surveyResults.questions.heading")}</h2>
        <Form method="get" role="search" aria-labelledby="search-label">
          <div className="field">
            <label htmlFor="results-q" id="search-label">
              {t("surveyResults.search.label")}
            </label>
            <p className="field__hint" id="results-q-hint">
              {t("surveyResults.search.hint")}
            </p>
            <input
              type="search"
              id="results-q"
              name="q"
              defaultValue={results.q}
              maxLength={200}
              aria-describedby="results-q-hint"
            />
          </div>
          <button type="submit" className="button button--secondary">
            {t("surveyResults.search.submit")}
          </button>
        </Form>
        {results.q ? (
          <p role="status">
            {t("surveyResults.search.active", { q: results.q })}{" "}
            <a href={`${base}/results#questions-heading`}>{t("surveyResults.search.clear")}</a>
          </p>
        ) : null}
        {results.questions.length === 0 ? <p>{t("surveyResults.noQuestions")}</p> : null}
        {results.questions.map((question) => (
          <QuestionResults key={question.id} question={question} searching={Boolean(results.q)} />
        ))}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
