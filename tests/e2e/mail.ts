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
        found = (await emailsTo(address)).find((email) => subject.test(email.subject));
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export function linkIn(email: CaughtEmail, pattern: RegExp): string {
  const match = email.text.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in: ${email.text}`);
  return match[0];
}
