import type { NextFunction, Request, Response } from "express";
import { negotiateLocale, localeFromPath } from "../app/i18n/locale";
import { translator } from "../app/i18n/translate";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that another site made the browser send. Browsers send
 * Sec-Fetch-Site; older ones at least Origin. A request with neither (curl, a server) is
 * not a browser forging anything and passes; SameSite=Lax cookies are the second line.
 */
export function isCrossSiteRequest(
  req: Pick<Request, "method" | "headers">,
  host: string | undefined,
): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const fetchSite = req.headers["sec-fetch-site"];
  if (typeof fetchSite === "string") return !(fetchSite === "same-origin" || fetchSite === "none");
  const origin = req.headers.origin;
  if (typeof origin === "string") {
    if (origin === "null") return true;
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  return false;
}

export function csrfProtection(req: Request, res: Response, next: NextFunction) {
  if (!isCrossSiteRequest(req, req.headers.host)) return next();
  const locale =
    localeFromPath(req.path) ?? negotiateLocale(req.headers["accept-language"] ?? null);
  const [first, second] = locale === "fr" ? (["fr", "en"] as const) : (["en", "fr"] as const);
  const message = [first, second]
    .map((lang) => translator(lang)("errors.crossSite.body"))
    .join("\n\n");
  res.status(403).type("text/plain; charset=utf-8").send(message);
}
