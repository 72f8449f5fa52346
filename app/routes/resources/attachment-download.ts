import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { attachmentResponse, readAttachment } from "~/features/contributions/attachments.server";
import { getOwnInput } from "~/features/contributions/practices.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

export const ParamsSchema = z.object({
  reference: z.string().regex(/^RT-\d{4}-\d{6,}$/),
  attachmentId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

/** An attachment, only to someone who may read its input, always as a download. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference, attachmentId } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const input = await getOwnInput(context.db, signedIn, reference);
  if (!input) notFound();
  const file = await readAttachment(context.db, input.id, attachmentId);
  if (!file) notFound();
  return attachmentResponse(file);
}
