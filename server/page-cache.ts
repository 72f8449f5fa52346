import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";

/**
 * A few seconds' cache of public pages for signed-out visitors (decision 022), per instance.
 *
 * Only a GET of an allow-listed public path, with no Cookie and no Authorization header, is
 * looked up or stored; only a 200 text/html answer without Set-Cookie or a private/no-store
 * Cache-Control is stored. A stored page keeps every header it was sent with (the security
 * headers included) and is cut wherever its CSP nonce stood, in the body and in the headers:
 * every hit is joined with a nonce of its own.
 *
 * Two halves: `answer` runs before Express (decision 024) and sends a fresh copy without any
 * middleware; `store` is Express middleware placed after the security headers, where a miss
 * renders and is kept. One request per page renders at a time: while it does, the others for
 * that page wait for it (nothing cached yet) or get the expired copy (at most twice `seconds`
 * old), so an expiry does not send every connection to the database at once.
 */
export interface PageCacheOptions {
  /** how long a page is served from memory; 0 turns the cache off */
  seconds: number;
  /** most pages kept (oldest dropped first) */
  maxEntries?: number;
  /** larger pages are not kept */
  maxBytes?: number;
  now?: () => number;
}

// Read-only public pages without forms or per-visitor content: home, objectives, one
// objective, the repository and one practice, in either language, any query string.
const CACHEABLE_PATH =
  /^\/(en|fr)(\/|\/objectives\/?|\/objectives\/\d{1,3}\/?|\/practices\/?|\/practices\/RT-\d{4}-\d{6,}\/?)?$/;

type HeaderValue = string[] | number | { parts: string[] };

interface Entry {
  expiresAt: number;
  /** every header but Date and Content-Length; strings cut where the nonce stood */
  headers: Array<[string, HeaderValue]>;
  /** the body cut where the render's nonce stood: a hit joins them with its own */
  parts: Buffer[];
}

type CacheableRequest = Pick<IncomingMessage, "method" | "headers" | "url">;

/** Whether this request may be answered from, or stored into, the cache. */
export function isCacheableRequest(req: CacheableRequest): boolean {
  if (req.method !== "GET") return false;
  const { headers } = req;
  if (headers.cookie !== undefined || headers.authorization !== undefined) return false;
  // no body: what csrf and the size cap check (a hit answers before them)
  if (headers["transfer-encoding"] !== undefined) return false;
  if (headers["content-length"] !== undefined && headers["content-length"] !== "0") return false;
  const url = req.url ?? "";
  const query = url.indexOf("?");
  return CACHEABLE_PATH.test(query === -1 ? url : url.slice(0, query));
}

/** A nonce as server/app.ts makes them: 16 random bytes, base64. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function pageCache({
  seconds,
  maxEntries = 500,
  maxBytes = 1024 * 1024,
  now = Date.now,
}: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<void>>();

  const serve = (res: ServerResponse, entry: Entry, nonce: string) => {
    for (const [name, value] of entry.headers)
      res.setHeader(
        name,
        typeof value === "object" && "parts" in value ? value.parts.join(nonce) : value,
      );
    res.setHeader("X-Page-Cache", "hit");
    const nonceBytes = Buffer.from(nonce, "utf8");
    const pieces: Buffer[] = [];
    entry.parts.forEach((part, i) => {
      if (i > 0) pieces.push(nonceBytes);
      pieces.push(part);
    });
    const body = Buffer.concat(pieces);
    res.setHeader("Content-Length", body.length);
    res.statusCode = 200;
    res.end(body);
  };

  /** The live copy of this URL, dropping one past its grace period. */
  const lookUp = (key: string) => {
    const cached = entries.get(key);
    if (cached && cached.expiresAt + seconds * 1000 <= now()) {
      entries.delete(key);
      return undefined;
    }
    return cached;
  };

  /**
   * Before Express: answers a cacheable request from memory when its copy is fresh, or
   * expired while another request renders it. True when it answered.
   */
  function answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (seconds <= 0 || !isCacheableRequest(req)) return false;
    const key = req.url!;
    const cached = lookUp(key);
    if (!cached || (cached.expiresAt <= now() && !rendering.has(key))) return false;
    serve(res, cached, newNonce());
    return true;
  }

  /** After the security headers: renders a miss once, keeps it, and answers its waiters. */
  function store(req: Request, res: Response, next: NextFunction) {
    if (seconds <= 0 || !isCacheableRequest(req)) return next();
    const nonce = res.locals.cspNonce as string;
    const key = req.originalUrl;
    const cached = lookUp(key);
    if (cached && cached.expiresAt > now()) return serve(res, cached, nonce);
    const inFlight = rendering.get(key);
    if (inFlight) {
      if (cached) return serve(res, cached, nonce);
      void inFlight.then(() => {
        const fresh = entries.get(key);
        if (fresh) serve(res, fresh, nonce);
        else next();
      });
      return;
    }
    let done!: () => void;
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    rendering.set(key, mine);
    const settle = () => {
      if (rendering.get(key) === mine) rendering.delete(key);
      done();
    };
    res.once("close", settle);

    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size <= maxBytes) chunks.push(buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as Response["end"];

    res.once("finish", () => {
      if (!isStorable(res) || size > maxBytes) {
        // the page is no longer what was kept (gone, an error, personal): keep nothing
        entries.delete(key);
        return settle();
      }
      const headers = Object.entries(res.getHeaders())
        .filter(([name]) => name !== "content-length" && name !== "date")
        .map(([name, value]): [string, HeaderValue] => [
          name,
          typeof value === "string" ? { parts: value.split(nonce) } : value!,
        ]);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, {
        expiresAt: now() + seconds * 1000,
        headers,
        parts: split(Buffer.concat(chunks), Buffer.from(nonce, "utf8")),
      });
      settle();
    });
    next();
  }

  return { answer, store };
}

function isStorable(res: Response): boolean {
  if (res.statusCode !== 200) return false;
  if (res.getHeader("set-cookie") !== undefined) return false;
  const type = String(res.getHeader("content-type") ?? "");
  if (!type.startsWith("text/html")) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return !/no-store|private/i.test(cacheControl);
}

function split(body: Buffer, separator: Buffer): Buffer[] {
  if (separator.length === 0) return [body];
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    parts.push(body.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(body.subarray(start));
  return parts;
}
