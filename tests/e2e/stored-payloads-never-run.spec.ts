import { expect, test, type APIRequestContext } from "@playwright/test";
import { EXECUTED_MARKER, XSS_POLYGLOTS } from "../corpus/hostile-values";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";

// Issue #9: payloads executed in any view or export must be 0. A practice made of XSS
// polyglots is submitted, accepted and published; every page and export that shows it is
// then opened in Chromium, which would set window.__roundtablePwned or open a dialog if any
// payload ran.

const tag = `zqxj${Date.now().toString(36)}`;
const payload = (index: number) => `${tag} ${XSS_POLYGLOTS[index % XSS_POLYGLOTS.length]}`;

async function submitHostilePractice(client: APIRequestContext) {
  const path = "/en/consultations/2021-update/practices/new";
  const form = await (await client.get(path)).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post(path, {
    multipart: {
      submitKey,
      intent: "submit",
      language: "en",
      title: payload(0).slice(0, 200),
      summary: payload(1),
      description: XSS_POLYGLOTS.join("\n\n"),
      partners: payload(2),
      regions: payload(3),
      genderConsiderations: payload(4),
      resultsAndEvidence: payload(5),
      lessonsLearned: payload(6),
      objectives: "7",
      scope: "national",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

async function decide(moderator: APIRequestContext, reference: string, to: string) {
  const page = await (await moderator.get(`/en/staff/triage/${reference}`)).text();
  const version = /name="version" value="(\d+)"/.exec(page)![1]!;
  const response = await moderator.post(`/en/staff/triage/${reference}`, {
    form: { to, version, message: "Checked." },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
}

test("a published practice made of XSS payloads runs nothing in any view or export", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const contributor = await signedInRequest(baseURL!, DEMO.colleagueA);
  const reference = await submitHostilePractice(contributor);
  const moderator = await signedInRequest(baseURL!, DEMO.moderator);
  await decide(moderator, reference, "in-review");
  await decide(moderator, reference, "accepted");

  const views: Record<string, string[]> = {
    visitor: [
      `/en/practices/${reference}`,
      `/fr/practices/${reference}`,
      `/en/practices?q=${tag}`,
      `/en/objectives/7`,
    ],
    [DEMO.colleagueA]: [
      `/en/my/inputs/${reference}`,
      `/en/my/inputs`,
      `/fr/my/inputs/${reference}`,
    ],
    [DEMO.moderator]: [`/en/staff/triage?q=${tag}`, `/en/staff/triage/${reference}`],
  };
  let opened = 0;
  const ran: string[] = [];
  for (const [who, urls] of Object.entries(views)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("dialog", (dialog) => {
      ran.push(`${page.url()}: a dialog opened`);
      void dialog.dismiss();
    });
    if (who !== "visitor") await signInWithBrowser(page, who);
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      opened += 1;
      // Focus and hover everything a payload could hang an event on.
      await page.mouse.move(10, 10);
      if (await page.evaluate((marker) => marker in window, EXECUTED_MARKER)) ran.push(url);
    }
    await context.close();
  }

  // Exports are data, never markup a browser would render.
  const exports = [
    "/en/practices/open-data.json",
    "/en/practices/open-data.csv",
    `/en/practices/${reference}/hub.json`,
  ];
  for (const url of exports) {
    const response = await contributor.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).not.toMatch(/html/);
    opened += 1;
  }
  const csv = await (await contributor.get("/en/practices/open-data.csv")).text();
  expect(csv).toContain(tag);
  expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
  console.log(JSON.stringify({ storedPayloadViews: opened, executed: ran.length }));
  expect(ran).toEqual([]);
  await Promise.all([contributor.dispose(), moderator.dispose()]);
});
