import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
// The adapter builds the Request; its index exports only the handler, so this reaches the
// module that holds both (no "exports" map in its package; the version is locked).
import { createRemixRequest, type GetLoadContextFunction } from "@remix-run/express/dist/server.js";
import { createRequestHandler as createRemixHandler, type ServerBuild } from "@remix-run/node";
import type express from "express";

/**
 * Remix's Express adapter (`@remix-run/express` 2.x) with one change: the response body is
 * piped with back-pressure, and a client that leaves cancels it. The adapter's own writer
 * writes each chunk as soon as it is read and never stops reading: a staff member's slow
 * download of the 1 M-input CSV export buffered it all in the server's memory, and an
 * abandoned download kept its COPY running to the end (docs/performance.md).
 */
export function createRequestHandler({
  build,
  getLoadContext,
  mode,
}: {
  build: ServerBuild;
  getLoadContext: GetLoadContextFunction;
  mode: string;
}): express.RequestHandler {
  const handleRequest = createRemixHandler(build, mode);
  return async (req, res, next) => {
    try {
      const request = createRemixRequest(req, res);
      const response = await handleRequest(request, await getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/** Status, headers (as the adapter sends them), then the body at the client's pace. */
export async function sendResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res);
  } catch (error) {
    // The client left before the end: the pipeline has cancelled the body; nothing to answer.
    // Any other error (the body's own) goes to Express, as the adapter sends it.
    if ((error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE") return;
    throw error;
  }
}
