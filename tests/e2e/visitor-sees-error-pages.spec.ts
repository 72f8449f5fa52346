import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

test("an unknown page answers a bilingual 404", async ({ page }) => {
  for (const url of ["/en/no-such-page", "/fr/objectives/99", "/de/objectives", "/no-such-page"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByText("We couldn't find that page", { exact: true })).toBeVisible();
    await expect(page.getByText("Nous ne trouvons pas cette page", { exact: true })).toBeVisible();
  }
  await page.goto("/fr/no-such-page");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Nous ne trouvons pas cette page",
  );
  await expectNoAxeViolations(page);
});

test("a loader that throws renders the bilingual 500 page without a stack trace", async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const handler = createRequestHandler(build, "production");
  // A database on which every query fails, as when the server loses it mid-request.
  const failing = new Proxy(
    {},
    {
      get: () => () => {
        throw new Error("secret-detail: connection refused");
      },
    },
  );
  const response = await handler(new Request("http://localhost/en/objectives"), {
    db: failing as never,
    cspNonce: "test",
    clientIp: null,
    publicUrl: "http://localhost",
    mailboxEnabled: false,
  });
  expect(response.status).toBe(500);
  const html = await response.text();
  expect(html).toContain("Something went wrong");
  expect(html).toContain("Un problème est survenu");
  expect(html).not.toContain("secret-detail");
  expect(html).not.toMatch(/at .*\.(js|ts):\d+/);
});

test("/healthz reports the app and the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", app: { status: "ok" }, database: { status: "ok" } });
});

test("pages carry an enforced CSP with a nonce and the other security headers", async ({
  request,
}) => {
  const response = await request.get("/en");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy-report-only"]).toBeUndefined();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(html).toContain(`nonce="${nonce}"`);
});
