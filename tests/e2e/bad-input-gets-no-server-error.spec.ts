import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { EXECUTED_MARKER, HOSTILE_STRINGS, SIZES } from "../corpus/hostile-values";
import { DEMO, signedInRequest } from "./auth-helpers";
import { AUTHORIZATION_MATRIX } from "./authorization-matrix";

// The bad-input corpus against every action of the build (issue #9): the Big List of Naughty
// Strings, XSS polyglots and encoding edge cases in every field, each field sent twice,
// alternately on the English and the French URL; then sizes from 1 KB to 10 MB and crafted
// files. Counted: requests, server errors (0), payloads reflected unescaped (0), refusals
// without a message a person can read (0).

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

// Every field name any form of the app reads, and a few it never should.
const FIELDS = [
  "intent",
  "email",
  "password",
  "name",
  "title",
  "titleEn",
  "titleFr",
  "summary",
  "description",
  "body",
  "bodyEn",
  "bodyFr",
  "objectives",
  "comment",
  "language",
  "consent",
  "to",
  "version",
  "revision",
  "reasonCode",
  "message",
  "q",
  "code",
  "roles",
  "organizationId",
  "assigneeUserId",
  "references",
  "__proto__",
  "constructor",
  "submitKey",
  "csv",
  "prompt",
  "promptEn",
  "promptFr",
  "kind",
  "value",
  "reply",
];

/** Who posts to a route: someone allowed past its guard, so the hostile values reach its logic. */
function personaFor(id: string) {
  if (id.startsWith("routes/staff/triage")) return DEMO.moderator;
  if (id.startsWith("routes/staff/review")) return DEMO.drafter;
  if (id.startsWith("routes/staff/")) return DEMO.coordinator;
  if (id.startsWith("routes/admin/")) return DEMO.admin;
  return DEMO.colleagueA;
}

async function actionIds() {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  return Object.keys(build.routes).filter(
    (id) => typeof build.routes[id]!.module.action === "function" && !RATE_LIMITED.has(id),
  );
}

interface Tally {
  requests: number;
  serverErrors: string[];
  reflected: string[];
  silentRefusals: string[];
}

/** A refusal a person can act on: an error summary or an error page with words in it. */
function readableRefusal(body: string) {
  const summary = /<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/.exec(body)?.[1] ?? "";
  const items = [...summary.matchAll(/<li>(?:<a [^>]*>)?([\s\S]*?)(?:<\/a>)?<\/li>/g)].map(
    (match) => match[1]!.trim(),
  );
  const rawKey = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9]+)+$/;
  if (items.length > 0) return items.every((text) => text && !rawKey.test(text));
  return /class="error-page|role="alert"|<h1/.test(body) || body.trim().length > 0;
}

async function inspect(response: APIResponse | Error, label: string, tally: Tally) {
  tally.requests += 1;
  if (response instanceof Error) {
    tally.serverErrors.push(`${label}: ${response.message.split("\n")[0]}`);
    return;
  }
  const status = response.status();
  if (status >= 500) {
    tally.serverErrors.push(`${label}: ${status}`);
    return;
  }
  if (status < 400 || status === 404 || status === 413) return;
  const body = await response.text();
  if (new RegExp(`<(script|img|svg|iframe)[^>]*${EXECUTED_MARKER}`, "i").test(body))
    tally.reflected.push(label);
  if (!readableRefusal(body)) tally.silentRefusals.push(`${label}: ${status}`);
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool(tasks: Array<() => Promise<void>>, limit: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

function hostileForm(value: string) {
  const form = new URLSearchParams();
  for (const field of FIELDS) {
    form.append(field, value);
    form.append(field, value); // duplicated parameters
  }
  return form.toString();
}

test("the naughty-strings corpus never causes a server error on any action", async ({
  baseURL,
}) => {
  test.setTimeout(900_000);
  const ids = await actionIds();
  const clients = new Map<string, APIRequestContext>();
  for (const id of ids) {
    const who = personaFor(id);
    if (!clients.has(who)) clients.set(who, await signedInRequest(baseURL!, who));
  }
  const tally: Tally = { requests: 0, serverErrors: [], reflected: [], silentRefusals: [] };
  // About 7,000 requests: each action gets every stride-th string, shifted per action, so
  // every string reaches several actions and the run stays within CI's budget.
  const stride = Math.max(1, Math.ceil((ids.length * HOSTILE_STRINGS.length) / 7_000));
  const used = new Set<number>();
  const tasks = ids.flatMap((id, actionIndex) =>
    HOSTILE_STRINGS.flatMap((value, index) =>
      (index + actionIndex) % stride !== 0
        ? []
        : [
            async () => {
              used.add(index);
              const url = AUTHORIZATION_MATRIX[id]!.url.replace(
                /^\/en\//,
                index % 2 ? "/fr/" : "/en/",
              );
              const label = `${id} #${index} ${JSON.stringify(value.slice(0, 24))}`;
              const response = await clients
                .get(personaFor(id))!
                .post(url, {
                  data: hostileForm(value),
                  headers: { "Content-Type": "application/x-www-form-urlencoded" },
                  maxRedirects: 0,
                })
                .catch((error: Error) => error);
              await inspect(response, label, tally);
            },
          ],
    ),
  );
  await pool(tasks, 6);
  await Promise.all([...clients.values()].map((client) => client.dispose()));
  console.log(
    JSON.stringify({
      corpus: "blns+xss+encoding",
      strings: HOSTILE_STRINGS.length,
      actions: ids.length,
      requests: tally.requests,
      stringsUsed: used.size,
      serverErrors: tally.serverErrors.length,
      reflectedUnescaped: tally.reflected.length,
      refusalsWithoutMessage: tally.silentRefusals.length,
    }),
  );
  expect(tally.requests).toBeGreaterThanOrEqual(5_000);
  expect(used.size).toBe(HOSTILE_STRINGS.length);
  expect(tally.serverErrors).toEqual([]);
  expect(tally.reflected).toEqual([]);
  expect(tally.silentRefusals).toEqual([]);
});

test("bodies from 1 KB to 10 MB in every text field are refused or kept, never a 500", async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const ids = (await actionIds()).filter((id) => !id.startsWith("routes/admin/"));
  const tally: Tally = { requests: 0, serverErrors: [], reflected: [], silentRefusals: [] };
  const clients = new Map<string, APIRequestContext>();
  for (const id of ids) {
    const who = personaFor(id);
    if (!clients.has(who)) clients.set(who, await signedInRequest(baseURL!, who));
  }
  for (const id of ids) {
    // 10 MB only where people write at length; the rest stop at 1 MB
    const longForm = /practice|comment|survey|review/.test(id);
    for (const size of SIZES.filter((size) => longForm || size <= 1_024 * 1_024)) {
      // one long field at a time: the body is the size asked for
      const value = "é".repeat(size / 6);
      const form = new URLSearchParams({ intent: "draft", title: "Sizes", description: value });
      const response = await clients
        .get(personaFor(id))!
        .post(AUTHORIZATION_MATRIX[id]!.url, {
          data: form.toString(),
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          maxRedirects: 0,
        })
        .catch((error: Error) => error);
      await inspect(response, `${id} ${size} bytes`, tally);
    }
  }
  await Promise.all([...clients.values()].map((client) => client.dispose()));
  console.log(JSON.stringify({ sizes: SIZES, requests: tally.requests, ...counts(tally) }));
  expect(tally.serverErrors).toEqual([]);
  expect(tally.silentRefusals).toEqual([]);
});

function counts(tally: Tally) {
  return {
    serverErrors: tally.serverErrors.length,
    refusalsWithoutMessage: tally.silentRefusals.length,
  };
}

// Files a hostile person would attach: each is refused with a message, or stored under a
// generated name and only ever served as a download.
const CRAFTED_FILES = [
  { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00\x03 exe") },
  {
    name: "chart.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`),
  },
  {
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`),
  },
  {
    name: "polyglot.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF"),
  },
  { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) },
  {
    name: "../../../etc/passwd.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF"),
  },
  { name: "run.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ\x90\x00") },
  { name: "macro.docm", mimeType: "application/octet-stream", buffer: Buffer.from("PK\x03\x04") },
];

test("crafted files are refused with a message or stored only as downloads", async ({
  baseURL,
}) => {
  const client = await signedInRequest(baseURL!, DEMO.colleagueA);
  const tally: Tally = { requests: 0, serverErrors: [], reflected: [], silentRefusals: [] };
  let stored = 0;
  for (const file of CRAFTED_FILES) {
    const response = await client
      .post("/en/consultations/2021-update/practices/new", {
        multipart: {
          intent: "draft",
          language: "en",
          title: `Crafted ${file.name}`,
          attachments: file,
        },
        maxRedirects: 0,
      })
      .catch((error: Error) => error);
    await inspect(response, file.name, tally);
    if (!(response instanceof Error) && response.status() === 302) {
      const draft = await client.get(response.headers().location!);
      const link = /href="([^"]+\/attachments\/\d+)"/.exec(await draft.text())?.[1];
      // an empty file part is what a browser sends when no file was chosen: ignored
      if (file.buffer.length === 0) {
        expect(link, "an empty file was stored").toBeUndefined();
        continue;
      }
      stored += 1;
      // Kept: served only as an attachment, never rendered by the browser.
      expect(link, `${file.name} was kept but no download link is shown`).toBeTruthy();
      const download = await client.get(link!.replaceAll("&amp;", "&"));
      expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
      expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    }
  }
  await client.dispose();
  console.log(JSON.stringify({ files: CRAFTED_FILES.length, stored, ...counts(tally) }));
  expect(tally.serverErrors).toEqual([]);
  expect(tally.silentRefusals).toEqual([]);
});
