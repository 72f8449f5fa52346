import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { DEMO, signedInRequest } from "./auth-helpers";
import { AUTHORIZATION_MATRIX, PERSONAS, type Persona } from "./authorization-matrix";

async function clientFor(persona: Persona, baseURL: string): Promise<APIRequestContext> {
  if (persona === "anonymous") return playwrightRequest.newContext({ baseURL });
  return signedInRequest(baseURL, DEMO[persona]);
}

test("every route in the build manifest has a row in the authorization matrix", async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const missing = Object.keys(build.routes).filter((id) => !(id in AUTHORIZATION_MATRIX));
  const stale = Object.keys(AUTHORIZATION_MATRIX).filter((id) => !(id in build.routes));
  expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  const routes = Object.keys(build.routes).length;
  console.log(
    JSON.stringify({
      routes,
      covered: routes - missing.length,
      personas: PERSONAS.length,
      requests: routes * PERSONAS.length,
    }),
  );
});

for (const persona of PERSONAS) {
  test(`every route answers ${persona} as the matrix says`, async ({ baseURL }) => {
    const client = await clientFor(persona, baseURL!);
    const mismatches: string[] = [];
    for (const [id, row] of Object.entries(AUTHORIZATION_MATRIX)) {
      const response = await client.get(row.url, { maxRedirects: 0 });
      if (response.status() !== row.expected[persona]) {
        mismatches.push(
          `${id} ${row.url}: expected ${row.expected[persona]}, got ${response.status()}`,
        );
      }
    }
    await client.dispose();
    expect(mismatches).toEqual([]);
  });
}

test("a contributor's denied admin mutation changes nothing", async ({ baseURL }) => {
  const contributor = await signedInRequest(baseURL!, DEMO.contributorA);
  const invited = "should-not-exist@example.org";
  const response = await contributor.post("/en/admin/invitations/new", {
    form: { email: invited, name: "Nobody", roles: "admin", language: "en" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  const admin = await signedInRequest(baseURL!, DEMO.admin);
  const deliveries = await (await admin.get("/en/admin/deliveries")).text();
  expect(deliveries).not.toContain(invited);
  const audit = await (await admin.get("/en/admin/audit")).text();
  expect(audit).not.toContain(invited);
  await Promise.all([contributor.dispose(), admin.dispose()]);
});

test("a cross-site form post is refused in both languages and changes nothing", async ({
  baseURL,
}) => {
  const client = await playwrightRequest.newContext({ baseURL });
  const response = await client.post("/fr/sign-in", {
    form: { email: DEMO.contributorA, password: "irrelevant" },
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).toContain("Cette demande provenait d'un autre site Web");
  expect(body).toContain("This request came from another website");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  await client.dispose();
});

test("every route that has an action refuses a cross-site POST", async ({ baseURL }) => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const withActions = Object.entries(build.routes).filter(
    ([, route]) => typeof route.module.action === "function",
  );
  expect(withActions.length).toBeGreaterThan(10);
  const client = await playwrightRequest.newContext({ baseURL });
  const accepted: string[] = [];
  for (const [id] of withActions) {
    const row = AUTHORIZATION_MATRIX[id];
    if (!row) throw new Error(`${id} has an action but no row in the authorization matrix`);
    const response = await client.post(row.url, {
      form: { intent: "submit", email: "x@example.org" },
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    if (response.status() !== 403) accepted.push(`${id}: ${response.status()}`);
  }
  await client.dispose();
  expect(accepted).toEqual([]);
});
