import { expect } from "@playwright/test";

export interface CaughtEmail {
  to: string[];
  subject: string;
  messageId: string;
  text: string;
  html: string;
  headers: string;
}

const MAIL_URL = `http://127.0.0.1:${process.env.E2E_MAIL_PORT ?? 3126}/messages`;

export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const response = await fetch(`${MAIL_URL}?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CaughtEmail[];
}

/** Waits for the e-mail to `address` whose subject matches, as delivered by the real worker. */
export async function waitForEmail(address: string, subject: RegExp): Promise<CaughtEmail> {
  let found: CaughtEmail | undefined;
  await expect
    .poll(
      async () => {
        const emails = await emailsTo(address);
        found = emails.find((email) => subject.test(email.subject));
        // On failure the report shows what did arrive.
        return found
          ? "found"
          : `subjects so far: ${JSON.stringify(emails.map((email) => email.subject))}`;
      },
      { timeout: 15_000, message: `an e-mail to ${address} with a subject like ${subject}` },
    )
    .toBe("found");
  return found!;
}

export function linkIn(email: CaughtEmail, pattern: RegExp): string {
  const match = email.text.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in: ${email.text}`);
  return match[0];
}
