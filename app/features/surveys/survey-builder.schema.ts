import { z } from "zod";
import { torontoLocalToUtc } from "../consultations/toronto-time";
import { QUESTION_KINDS, cleanText } from "./survey-logic";

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const SurveyIdParamsSchema = z.object({ surveyId: id });

const required = (max: number) =>
  z
    .string({ error: "surveys.form.required" })
    .trim()
    .min(1, "surveys.form.required")
    .max(max, "surveys.form.tooLong")
    .transform(cleanText);
const optional = (max: number) =>
  z.string().trim().max(max, "surveys.form.tooLong").default("").transform(cleanText);

const closesAt = z.string({ error: "surveys.form.required" }).transform((value, ctx) => {
  const instant = torontoLocalToUtc(value);
  if (!instant) {
    ctx.addIssue({ code: "custom", message: "surveys.form.badDateTime" });
    return z.NEVER;
  }
  return instant;
});

export const SurveyFieldsSchema = z.object({
  titleEn: required(200),
  titleFr: required(200),
  introEn: optional(5000),
  introFr: optional(5000),
  closesAt,
});

const version = z.coerce.number().int().min(1).max(2_147_483_647);
const direction = z.enum(["up", "down"]);
const sectionFields = {
  titleEn: required(200),
  titleFr: required(200),
  descriptionEn: optional(2000),
  descriptionFr: optional(2000),
};
const bound = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || /^-?\d{1,12}(\.\d{1,4})?$/.test(v), "surveys.form.notANumber")
  .transform((v) => (v === "" ? undefined : Number(v)));
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");

export const QuestionFieldsSchema = z.object({
  kind: z.enum(QUESTION_KINDS as [string, ...string[]], { error: "surveys.form.chooseKind" }),
  promptEn: required(1000),
  promptFr: required(1000),
  helpEn: optional(2000),
  helpFr: optional(2000),
  required: checkbox,
  min: bound,
  max: bound,
  lowLabelEn: optional(100),
  lowLabelFr: optional(100),
  highLabelEn: optional(100),
  highLabelFr: optional(100),
  allowOther: checkbox,
  rowComments: checkbox,
  condition: z
    .string()
    .default("")
    .refine((v) => v === "" || /^\d{1,10}:[a-z0-9-]{1,60}$/.test(v), "surveys.form.badCondition"),
  newOptionEn: optional(300),
  newOptionFr: optional(300),
});

export const BuilderIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("updateSurvey"), version, ...SurveyFieldsSchema.shape }),
  z.object({ intent: z.literal("addSection"), version, ...sectionFields }),
  z.object({ intent: z.literal("updateSection"), version, sectionId: id, ...sectionFields }),
  z.object({ intent: z.literal("moveSection"), version, sectionId: id, direction }),
  z.object({ intent: z.literal("deleteSection"), version, sectionId: id }),
  z.object({
    intent: z.literal("addQuestion"),
    version,
    sectionId: id,
    kind: z.enum(QUESTION_KINDS as [string, ...string[]], { error: "surveys.form.chooseKind" }),
    promptEn: required(1000),
    promptFr: required(1000),
  }),
  z
    .object({ intent: z.literal("updateQuestion"), version, questionId: id })
    .extend(QuestionFieldsSchema.shape),
  z.object({ intent: z.literal("moveQuestion"), version, questionId: id, direction }),
  z.object({ intent: z.literal("deleteQuestion"), version, questionId: id }),
  z.object({ intent: z.literal("deleteOption"), version, questionId: id, optionId: id }),
  z.object({ intent: z.literal("open"), version }),
]);
export type BuilderIntent = z.infer<typeof BuilderIntentSchema>;
