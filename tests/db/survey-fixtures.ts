import type { Database } from "../../db/client";
import { findConsultationForContribution } from "../../db/queries/contributions";
import {
  insertSurvey,
  insertSurveyQuestion,
  insertSurveySection,
} from "../../db/queries/survey-results";
import { listFrameworkObjectives } from "../../db/queries/framework";

/**
 * A survey of the demo's open consultation with one question of every kind, the objective
 * matrix (with row comments) and "other, please specify"; opened, closing in a month.
 */
export async function buildSurvey(db: Database, createdBy: number | null, title = "Alignment") {
  const consultation = (await findConsultationForContribution(db, "2021-update"))!;
  const surveyId = await insertSurvey(db, {
    consultationId: consultation.id,
    titleEn: `${title} survey`,
    titleFr: `Sondage ${title}`,
    openedAt: new Date(Date.now() - 86_400_000),
    closesAt: new Date(Date.now() + 30 * 86_400_000),
    createdBy,
  });
  const sectionId = await insertSurveySection(db, {
    surveyId,
    position: 1,
    titleEn: "Practices",
    titleFr: "Pratiques",
  });
  let position = 0;
  const question = (
    kind: Parameters<typeof insertSurveyQuestion>[1]["kind"],
    promptEn: string,
    promptFr: string,
    extra: Partial<Parameters<typeof insertSurveyQuestion>[1]> = {},
  ) =>
    insertSurveyQuestion(db, {
      surveyId,
      sectionId,
      position: ++position,
      kind,
      promptEn,
      promptFr,
      ...extra,
    });
  const q = {
    shortText: await question("short-text", "Lead ministry", "Ministère responsable"),
    longText: await question(
      "long-text",
      "Describe your main practice",
      "Décrivez votre pratique principale",
    ),
    single: await question("single-choice", "Main focus", "Priorité principale", {
      options: [
        { key: "integration", labelEn: "Integration", labelFr: "Intégration" },
        { key: "protection", labelEn: "Protection", labelFr: "Protection" },
      ],
    }),
    multiple: await question("multiple-choice", "Partners involved", "Partenaires associés", {
      settings: { allowOther: true },
      options: [
        { key: "municipal", labelEn: "Municipalities", labelFr: "Municipalités" },
        { key: "ngo", labelEn: "Civil society", labelFr: "Société civile" },
      ],
    }),
    yesNo: await question(
      "yes-no",
      "Is there a provincial strategy?",
      "Existe-t-il une stratégie provinciale?",
    ),
    scale: await question("scale", "Overall consistency", "Cohérence globale", {
      settings: {
        lowLabelEn: "Not consistent",
        lowLabelFr: "Pas cohérent",
        highLabelEn: "Fully consistent",
        highLabelFr: "Tout à fait cohérent",
      },
    }),
    number: await question(
      "number",
      "Newcomers served in 2021",
      "Nouveaux arrivants servis en 2021",
      {
        settings: { min: 0 },
      },
    ),
    date: await question("date", "Strategy adopted on", "Stratégie adoptée le"),
    matrix: await question(
      "objective-matrix",
      "Alignment with the Compact",
      "Alignement sur le Pacte",
      {
        settings: { rowComments: true },
        options: [
          { key: "na", labelEn: "Not applicable", labelFr: "Sans objet" },
          { key: "not", labelEn: "Not aligned", labelFr: "Non aligné" },
          { key: "partly", labelEn: "Partly aligned", labelFr: "Partiellement aligné" },
          { key: "fully", labelEn: "Fully aligned", labelFr: "Entièrement aligné" },
        ],
      },
    ),
  };
  const objectives = await listFrameworkObjectives(db, consultation.frameworkId);
  const objectiveId = (n: number) => objectives.find((o) => o.number === n)!.id;
  return { surveyId, consultationId: consultation.id, q, objectiveId };
}

/** A tiny RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
export function parseCsv(text: string) {
  if (!text.startsWith("\uFEFF")) throw new Error("the CSV has no byte-order mark");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

export const records = (rows: string[][]) =>
  rows.slice(1).map((row) => Object.fromEntries(rows[0]!.map((h, i) => [h, row[i]])));
