import { z } from "zod";

// Forms of the comments on the draft (messages are catalog keys).

export const DraftCommentSchema = z.object({
  /** "sectionId" for a whole section, "sectionId:paragraph" for one paragraph */
  target: z
    .string({ error: "reviewPublication.error.targetRequired" })
    .regex(/^\d{1,9}(:\d{1,4})?$/, "reviewPublication.error.targetRequired"),
  comment: z
    .string({ error: "reviewPublication.error.commentRequired" })
    .max(10_000, "reviewPublication.error.commentTooLong")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, "reviewPublication.error.commentRequired")
        .max(5_000, "reviewPublication.error.commentTooLong"),
    ),
  submitKey: z
    .string()
    .regex(/^[a-z2-7]{32}$/)
    .optional(),
});

export const ResolveCommentSchema = z.object({
  intent: z.literal("resolve"),
  reference: z.string().regex(/^RT-\d{4}-\d{6,}$/),
  resolution: z.enum(["accepted", "declined", "deferred"], {
    error: "reviewPublication.error.resolutionRequired",
  }),
  reply: z
    .string({ error: "reviewPublication.error.replyRequired" })
    .max(10_000, "reviewPublication.error.commentTooLong")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, "reviewPublication.error.replyRequired")
        .max(5_000, "reviewPublication.error.commentTooLong"),
    ),
});

export const CommentsOpenSchema = z.object({
  intent: z.literal("comments-open"),
  open: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export function parseTarget(target: string) {
  const [section, paragraph] = target.split(":");
  return { sectionId: Number(section), paragraph: paragraph ? Number(paragraph) : null };
}
