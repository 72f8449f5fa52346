import { sha256 } from "@oslojs/crypto/sha2";
import { decodeBase64, encodeBase32UpperCaseNoPadding, encodeBase64 } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from "@oslojs/otp";
import QRCode from "qrcode";
import type { Database } from "../../../db/client";
import {
  consumeRecoveryCode,
  findTotpKey,
  markSessionTwoFactorVerified,
  replaceRecoveryCodes,
  updateUser,
} from "../../../db/queries/accounts";
import { recordAudit } from "../../../db/queries/audit";
import { sendSecurityNotice } from "./security-notice.server";
import { countHit, LIMITS } from "./rate-limit.server";
import { hashToken } from "./tokens.server";

const ISSUER = "Roundtable";
const PERIOD_SECONDS = 30;
const DIGITS = 6;

/**
 * The key offered while enrolling, derived from the session so that it stays the same when
 * the page is reloaded or a wrong code is entered, and no other session can know it.
 */
function enrolmentKey(sessionId: string): Uint8Array {
  return sha256(new TextEncoder().encode(`totp-enrolment:${sessionId}`)).slice(0, 20);
}

/** The key to enrol, as text to type and as a QR code. */
export async function newTotpEnrolment(accountName: string, sessionId: string) {
  const key = enrolmentKey(sessionId);
  const uri = createTOTPKeyURI(ISSUER, accountName, key, PERIOD_SECONDS, DIGITS);
  return {
    manualKey: encodeBase32UpperCaseNoPadding(key),
    qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
  };
}

function decodeKey(encodedKey: string): Uint8Array | null {
  try {
    const key = decodeBase64(encodedKey);
    return key.byteLength === 20 ? key : null;
  } catch {
    return null;
  }
}

function recoveryCode(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes).slice(0, 8);
}

function normaliseRecoveryCode(code: string) {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

/** Confirms enrolment with a code from the app; returns ten one-time recovery codes to show once. */
export async function enrolTotp(
  db: Database,
  input: {
    userId: number;
    sessionId: string;
    code: string;
    ip: string | null;
    now: Date;
    publicUrl: string;
  },
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; errors: ["invalidCode"] }> {
  const key = enrolmentKey(input.sessionId);
  if (!verifyTOTPWithGracePeriod(key, PERIOD_SECONDS, DIGITS, input.code.trim(), PERIOD_SECONDS)) {
    return { ok: false, errors: ["invalidCode"] };
  }
  const codes = Array.from({ length: 10 }, recoveryCode);
  await db.transaction(async (tx) => {
    await updateUser(tx, input.userId, { totpKey: encodeBase64(key), totpEnrolledAt: input.now });
    await replaceRecoveryCodes(
      tx,
      input.userId,
      codes.map((code) => hashToken(normaliseRecoveryCode(code))),
    );
    await markSessionTwoFactorVerified(tx, input.sessionId);
    await sendSecurityNotice(
      tx,
      input.userId,
      { event: "two-factor.changed", change: "enrolled" },
      input,
    );
    await recordAudit(tx, {
      actorUserId: input.userId,
      action: "two-factor.enrolled",
      subjectType: "user",
      subjectId: input.userId,
      ip: input.ip,
    });
  });
  return { ok: true, recoveryCodes: codes };
}

/** Verifies a TOTP code, or a recovery code, for this session. */
export async function verifySecondFactor(
  db: Database,
  input: {
    userId: number;
    sessionId: string;
    code: string;
    ip: string | null;
    now: Date;
    publicUrl: string;
  },
): Promise<{ ok: true } | { ok: false; errors: Array<"invalidCode" | "rate-limited"> }> {
  const bucket = `two-factor:user:${input.userId}`;
  const encodedKey = await findTotpKey(db, input.userId);
  const key = encodedKey ? decodeKey(encodedKey) : null;
  const code = input.code.trim();
  const byTotp =
    key !== null &&
    /^\d{6}$/.test(code) &&
    verifyTOTPWithGracePeriod(key, PERIOD_SECONDS, DIGITS, code, PERIOD_SECONDS);
  const byRecovery =
    !byTotp &&
    (await consumeRecoveryCode(
      db,
      input.userId,
      hashToken(normaliseRecoveryCode(code)),
      input.now,
    ));
  if (!byTotp && !byRecovery) {
    const over = await countHit(db, bucket, LIMITS.twoFactorFailuresPerUser, input.now);
    await recordAudit(db, {
      actorUserId: input.userId,
      action: "two-factor.failed",
      subjectType: "user",
      subjectId: input.userId,
      ip: input.ip,
    });
    return { ok: false, errors: [over ? "rate-limited" : "invalidCode"] };
  }
  await db.transaction(async (tx) => {
    await markSessionTwoFactorVerified(tx, input.sessionId);
    await recordAudit(tx, {
      actorUserId: input.userId,
      action: byRecovery ? "two-factor.recovery-code-used" : "two-factor.verified",
      subjectType: "user",
      subjectId: input.userId,
      ip: input.ip,
    });
    if (byRecovery) {
      await sendSecurityNotice(
        tx,
        input.userId,
        { event: "two-factor.changed", change: "recovery-code-used" },
        input,
      );
    }
  });
  return { ok: true };
}
