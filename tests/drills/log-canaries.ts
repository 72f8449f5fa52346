import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { DEMO } from "../e2e/auth-helpers";
import { AUTHORIZATION_MATRIX } from "../e2e/authorization-matrix";
import type { DrillContext } from "./drills";
import {
  Drill,
  FORM_HEADERS,
  formKey,
  practiceForm,
  NEW_PRACTICE,
  signedInRequest,
  waitUntil,
  type DrillResult,
} from "./harness";

// LOG: canary secrets (a password, session tokens, reset and invitation tokens, an input's
// text) pushed through every flow never appear in the app's log (QUALITY: "no passwords,
// tokens or submission text in logs"). The flows: sign-in, password reset, invitation, then
// every action of the build posted with the canaries in every field by someone allowed past
// its guard (submits, triage decisions, survey answers, review comments, …), then every page
// and export GET with the canary in its query string. E-mail is down during the first part,
// so the app logs its delivery failures: the log checked is not empty by construction.

const key = () => randomBytes(16).toString("base64url");

/** The fields any form of the app reads (as the bad-input corpus posts them). */
const TEXT_FIELDS = [
  "intent",
  "email",
  "name",
  "title",
  "titleEn",
  "titleFr",
  "summary",
  "description",
  "body",
  "bodyEn",
  "bodyFr",
  "comment",
  "language",
  "consent",
  "message",
  "q",
  "note",
  "reasonCode",
  "prompt",
  "promptEn",
  "promptFr",
  "answer",
  "text",
  "partners",
  "regions",
  "links",
  "excerpt",
  "decision",
  "status",
  "to",
  "csv",
];
const PASSWORD_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword"];

function personaFor(id: string) {
  if (id.startsWith("routes/staff/triage")) return DEMO.moderator;
  if (id.startsWith("routes/staff/review")) return DEMO.drafter;
  if (id.startsWith("routes/staff/")) return DEMO.coordinator;
  if (id.startsWith("routes/admin/")) return DEMO.admin;
  if (id.includes("survey")) return DEMO.contributorB;
  return DEMO.colleagueA;
}

/** Forms that change who can sign in: exercised by the real flows below, not the sweep. */
const ACCOUNT_FORMS = new Set([
  "routes/auth/sign-in",
  "routes/auth/sign-out",
  "routes/auth/forgot-password",
  "routes/auth/reset-password",
  "routes/auth/two-factor-setup",
  "routes/auth/two-factor-verify",
  "routes/auth/accept-invitation",
  "routes/me/account",
  "routes/admin/person",
]);

export async function logCanaries({ app, sql, mail }: DrillContext): Promise<DrillResult> {
  const drill = new Drill("LOG canaries never reach the log");
  const canaries = {
    password: `canary-password-${key()}`,
    text: `canary-text-${key()}`,
    query: `canary-query-${key()}`,
  };
  const secrets: Record<string, string> = { ...canaries };
  const logBefore = app.log.length;
  let requests = 0;
  const post = async (client: APIRequestContext, url: string, form: URLSearchParams) => {
    requests++;
    const response = await client
      .post(url, { data: form.toString(), headers: FORM_HEADERS, maxRedirects: 0 })
      .catch(() => null);
    await response?.body().catch(() => null);
    return response;
  };
  const get = async (client: APIRequestContext, url: string) => {
    requests++;
    const response = await client.get(url, { maxRedirects: 0 }).catch(() => null);
    await response?.body().catch(() => null);
    return response;
  };
  const clients = new Map<string, APIRequestContext>();
  const clientOf = async (who: string) => {
    if (!clients.has(who)) {
      const client = await signedInRequest(app.baseURL, who);
      const state = await client.storageState();
      const token = state.cookies.find((cookie) => cookie.name.includes("session"))?.value;
      if (token) secrets[`session token of ${who}`] = token;
      clients.set(who, client);
    }
    return clients.get(who)!;
  };

  await mail.stop();
  // Sign-in: a failed one with the canary password, then real ones (session tokens).
  const anonymous = await playwrightRequest.newContext({ baseURL: app.baseURL });
  await post(
    anonymous,
    "/en/sign-in",
    new URLSearchParams({ email: DEMO.colleagueB, password: canaries.password }),
  );
  const contributor = await clientOf(DEMO.colleagueA);
  // Submit: a practice with the canary text, acknowledged, its receipt e-mail queued.
  const submitted = await post(
    contributor,
    NEW_PRACTICE,
    new URLSearchParams(practiceForm(canaries.text, formKey(), "submit")),
  );
  drill.check(submitted?.status() === 302, "the canary practice was not submitted");
  // Reset and invitation: asked for while e-mail is down.
  await post(anonymous, "/en/forgot-password", new URLSearchParams({ email: DEMO.colleagueB }));
  const invitee = `canary-${key()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")}@example.org`;
  const admin = await clientOf(DEMO.admin);
  await post(
    admin,
    "/en/admin/invitations/new",
    new URLSearchParams({
      email: invitee,
      name: canaries.text,
      roles: "contributor",
      language: "en",
    }),
  );
  // Every other action, with the canaries in every field.
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const actions = Object.keys(build.routes).filter(
    (id) =>
      typeof build.routes[id]!.module.action === "function" &&
      !ACCOUNT_FORMS.has(id) &&
      AUTHORIZATION_MATRIX[id],
  );
  for (const id of actions) {
    const form = new URLSearchParams();
    for (const field of TEXT_FIELDS) form.append(field, canaries.text);
    for (const field of PASSWORD_FIELDS) form.append(field, canaries.password);
    form.append("submitKey", formKey());
    await post(await clientOf(personaFor(id)), AUTHORIZATION_MATRIX[id]!.url, form);
  }
  // The e-mail failures the flows caused are in the log: it is not empty.
  await waitUntil(() => app.log.slice(logBefore).includes("email.attempt-failed"), 30_000).catch(
    () => undefined,
  );
  const failuresLogged = app.log.slice(logBefore).split("email.attempt-failed").length - 1;

  // E-mail is back: the reset and invitation links arrive; both are followed with the canaries.
  await mail.start();
  const link = (pattern: RegExp) =>
    mail.received.map((m) => pattern.exec(m.raw)?.[1]).find(Boolean);
  // (the backoff's clock moved forward on each look, not waited for, as in R6)
  await waitUntil(
    async () => {
      await sql`update email_messages set next_attempt_at = now() where status = 'retrying'`;
      return Boolean(
        link(/\/reset-password\/([A-Za-z0-9_-]{20,})/) &&
        link(/\/invitations\/([A-Za-z0-9_-]{20,})/),
      );
    },
    30_000,
    500,
  ).catch(() => undefined);
  const resetToken = link(/\/reset-password\/([A-Za-z0-9_-]{20,})/);
  const inviteToken = link(/\/invitations\/([A-Za-z0-9_-]{20,})/);
  drill.check(Boolean(resetToken), "no reset e-mail arrived");
  drill.check(Boolean(inviteToken), "no invitation e-mail arrived");
  if (resetToken) {
    secrets.resetToken = resetToken;
    await get(anonymous, `/en/reset-password/${resetToken}`);
    const reset = await post(
      anonymous,
      `/en/reset-password/${resetToken}`,
      new URLSearchParams({ password: canaries.password }),
    );
    drill.fact("resetStatus", reset?.status() ?? "network");
    drill.check(reset?.status() === 302, "the reset with the canary password did not go through");
  }
  if (inviteToken) {
    secrets.invitationToken = inviteToken;
    await get(anonymous, `/en/invitations/${inviteToken}`);
    const accepted = await post(
      anonymous,
      `/en/invitations/${inviteToken}`,
      new URLSearchParams({ name: canaries.text, language: "en", password: canaries.password }),
    );
    drill.fact("invitationStatus", accepted?.status() ?? "network");
    drill.check(accepted?.status() === 302, "the invitation was not accepted with the canaries");
  }
  // Every page and export, as someone who may see it, with the canary in the query string.
  for (const [id, row] of Object.entries(AUTHORIZATION_MATRIX)) {
    if (id === "routes/auth/sign-out") continue;
    const separator = row.url.includes("?") ? "&" : "?";
    await get(await clientOf(personaFor(id)), `${row.url}${separator}q=${canaries.query}`);
  }
  for (const client of [anonymous, ...clients.values()]) await client.dispose();

  const log = app.log.slice(logBefore);
  const lines = log.split("\n").filter((line) => line.trim()).length;
  const leaks = Object.entries(secrets).filter(([, value]) => value && log.includes(value));
  drill.fact("requests", requests);
  drill.fact("actionsPosted", actions.length);
  drill.fact("logLines", lines);
  drill.fact("deliveryFailuresLogged", failuresLogged);
  drill.fact("secretsChecked", Object.keys(secrets).length);
  drill.fact(
    "leaked",
    leaks.map(([name]) => name),
  );
  const expected = actions.length + Object.keys(AUTHORIZATION_MATRIX).length;
  drill.check(
    requests >= expected,
    `only ${requests} of ${expected} requests: the flows did not run`,
  );
  drill.check(
    failuresLogged >= 2,
    "the flows' e-mail failures are not in the log: the log was not captured",
  );
  drill.check(
    Object.keys(secrets).some((name) => name.startsWith("session token")),
    "no session token was issued to check",
  );
  drill.check(leaks.length === 0, `the log holds: ${leaks.map(([name]) => name).join(", ")}`);
  return drill.result();
}
