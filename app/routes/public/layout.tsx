import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireLocale } from "~/utils/http.server";

export function loader({ params }: LoaderFunctionArgs) {
  requireLocale(params);
  return null;
}

export default function PublicLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
