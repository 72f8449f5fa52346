import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireStaff } from "~/features/accounts/auth.server";
import { attachmentResponse } from "~/features/contributions/attachments.server";
import { readTriageAttachment } from "~/features/triage/queue.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

export const ParamsSchema = z.object({
  reference: z.string().regex(/^RT-\d{4}-\d{6,}$/),
  attachmentId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

/** A moderator's download of an input's attachment: checked against the triage permission. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference, attachmentId } = parseParams(ParamsSchema, params);
  await requireStaff(request, context.db, locale, "decide:input");
  const file = await readTriageAttachment(context.db, reference, attachmentId);
  if (!file) notFound();
  return attachmentResponse(file);
}
