import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { BarChart, heatClass, useCount, usePercent } from "./results-charts";
import type { QuestionResult } from "./results.server";

type FreeText = { organization: string; text: string; lang: "en" | "fr" };

function FreeTexts({
  heading,
  texts,
  total,
  searching,
  objectiveOf,
}: {
  heading: string;
  texts: FreeText[];
  total: number;
  searching: boolean;
  objectiveOf?: (index: number) => number;
}) {
  const { t, locale } = useTranslation();
  return (
    <>
      <h4>{heading}</h4>
      {texts.length === 0 ? (
        <p>
          {t(searching && total > 0 ? "surveyResults.texts.noMatch" : "surveyResults.texts.none")}
        </p>
      ) : (
        <ul className="free-texts">
          {texts.map((text, index) => (
            <li key={index}>
              <strong>{text.organization}</strong>
              {objectiveOf
                ? ` — ${t("surveyResults.comment.objective", { number: objectiveOf(index) })}`
                : ""}
              {locale === "fr" ? " : " : ": "}
              <span lang={text.lang === locale ? undefined : text.lang} className="preserve-lines">
                {text.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ChoiceResults({
  question,
  searching,
}: {
  question: Extract<QuestionResult, { type: "choice" }>;
  searching: boolean;
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const count = useCount();
  return (
    <>
      <BarChart
        id={`q${question.id}-chart`}
        label={t("surveyResults.chartLabel", { prompt: question.prompt })}
        bars={question.bars.map((bar) => ({
          key: bar.key,
          label: bar.label,
          value: bar.count,
          text: `${count(bar.count)} (${percent(bar.percent)})`,
        }))}
      />
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t("surveyResults.table.caption", { prompt: question.prompt })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("surveyResults.table.answer")}</th>
              <th scope="col" className="numeric">
                {t("surveyResults.table.count")}
              </th>
              <th scope="col" className="numeric">
                {t("surveyResults.table.percent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {question.bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td className="numeric">{count(bar.count)}</td>
                <td className="numeric">{percent(bar.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {question.kind === "multiple-choice" ? <p>{t("surveyResults.multipleNote")}</p> : null}
      {question.otherTotal > 0 || question.bars.some((bar) => bar.key === "__other") ? (
        <FreeTexts
          heading={t("surveyResults.others.heading", {
            shown: count(question.others.length),
            total: count(question.otherTotal),
          })}
          texts={question.others}
          total={question.otherTotal}
          searching={searching}
        />
      ) : null}
    </>
  );
}

function MatrixResults({
  question,
  searching,
}: {
  question: Extract<QuestionResult, { type: "matrix" }>;
  searching: boolean;
}) {
  const { t } = useTranslation();
  const count = useCount();
  const columnIndex = new Map(question.columns.map((column, index) => [column.key, index]));
  const cellClass = (key: string) => heatClass(columnIndex.get(key) ?? -1, question.columns.length);
  return (
    <>
      {question.rows.length === 0 ? (
        <p>{t("surveyResults.matrix.none")}</p>
      ) : (
        <>
          <h4 id={`q${question.id}-heatmap`}>{t("surveyResults.matrix.heatmapHeading")}</h4>
          <p id={`q${question.id}-legend`}>{t("surveyResults.matrix.legend")}</p>
          <ul className="heat-legend" aria-labelledby={`q${question.id}-legend`}>
            {question.columns.map((column) => (
              <li key={column.key} className={cellClass(column.key)}>
                {column.label}
              </li>
            ))}
            <li className="heat heat--none">{t("surveyResults.matrix.noAnswer")}</li>
          </ul>
          <div className="table-scroll">
            <table className="data-table" data-testid={`heatmap-${question.id}`}>
              <caption>
                {t("surveyResults.matrix.heatmapCaption", { prompt: question.prompt })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("surveyResults.matrix.objective")}</th>
                  {question.rows.map((row, index) => (
                    <th scope="col" key={index}>
                      {row.organization}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {question.objectives.map((objective, objectiveIndex) => (
                  <tr key={objective.id}>
                    <th scope="row">
                      {objective.number}. {objective.title}
                    </th>
                    {question.rows.map((row, index) => {
                      const cell = row.cells[objectiveIndex];
                      return cell ? (
                        <td key={index} className={cellClass(cell.key)}>
                          {cell.label}
                        </td>
                      ) : (
                        <td key={index} className="heat heat--none">
                          {t("surveyResults.matrix.noAnswer")}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4>{t("surveyResults.matrix.totalsHeading")}</h4>
          <div className="table-scroll">
            <table className="data-table" data-testid={`matrix-totals-${question.id}`}>
              <caption>
                {t("surveyResults.matrix.totalsCaption", { prompt: question.prompt })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("surveyResults.matrix.objective")}</th>
                  {question.columns.map((column) => (
                    <th scope="col" className="numeric" key={column.key}>
                      {column.label}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t("surveyResults.matrix.answered")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {question.objectives.map((objective, objectiveIndex) => {
                  const totals = question.totals[objectiveIndex]!;
                  return (
                    <tr key={objective.id}>
                      <th scope="row">
                        {objective.number}. {objective.title}
                      </th>
                      {totals.counts.map((n, index) => (
                        <td className="numeric" key={index}>
                          {count(n)}
                        </td>
                      ))}
                      <td className="numeric">{count(totals.answered)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <FreeTexts
        heading={t("surveyResults.comments.heading", {
          shown: count(question.comments.length),
          total: count(question.commentTotal),
        })}
        texts={question.comments}
        total={question.commentTotal}
        searching={searching}
        objectiveOf={(index) => question.comments[index]!.objectiveNumber}
      />
    </>
  );
}

/** One question's results: chart and table, summary, written answers or heatmap. */
export function QuestionResults({
  question,
  searching,
}: {
  question: QuestionResult;
  searching: boolean;
}) {
  const { t, locale } = useTranslation();
  const count = useCount();
  const headingId = `question-${question.id}`;
  return (
    <section aria-labelledby={headingId} className="question-results">
      <h3 id={headingId}>{question.prompt}</h3>
      <p className="field__hint">
        {question.section} —{" "}
        {t("surveyResults.respondents", { count: count(question.respondents) })}
      </p>
      {question.type === "choice" ? (
        <ChoiceResults question={question} searching={searching} />
      ) : null}
      {question.type === "matrix" ? (
        <MatrixResults question={question} searching={searching} />
      ) : null}
      {question.type === "text" ? (
        <FreeTexts
          heading={t("surveyResults.texts.heading", {
            shown: count(question.texts.length),
            total: count(question.respondents),
          })}
          texts={question.texts}
          total={question.respondents}
          searching={searching}
        />
      ) : null}
      {question.type === "number" && question.respondents > 0 ? (
        <table className="data-table">
          <caption>{t("surveyResults.number.caption", { prompt: question.prompt })}</caption>
          <tbody>
            {(["min", "max", "mean", "median"] as const).map((measure) => (
              <tr key={measure}>
                <th scope="row">{t(`surveyResults.number.${measure}`)}</th>
                <td className="numeric">{count(question[measure] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {question.type === "date" && question.earliest && question.latest ? (
        <dl className="facts">
          <dt>{t("surveyResults.date.earliest")}</dt>
          <dd>{formatDate(locale, `${question.earliest}T12:00:00Z`)}</dd>
          <dt>{t("surveyResults.date.latest")}</dt>
          <dd>{formatDate(locale, `${question.latest}T12:00:00Z`)}</dd>
        </dl>
      ) : null}
    </section>
  );
}
