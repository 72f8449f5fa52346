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
import { DENIED_ACTIONS, e2eSql, snapshot, type Form } from "./matrix/denied-actions";
import { prepareMatrixObjects, type MatrixObjects } from "./matrix/objects";
import type { Expected } from "./matrix/personas";
import { NO_OBJECT_VARIANTS, OBJECT_VARIANTS, type ObjectVariant } from "./matrix/variants";

async function clientFor(persona: Persona, baseURL: string): Promise<APIRequestContext> {
  if (persona === "anonymous") return playwrightRequest.newContext({ baseURL });
  return signedInRequest(baseURL, DEMO[persona]);
}

test("every route in the build manifest has a row in the authorization matrix", async () => {
  const build = await loadBuild();
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

async function loadBuild() {
  return (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
}

// The objects the object-level variants name: made once per worker (./matrix/objects.ts).
let objects: MatrixObjects;
test.beforeAll(async ({ baseURL }) => {
  const [contributorA, contributorB] = await Promise.all([
    signedInRequest(baseURL!, DEMO.contributorA),
    signedInRequest(baseURL!, DEMO.contributorB),
  ]);
  objects = await prepareMatrixObjects({ contributorA, contributorB });
  await Promise.all([contributorA.dispose(), contributorB.dispose()]);
});

/** The route's row and its object-level variants, as URLs with their expected statuses. */
function targetsOf(id: string): (Pick<ObjectVariant, "url" | "expected"> & { label: string })[] {
  const row = AUTHORIZATION_MATRIX[id]!;
  return [
    { label: "row", url: row.url, expected: row.expected },
    ...(OBJECT_VARIANTS[id]?.(objects) ?? []).map((v) => ({ ...v, label: v.variant })),
  ];
}

/**
 * Refused, as the matrix says: 403, 404, or, for someone not signed in, sent elsewhere where
 * others are not (to sign in; the POST's answer must say so). A route that sends everyone on
 * (sign-out, the language redirect) refuses nobody.
 */
function isDenied(expected: Expected, persona: Persona) {
  const status = expected[persona];
  if (status === 403 || status === 404) return true;
  return (
    status === 302 && persona === "anonymous" && PERSONAS.some((other) => expected[other] !== 302)
  );
}

test("every route whose path names an object has object-level variants, or a reason why not", async () => {
  const build = await loadBuild();
  const naming = Object.entries(build.routes)
    .filter(([, route]) => /(^|\/):(?!lang$)\w+/.test(route.path ?? ""))
    .map(([id]) => id);
  const unlisted = naming.filter((id) => !(id in OBJECT_VARIANTS) && !(id in NO_OBJECT_VARIANTS));
  const both = naming.filter((id) => id in OBJECT_VARIANTS && id in NO_OBJECT_VARIANTS);
  const stale = [...Object.keys(OBJECT_VARIANTS), ...Object.keys(NO_OBJECT_VARIANTS)].filter(
    (id) => !naming.includes(id),
  );
  expect({ unlisted, both, stale }).toEqual({ unlisted: [], both: [], stale: [] });
  const variants = Object.values(OBJECT_VARIANTS).flatMap((of) => of(objects));
  const labels = new Set(variants.map((v) => v.variant));
  expect([...labels].sort()).toEqual([
    "another-consultation",
    "another-organization",
    "own-organization",
  ]);
  console.log(
    JSON.stringify({
      routesNamingObjects: naming.length,
      withVariants: Object.keys(OBJECT_VARIANTS).length,
      variants: variants.length,
      exempt: Object.keys(NO_OBJECT_VARIANTS).length,
    }),
  );
});

for (const persona of PERSONAS) {
  test(`every route and object-level variant answers ${persona} as the matrix says`, async ({
    baseURL,
  }) => {
    const client = await clientFor(persona, baseURL!);
    const mismatches: string[] = [];
    for (const id of Object.keys(AUTHORIZATION_MATRIX)) {
      for (const target of targetsOf(id)) {
        const response = await client.get(target.url, { maxRedirects: 0 });
        if (response.status() !== target.expected[persona]) {
          mismatches.push(
            `${id} (${target.label}) ${target.url}: expected ${target.expected[persona]}, got ${response.status()}`,
          );
        }
      }
    }
    await client.dispose();
    expect(mismatches).toEqual([]);
  });
}

function formBody(form: Form) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form))
    for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value])
      body.append(name, each);
  return body.toString();
}

test("every action refuses every persona the matrix denies, and changes nothing", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const build = await loadBuild();
  const withActions = Object.entries(build.routes)
    .filter(([, route]) => typeof route.module.action === "function")
    .map(([id]) => id);
  const sql = e2eSql();
  const userIds = new Map(
    (
      await sql<{ id: number; email: string }[]>`
        select id, email from users where email = any(${Object.values(DEMO)}::text[])`
    ).map((row) => [row.email, row.id]),
  );
  const clients = new Map(
    await Promise.all(
      PERSONAS.map(async (persona) => [persona, await clientFor(persona, baseURL!)] as const),
    ),
  );
  const unlisted: string[] = [];
  const accepted: string[] = [];
  const changed: string[] = [];
  const refusedPersonas = new Set<Persona>();
  let deniedActions = 0;
  let requests = 0;
  let unchanged = 0;
  try {
    for (const id of withActions) {
      const targets = targetsOf(id);
      if (!targets.some((t) => PERSONAS.some((p) => isDenied(t.expected, p)))) continue;
      const action = DENIED_ACTIONS[id];
      if (!action) {
        unlisted.push(id);
        continue;
      }
      deniedActions += 1;
      const chosen = targets.filter((t) => (action.on as string[]).includes(t.label));
      for (const label of action.on)
        if (!chosen.some((t) => t.label === label)) unlisted.push(`${id}: no ${label} target`);
      const scope = action.scope(objects);
      // The personas ask at the same time (their requests should all be refused, so none
      // moves another's snapshot); each compares the rows before and after its own requests.
      const ask = async (persona: Persona) => {
        const denied = chosen.filter((t) => isDenied(t.expected, persona));
        if (denied.length === 0) return;
        refusedPersonas.add(persona);
        const personaId = persona === "anonymous" ? null : userIds.get(DEMO[persona])!;
        const before = await snapshot(sql, scope, personaId);
        const asker = clients.get(persona)!;
        for (const target of denied) {
          for (const form of action.forms(objects)) {
            requests += 1;
            const response = await asker.post(target.url, {
              data: formBody(form),
              headers: { "Content-Type": "application/x-www-form-urlencoded" },
              maxRedirects: 0,
            });
            const status = response.status();
            const location = response.headers()["location"] ?? "";
            const refused =
              status === 403 ||
              status === 404 ||
              (status === 302 && persona === "anonymous" && /\/sign-in(\?|$)/.test(location));
            if (!refused)
              accepted.push(
                `${id} ${target.url} as ${persona} (${String(form.intent ?? "form")}): ${status} ${location}`,
              );
          }
        }
        const after = await snapshot(sql, scope, personaId);
        if (JSON.stringify(after) === JSON.stringify(before)) unchanged += 1;
        else {
          const moved = Object.keys(before).filter(
            (key) =>
              JSON.stringify(before[key as keyof typeof before]) !==
              JSON.stringify(after[key as keyof typeof after]),
          );
          changed.push(`${id} as ${persona}: ${moved.join(", ")}`);
        }
      };
      await Promise.all(PERSONAS.map(ask));
    }
  } finally {
    await Promise.all([...clients.values()].map((c) => c.dispose()));
    await sql.end();
  }
  const stale = Object.keys(DENIED_ACTIONS).filter((id) => !withActions.includes(id));
  expect({ unlisted, stale, accepted, changed }).toEqual({
    unlisted: [],
    stale: [],
    accepted: [],
    changed: [],
  });
  expect(deniedActions).toBeGreaterThan(20);
  console.log(
    JSON.stringify({ deniedActions, personas: refusedPersonas.size, requests, unchanged }),
  );
});

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
  const build = await loadBuild();
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
