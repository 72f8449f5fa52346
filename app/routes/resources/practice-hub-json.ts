import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getHubExport } from "~/features/repository/hub-export.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";

export const ParamsSchema = z.object({ reference: z.string().regex(/^RT-\d{4}-\d{6,}$/) });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const hub = await getHubExport(context.db, locale, reference, context.publicUrl);
  if (!hub) notFound();
  return new Response(JSON.stringify(hub, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reference}-hub-${locale}.json"`,
    },
  });
}
