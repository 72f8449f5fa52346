import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { DEMO, signedInRequest } from "./auth-helpers";
import { AUTHORIZATION_MATRIX } from "./authorization-matrix";

// A small corpus of hostile values; the full Big List of Naughty Strings belongs to the quality suite.
const NAUGHTY = [
  "",
  "a\u0000b",
  "\ud800 lone surrogate",
  "\u202Eevil\u202C",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil")',
  "__proto__",
  "x".repeat(20_000),
];

// Sign-in, reset and two-factor forms count failures per address: hammering them here would
// lock out the other journeys running beside this one. They have their own tests.
const RATE_LIMITED = new Set([
  "routes/auth/sign-in",
  "routes/auth/sign-out",
  "routes/auth/forgot-password",
  "routes/auth/reset-password",
  "routes/auth/two-factor-setup",
  "routes/auth/two-factor-verify",
  "routes/auth/accept-invitation",
]);

const FIELDS = [
  "intent",
  "email",
  "password",
  "name",
  "title",
  "summary",
  "description",
  "objectives",
  "comment",
  "language",
  "consent",
  "to",
  "version",
  "reasonCode",
  "message",
  "q",
  "code",
  "roles",
  "organizationId",
  "assigneeUserId",
  "references",
  "__proto__",
  "submitKey",
  "csv",
];

test("hostile form values never cause a server error on any action", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const actions = Object.keys(build.routes).filter(
    (id) => typeof build.routes[id]!.module.action === "function",
  );
  const clients = {
    contributor: await signedInRequest(baseURL!, DEMO.colleagueA),
    moderator: await signedInRequest(baseURL!, DEMO.moderator),
  };
  const serverErrors: string[] = [];
  let requests = 0;
  for (const id of actions) {
    if (RATE_LIMITED.has(id)) continue;
    const url = AUTHORIZATION_MATRIX[id]!.url;
    for (const [who, client] of Object.entries(clients)) {
      for (const value of NAUGHTY) {
        const form = new URLSearchParams();
        for (const field of FIELDS) {
          form.append(field, value);
          form.append(field, value); // duplicated parameters
        }
        requests += 1;
        const response = await client
          .post(url, {
            data: form.toString(),
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            maxRedirects: 0,
          })
          .catch((error: Error) => {
            serverErrors.push(
              `${who} ${id} ${JSON.stringify(value.slice(0, 20))}: ${error.message.split("\n")[0]}`,
            );
            return null;
          });
        if (!response) continue;
        if (response.status() >= 500)
          serverErrors.push(
            `${who} ${id} ${JSON.stringify(value.slice(0, 20))}: ${response.status()}`,
          );
      }
    }
  }
  await Promise.all(Object.values(clients).map((client) => client.dispose()));
  console.log(
    JSON.stringify({ actions: actions.length, requests, serverErrors: serverErrors.length }),
  );
  expect(serverErrors).toEqual([]);
});
