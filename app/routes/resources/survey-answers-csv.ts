import type { LoaderFunctionArgs } from "@remix-run/node";
import { surveyCsvResponse } from "~/features/surveys/survey-export-route.server";

/** One row per answer of a submitted response (`?lang=` picks the headers). */
export async function loader(args: LoaderFunctionArgs) {
  return surveyCsvResponse(args, "long");
}
