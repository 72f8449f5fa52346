import type { LoaderFunctionArgs } from "@remix-run/node";
import { surveyCsvResponse } from "~/features/surveys/survey-export-route.server";

/** One row per submitted response, one column per question (`?lang=` picks the headers). */
export async function loader(args: LoaderFunctionArgs) {
  return surveyCsvResponse(args, "wide");
}
