import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { hubDocx } from "~/features/repository/hub-docx.server";
import { getHubExport } from "~/features/repository/hub-export.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const hub = await getHubExport(context.db, locale, reference, context.publicUrl);
  if (!hub) notFound();
  const document = await hubDocx(hub, locale);
  return new Response(new Uint8Array(document), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${reference}-hub-${locale}.docx"`,
    },
  });
}
