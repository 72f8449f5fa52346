import { z } from "zod";
import { CONSULTATION_STATUSES } from "./consultation-status";
import { torontoLocalToUtc } from "./toronto-time";

export const CONSULTATION_TYPES = ["regional-review", "annual-update", "un-report-input"] as const;
export const COMPONENT_KINDS = [
  "call-for-practices",
  "objective-comments",
  "survey",
  "review-comments",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const ConsultationIdParamsSchema = z.object({ consultationId: id });

const text = (max: number) =>
  z
    .string({ error: "consultations.form.required" })
    .trim()
    .min(1, "consultations.form.required")
    .max(max)
    .transform((value) => value.normalize("NFC"));

const day = z
  .string({ error: "consultations.form.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "consultations.form.badDate")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "consultations.form.badDate");

const torontoDateTime = z
  .string({ error: "consultations.form.required" })
  .transform((value, ctx) => {
    const instant = torontoLocalToUtc(value);
    if (!instant) {
      ctx.addIssue({ code: "custom", message: "consultations.form.badDateTime" });
      return z.NEVER;
    }
    return instant;
  });

/** The fields of a consultation, shared by the "new" form and the edit form. */
export const ConsultationFieldsSchema = z
  .object({
    titleEn: text(200),
    titleFr: text(200),
    descriptionEn: text(5000),
    descriptionFr: text(5000),
    type: z.enum(CONSULTATION_TYPES, { error: "consultations.form.chooseType" }),
    coversFrom: day,
    coversTo: day,
    opensAt: torontoDateTime,
    closesAt: torontoDateTime,
    audiencePublic: z.boolean().default(false),
    organizationIds: z.array(id).max(1000).default([]),
    categoryIds: z.array(id).max(100).default([]),
    groupIds: z.array(id).max(100).default([]),
    // No default here: zod skips the checks of a defaulted value, so "none chosen" would pass.
    components: z
      .array(z.enum(COMPONENT_KINDS), { error: "consultations.form.chooseComponent" })
      .min(1, "consultations.form.chooseComponent"),
  })
  .superRefine((value, ctx) => {
    if (value.coversTo < value.coversFrom)
      ctx.addIssue({
        code: "custom",
        path: ["coversTo"],
        message: "consultations.form.coversToBeforeFrom",
      });
    if (value.closesAt <= value.opensAt)
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "consultations.form.closesBeforeOpens",
      });
  });
export type ConsultationFields = z.infer<typeof ConsultationFieldsSchema>;

/** The status form of a consultation's page; the edit form sends `intent=save` and the fields. */
export const TransitionSchema = z.object({
  intent: z.literal("transition"),
  to: z.enum(CONSULTATION_STATUSES),
});

/** Which form of a consultation's page was sent; anything else is refused. */
export const ConsultationIntentSchema = z.object({ intent: z.enum(["save", "transition"]) });
