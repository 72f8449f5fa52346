import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

/** The signed-in person's summary from the root loader; null for visitors and on error pages. */
export function useSignedIn() {
  return useRouteLoaderData<typeof rootLoader>("root")?.signedIn ?? null;
}
