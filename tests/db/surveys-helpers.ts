// Builds a survey through the coordinator's use-cases, as the builder page would.
import type { SignedIn } from "../../app/features/accounts/auth.server";
import { BuilderIntentSchema } from "../../app/features/surveys/survey-builder.schema";
import {
  changeSurvey,
  createSurvey,
  loadSurvey,
} from "../../app/features/surveys/survey-builder.server";
import type { Database } from "../../db/client";

export const context = { ip: null, publicUrl: "http://localhost:3000" };

export async function change(
  db: Database,
  coordinator: SignedIn,
  surveyId: number,
  form: Record<string, string>,
  labels = new Map<number, { labelEn: string; labelFr: string }>(),
) {
  const loaded = await loadSurvey(db, surveyId);
  const parsed = BuilderIntentSchema.parse({ version: String(loaded!.survey.version), ...form });
  return changeSurvey(db, coordinator, surveyId, parsed, labels, context);
}

/**
 * A survey with: a required short text, a yes/no, a required long text shown only after "yes",
 * a multiple choice with "other", a number from 0 to 100, and an optional objective matrix.
 */
export async function buildSurvey(db: Database, coordinator: SignedIn, consultationId: number) {
  const created = await createSurvey(
    db,
    coordinator,
    consultationId,
    {
      titleEn: "Practices survey",
      titleFr: "Sondage sur les pratiques",
      introEn: "",
      introFr: "",
      closesAt: new Date(Date.now() + 30 * 86_400_000),
    },
    context,
  );
  if (!created.ok) throw new Error(created.errors.join());
  const surveyId = created.value.surveyId;
  const sectionId = (await loadSurvey(db, surveyId))!.sections[0]!.id;
  const add = async (kind: string, promptEn: string, promptFr: string) => {
    const result = await change(db, coordinator, surveyId, {
      intent: "addQuestion",
      sectionId: String(sectionId),
      kind,
      promptEn,
      promptFr,
    });
    if (!result.ok) throw new Error(result.errors.join());
    const questions = (await loadSurvey(db, surveyId))!.sections[0]!.questions;
    return questions[questions.length - 1]!;
  };
  const update = async (questionId: number, form: Record<string, string>) => {
    const question = (await loadSurvey(db, surveyId))!.sections[0]!.questions.find(
      (q) => q.id === questionId,
    )!;
    const result = await change(db, coordinator, surveyId, {
      intent: "updateQuestion",
      questionId: String(questionId),
      kind: question.kind,
      promptEn: question.promptEn,
      promptFr: question.promptFr,
      ...form,
    });
    if (!result.ok) throw new Error(result.errors.join());
  };
  const name = await add("short-text", "Ministry answering", "Ministère qui répond");
  await update(name.id, { required: "on" });
  const consulted = await add("yes-no", "Were you consulted?", "Avez-vous été consulté?");
  const how = await add("long-text", "How were you consulted?", "Comment avez-vous été consulté?");
  await update(how.id, { required: "on", condition: `${consulted.id}:yes` });
  const areas = await add("multiple-choice", "Areas of work", "Domaines de travail");
  await update(areas.id, { allowOther: "on", newOptionEn: "Health care", newOptionFr: "Santé" });
  await update(areas.id, {
    allowOther: "on",
    newOptionEn: "Labour market",
    newOptionFr: "Marché du travail",
  });
  const budget = await add("number", "Budget in millions", "Budget en millions");
  await update(budget.id, { min: "0", max: "100" });
  const matrix = await add("objective-matrix", "Alignment", "Cohérence");
  await change(db, coordinator, surveyId, { intent: "open" });
  return { surveyId, sectionId, name, consulted, how, areas, budget, matrix };
}
