import { createHmac, timingSafeEqual } from "node:crypto";
import type { Database } from "../../../db/client";
import { getOrCreateSecret } from "../../../db/queries/app-secrets";
import { recordAudit } from "../../../db/queries/audit";
import { setOptOut } from "../../../db/queries/notifications";
import { OPTIONAL_EVENTS } from "../../../emails/events";

type OptionalEvent = (typeof OPTIONAL_EVENTS)[number];

// Signed, single-purpose: the link can turn off one kind of e-mail for one person, nothing else.
const PURPOSE = "unsubscribe.v1";

async function sign(db: Database, payload: string) {
  const secret = await getOrCreateSecret(db, "link-signing-key");
  return createHmac("sha256", secret).update(`${PURPOSE}:${payload}`).digest("base64url");
}

export async function unsubscribeToken(db: Database, userId: number, event: OptionalEvent) {
  const payload = `${userId}.${event}`;
  return `${Buffer.from(payload).toString("base64url")}.${await sign(db, payload)}`;
}

export async function unsubscribeUrl(
  db: Database,
  publicUrl: string,
  userId: number,
  event: OptionalEvent,
) {
  return `${publicUrl}/en/unsubscribe/${await unsubscribeToken(db, userId, event)}`;
}

/** The person and e-mail kind a token names, or null when it was not made by us. */
export async function readUnsubscribeToken(
  db: Database,
  token: string,
): Promise<{ userId: number; event: OptionalEvent } | null> {
  const [encoded, signature] = token.split(".");
  if (!encoded || !signature || token.length > 300) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(await sign(db, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  // Event names contain dots themselves ("digest.daily"): only the first dot separates.
  const separator = payload.indexOf(".");
  const userId = Number(payload.slice(0, separator));
  const event = payload.slice(separator + 1);
  if (
    separator < 1 ||
    !Number.isInteger(userId) ||
    !(OPTIONAL_EVENTS as readonly string[]).includes(event)
  )
    return null;
  return { userId, event: event as OptionalEvent };
}

export async function unsubscribe(db: Database, token: string, context: { ip: string | null }) {
  const target = await readUnsubscribeToken(db, token);
  if (!target) return { ok: false as const };
  await setOptOut(db, target.userId, target.event, true);
  await recordAudit(db, {
    actorUserId: target.userId,
    action: "email.opted-out",
    subjectType: "user",
    subjectId: target.userId,
    ip: context.ip,
    details: { event: target.event },
  });
  return { ok: true as const, event: target.event };
}
