import type { NextFunction, Request, Response } from "express";

/** No request body may exceed this: five 10 MB attachments and the form around them. */
export const MAX_REQUEST_BYTES = 52 * 1024 * 1024;

/**
 * Refuses, before anything reads it, a body declared larger than any form takes, and closes
 * the connection so the unread body cannot be mistaken for the next request.
 */
/** Bodies above this may be refused unread (by a guard, or a form's own limit). */
const CLOSE_AFTER_BYTES = 256 * 1024;

export function requestSizeCap(req: Request, res: Response, next: NextFunction) {
  // A body without a declared length (chunked) could not be bounded before reading it.
  // Browsers always declare the length of a form; anything else is asked to.
  if (req.headers["transfer-encoding"] && req.headers["content-length"] === undefined) {
    res.setHeader("Connection", "close");
    res.status(411).type("text/plain; charset=utf-8").send("Length Required / Longueur requise");
    return;
  }
  const length = Number(req.headers["content-length"] ?? "0");
  // Whatever the answer, a large body may be left partly unread (a 403 or 413 comes before
  // reading it): the connection must not carry the client's next request.
  if (length > CLOSE_AFTER_BYTES) res.setHeader("Connection", "close");
  if (length <= MAX_REQUEST_BYTES) return next();
  res.setHeader("Connection", "close");
  res
    .status(413)
    .type("text/plain; charset=utf-8")
    .send("Payload Too Large / Contenu trop volumineux");
}
