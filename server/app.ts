import http from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import helmet from "helmet";
import type { Database } from "../db/client";
import { csrfProtection } from "./csrf";
import { withDatabaseUnavailablePage } from "./database-unavailable";
import { newNonce, pageCache } from "./page-cache";
import { createRequestHandler } from "./remix-handler";
import { requestSizeCap } from "./request-size";

export interface AppOptions {
  db: Database;
  build: ServerBuild;
  publicUrl: string;
  mailboxEnabled: boolean;
  /** the folder holding `build/` for the browser; defaults to ./public */
  publicDir?: string;
  /**
   * Seconds a signed-out visitor's public page is served from memory (decisions 022, 024);
   * 0 turns the cache off.
   */
  pageCacheSeconds?: number;
}

/** The HTTP application: security headers, static files, then Remix. No state of its own. */
export function createApp({
  db,
  build,
  publicUrl,
  mailboxEnabled,
  publicDir = "public",
  pageCacheSeconds = 0,
}: AppOptions) {
  return createHttpApp(
    { publicDir, pageCacheSeconds },
    createRequestHandler({
      build: withDatabaseUnavailablePage(build),
      mode: build.mode,
      getLoadContext: (req, res) => ({
        db,
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? null,
        publicUrl,
        mailboxEnabled,
      }),
    }),
  );
}

/** What serves HTTP: a request listener that can also listen, as an Express app can. */
export type HttpApp = http.RequestListener & {
  listen(port: number, host: string, onListening?: () => void): http.Server;
};

/**
 * Everything around the page handler (Remix, or a stand-in in tests), in order. With the page
 * cache on, a fresh public page is answered before Express (decision 024).
 */
export function createHttpApp(
  { publicDir, pageCacheSeconds }: { publicDir: string; pageCacheSeconds: number },
  handler: express.RequestHandler,
): HttpApp {
  const cache =
    Number.isFinite(pageCacheSeconds) && pageCacheSeconds > 0
      ? pageCache({ seconds: pageCacheSeconds })
      : null;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "true");

  app.use((_req, res, next) => {
    res.locals.cspNonce = newNonce();
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": [
            "'self'",
            (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`,
          ],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "connect-src": ["'self'"],
          "form-action": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'none'"],
          "frame-ancestors": ["'none'"],
        },
      },
      strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // Fingerprinted by the compiler: cache for a year.
  app.use(
    "/build",
    express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }),
  );
  // Before the public folder's static files, which stat the disk for every path: a cached
  // page (a cookie-less GET without a body, where csrf and the size cap have nothing to do)
  // is answered without touching the disk.
  if (cache) app.use(cache.store);
  app.use(express.static(publicDir, { maxAge: "1h" }));

  app.use(csrfProtection);
  app.use(requestSizeCap);
  // Anything a signed-in person sees is theirs: never cached by the browser or a proxy.
  app.use((req, res, next) => {
    if (req.headers.cookie?.includes("__Host-roundtable_session="))
      res.setHeader("Cache-Control", "no-store");
    next();
  });

  app.all("*", handler);

  const listener: http.RequestListener = cache
    ? (req, res) => {
        if (!cache.answer(req, res)) app(req, res);
      }
    : app;
  return Object.assign(listener, {
    listen: (port: number, host: string, onListening?: () => void) =>
      http.createServer(listener).listen(port, host, onListening),
  });
}
