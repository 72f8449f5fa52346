import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import {
  request as playwrightRequest,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32, demoPeople } from "../../seeds/data/people";

export const DEMO = {
  admin: "admin@demo.roundtable.localhost",
  coordinator: "coordinator@demo.roundtable.localhost",
  moderator: "moderator@demo.roundtable.localhost",
  drafter: "drafter@demo.roundtable.localhost",
  approver: "approver@demo.roundtable.localhost",
  contributorA: "contributor@demo.roundtable.localhost",
  colleagueA: "colleague@demo.roundtable.localhost",
  contributorB: "province@demo.roundtable.localhost",
  colleagueB: "province-colleague@demo.roundtable.localhost",
} as const;

export function currentTotp() {
  return generateTOTP(decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32), 30, 6);
}

function isStaffEmail(email: string) {
  return (
    demoPeople
      .find((person) => person.email === email)
      ?.roles.some((role) => role !== "contributor") ?? false
  );
}

/** An HTTP client signed in as a demo person, second factor included, without a browser. */
export async function signedInRequest(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInRequest(context, email);
  return context;
}

/**
 * Signs a browser context in through its own HTTP client (which shares the context's
 * cookies): for the sweeps, whose subject is the pages behind sign-in, not signing in (the
 * journeys and the keyboard runs sign in through the pages, with signInWithBrowser).
 */
export async function signInContext(
  context: BrowserContext,
  email: string,
  secondFactor = isStaffEmail(email),
) {
  await signInRequest(context.request, email, secondFactor);
}

async function signInRequest(
  context: APIRequestContext,
  email: string,
  secondFactor = isStaffEmail(email),
) {
  const signIn = await context.post("/en/sign-in", {
    form: { email, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  if (signIn.status() !== 302) throw new Error(`sign-in of ${email} answered ${signIn.status()}`);
  if (secondFactor) {
    const verify = await context.post("/en/two-factor/verify", {
      form: { code: currentTotp() },
      maxRedirects: 0,
    });
    if (verify.status() !== 302)
      throw new Error(`second factor of ${email} answered ${verify.status()}`);
  }
}

/** Signs in through the pages, as a person would. */
export async function signInWithBrowser(page: Page, email: string, locale: "en" | "fr" = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "E-mail address" : "Adresse courriel").fill(email);
  await page
    .getByLabel(locale === "en" ? "Password" : "Mot de passe", { exact: true })
    .fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  if (isStaffEmail(email)) {
    await page.getByLabel("Code").fill(currentTotp());
    await page.getByRole("button", { name: locale === "en" ? "Verify" : "Vérifier" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/two-factor/verify"));
  }
}
