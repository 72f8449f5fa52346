import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHttpApp } from "./app";

// The real middleware chain of server/app.ts (nonce, helmet's CSP, csrf, size cap, cache)
// in front of a stand-in for Remix that says who it rendered for and counts its renders.
let server: Server;
let base: string;
let renders = 0;

beforeAll(async () => {
  const app = createHttpApp({ publicDir: "public", pageCacheSeconds: 60 }, async (req, res) => {
    // a slow render (the database under load) answers later, as Remix does
    if (req.query.slow === "1") await new Promise((resolve) => setTimeout(resolve, 100));
    renders += 1;
    const nonce = res.locals.cspNonce as string;
    const who = req.headers.cookie ? "signed-in person" : "visitor";
    if (req.path.endsWith("/sign-in")) res.setHeader("Set-Cookie", "flash=1; Path=/");
    if (req.path.endsWith("/missing")) res.status(404);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.write(`<html><body><p>render ${renders} for ${who}</p>`);
    res.end(`<script nonce="${nonce}">start()</script><script nonce="${nonce}"></script></html>`);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

let path: string;
let n = 0;
beforeEach(() => {
  // a path of its own per test: nothing cached by another test
  n += 1;
  path = `/en/objectives/${n}`;
});

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, { headers });
  const body = await response.text();
  const csp = response.headers.get("content-security-policy") ?? "";
  return {
    response,
    body,
    cspNonce: /'nonce-([^']+)'/.exec(csp)?.[1],
    bodyNonces: [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
  };
}

describe("public page cache", () => {
  it("serves a signed-out visitor's second request from memory, with that request's own nonce", async () => {
    const first = await get(path);
    const second = await get(path);
    expect(second.body.replaceAll(second.cspNonce!, "N")).toBe(
      first.body.replaceAll(first.cspNonce!, "N"),
    );
    expect(second.response.headers.get("x-page-cache")).toBe("hit");
    expect(first.response.headers.get("x-page-cache")).toBeNull();
    expect(second.cspNonce).toBeTruthy();
    expect(second.cspNonce).not.toBe(first.cspNonce);
    expect(first.bodyNonces).toEqual([first.cspNonce, first.cspNonce]);
    expect(second.bodyNonces).toEqual([second.cspNonce, second.cspNonce]);
    expect(second.body).not.toContain(first.cspNonce);
    expect(second.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("answers a hit with every header the render was sent with, security headers included", async () => {
    const first = await get(path);
    const second = await get(path);
    const headersOf = (answer: Awaited<ReturnType<typeof get>>) =>
      Object.fromEntries(
        [...answer.response.headers]
          // framing (chunked render, sized hit) and the hit marker aside
          .filter(
            ([name]) =>
              ![
                "date",
                "x-page-cache",
                "keep-alive",
                "connection",
                "content-length",
                "transfer-encoding",
              ].includes(name),
          )
          .map(([name, value]) => [name, value.replaceAll(answer.cspNonce!, "N")]),
      );
    expect(second.response.headers.get("x-page-cache")).toBe("hit");
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(second.response.headers.get("content-security-policy")).toContain(
      `'nonce-${second.cspNonce}'`,
    );
    expect(second.response.headers.get("strict-transport-security")).toContain("max-age=");
    expect(second.response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(second.response.headers.get("content-security-policy-report-only")).toBeNull();
  });

  it("never answers a request with a session cookie from the cache, nor stores its page", async () => {
    await get(path);
    const signedIn = await get(path, { Cookie: "__Host-roundtable_session=abc" });
    expect(signedIn.body).toContain("for signed-in person");
    expect(signedIn.response.headers.get("x-page-cache")).toBeNull();
    expect(signedIn.response.headers.get("cache-control")).toBe("no-store");

    n += 1;
    const other = `/en/objectives/${n}`;
    await get(other, { Cookie: "__Host-roundtable_session=abc" });
    const visitor = await get(other);
    expect(visitor.body).toContain("for visitor");
    expect(visitor.response.headers.get("x-page-cache")).toBeNull();
  });

  it("never caches a POST, nor serves one from the cache", async () => {
    await get(path);
    const before = renders;
    const post = () => fetch(`${base}${path}`, { method: "POST", body: "a=1" });
    const one = await post();
    const two = await post();
    expect(renders).toBe(before + 2);
    expect(one.headers.get("x-page-cache")).toBeNull();
    expect(two.headers.get("x-page-cache")).toBeNull();
    expect(await two.text()).toContain(`render ${before + 2}`);
  });

  it("does not store a page that sets a cookie, is not a 200, or is not on the public list", async () => {
    for (const url of ["/en/sign-in", "/en/missing", "/en/account", "/en/staff/triage"]) {
      await get(url);
      const again = await get(url);
      expect(again.response.headers.get("x-page-cache"), url).toBeNull();
    }
  });

  it("renders a page once for concurrent visitors, each answered with their own nonce", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 5 }, () => get(`${path}?slow=1`)));
    expect(renders).toBe(before + 1);
    for (const answer of answers) {
      expect(answer.body).toContain(`render ${before + 1} for visitor`);
      expect(answer.bodyNonces).toEqual([answer.cspNonce, answer.cspNonce]);
    }
    expect(new Set(answers.map((answer) => answer.cspNonce)).size).toBe(5);
  });

  it("keeps pages with different query strings apart", async () => {
    const one = await get(`${path}?page=1`);
    const two = await get(`${path}?page=2`);
    expect(two.response.headers.get("x-page-cache")).toBeNull();
    expect(two.body).not.toBe(one.body);
  });
});
