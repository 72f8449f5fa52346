import { z } from "zod";
import type { Database } from "../../../db/client";
import { isLocale, type Locale } from "~/i18n/locale";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { requireStaff } from "../accounts/auth.server";
import { can } from "../accounts/permissions";
import { reviewDocx } from "./review-export-docx.server";
import { reviewHtml } from "./review-export-html.server";
import { reviewPdf } from "./review-export-pdf.server";
import { exportFileName, loadApprovedReview } from "./review-export.server";

export const ParamsSchema = z.object({
  consultationId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

const FORMATS = {
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: reviewDocx,
  },
  pdf: { type: "application/pdf", render: reviewPdf },
  html: {
    type: "text/html; charset=utf-8",
    render: async (r: Parameters<typeof reviewHtml>[0]) => Buffer.from(reviewHtml(r)),
  },
} as const;

/**
 * One export of the approved review (staff who draft or approve it), in the language of
 * `?lang=` (the page's language by default). 404 when nothing is approved yet.
 */
export async function reviewExportResponse(
  request: Request,
  params: Record<string, string | undefined>,
  context: { db: Database; publicUrl: string },
  format: keyof typeof FORMATS,
) {
  const locale = requireLocale(params);
  const { consultationId } = parseParams(ParamsSchema, params);
  const signedIn = await requireStaff(request, context.db, locale);
  if (!can(signedIn.actor, "edit:review") && !can(signedIn.actor, "approve:review"))
    throw new Response("Forbidden", { status: 403 });
  const asked = new URL(request.url).searchParams.get("lang");
  const language: Locale = isLocale(asked) ? asked : locale;
  const review = await loadApprovedReview(context.db, consultationId, language, context.publicUrl);
  if (!review) notFound();
  const body = await FORMATS[format].render(review);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": FORMATS[format].type,
      "Content-Disposition": `attachment; filename="${exportFileName(review.slug, language, format)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ...(format === "html"
        ? { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" }
        : {}),
    },
  });
}
