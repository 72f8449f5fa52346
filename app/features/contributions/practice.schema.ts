import { z } from "zod";
import { GROUPS_SERVED } from "../../../seeds/data/types";

// One schema per intent: a draft may be incomplete, a submission may not. Limits come first
// so no field takes more than a person could mean; text is NFC-normalised and trimmed.
const text = (max: number) =>
  z
    .string()
    .max(max * 2, "form.tooLong")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().max(max, "form.tooLong"))
    .optional()
    .transform((value) => value || null);

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(max, "form.tooLong"),
  );

const lines = (max: number, each: number) =>
  z
    .string()
    .max(max * (each + 2), "form.tooLong")
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(/\r?\n/)
        .map((line) => line.normalize("NFC").trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(each, "form.tooLong")).max(max, "form.tooLong"));

export const PRACTICE_LIMITS = {
  title: 200,
  summary: 1_000,
  description: 10_000,
  longText: 5_000,
} as const;

const fields = {
  language: z.enum(["en", "fr"], { error: "form.required" }),
  title: z
    .string({ error: "contributions.error.title" })
    .max(PRACTICE_LIMITS.title * 2, "form.tooLong")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z.string().min(1, "contributions.error.title").max(PRACTICE_LIMITS.title, "form.tooLong"),
    ),
  summary: text(PRACTICE_LIMITS.summary),
  description: text(PRACTICE_LIMITS.description),
  objectives: list(z.coerce.number().int().min(1).max(99), 23),
  principles: list(z.string().max(60), 10),
  thematicCluster: z
    .string()
    .max(60)
    .optional()
    .transform((value) => value || null),
  partners: lines(30, 200),
  scope: z.enum(["national", "provincial", "municipal", "international"]).optional(),
  regions: lines(30, 100),
  periodStart: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, "contributions.error.period")
    .optional()
    .transform((v) => v || null),
  periodEnd: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, "contributions.error.period")
    .optional()
    .transform((v) => v || null),
  fundingAmount: z
    .string()
    .max(20, "form.tooLong")
    .optional()
    .transform((value) => (value ? value.replace(/[\s,$]/g, "") : null))
    .refine(
      (value) => value === null || /^\d{1,12}(\.\d{1,2})?$/.test(value),
      "contributions.error.amount",
    ),
  fundingCurrency: z.enum(["CAD", "USD", "EUR"]).optional(),
  fundingSource: text(200),
  groupsServed: list(z.enum(GROUPS_SERVED), GROUPS_SERVED.length),
  genderConsiderations: text(PRACTICE_LIMITS.longText),
  resultsAndEvidence: text(PRACTICE_LIMITS.longText),
  lessonsLearned: text(PRACTICE_LIMITS.longText),
  links: lines(10, 500).pipe(
    z.array(z.string().regex(/^https?:\/\/\S+$/i, "contributions.error.link")),
  ),
  consent: z.enum(["attributed", "anonymous", "private"]).optional(),
  /** the form's one-time key: a repeated POST of the same form is the same submission */
  submitKey: z
    .string()
    .regex(/^[a-z2-7]{32}$/)
    .optional(),
  /** the version the form was loaded at: a save over someone else's newer save is refused */
  version: z.coerce.number().int().positive().optional(),
};

export const PracticeDraftSchema = z.object(fields);

export const PracticeSubmitSchema = z.object({
  ...fields,
  summary: fields.summary.refine((value) => value !== null, "contributions.error.summary"),
  description: fields.description.refine(
    (value) => value !== null,
    "contributions.error.description",
  ),
  objectives: list(z.coerce.number().int().min(1).max(99), 23).refine(
    (value) => value.length > 0,
    "contributions.error.objectives",
  ),
  scope: z.enum(["national", "provincial", "municipal", "international"], {
    error: "contributions.error.scope",
  }),
  consent: z.enum(["attributed", "anonymous", "private"], { error: "contributions.error.consent" }),
});

export type PracticeContent = z.output<typeof PracticeDraftSchema>;

export const ObjectiveCommentSchema = z.object({
  comment: z
    .string({ error: "form.required" })
    .max(10_000, "contributions.error.commentLength")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().min(1, "form.required").max(5_000, "contributions.error.commentLength")),
  language: z.enum(["en", "fr"]),
  consent: z.enum(["attributed", "anonymous", "private"], { error: "contributions.error.consent" }),
  submitKey: z
    .string()
    .regex(/^[a-z2-7]{32}$/)
    .optional(),
});
