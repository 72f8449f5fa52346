import { expect, test } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

test("a moderator accepts a suggestion, tags an input and leaves a note the contributor never sees", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const client = await signedInRequest(baseURL!, DEMO.contributorB);
  const form = await (await client.get("/en/consultations/2021-update/practices/new")).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post("/en/consultations/2021-update/practices/new", {
    multipart: {
      submitKey,
      intent: "submit",
      language: "en",
      title: `Alternatives to detention ${Date.now()}`,
      summary: "Community case management instead of immigration detention for families.",
      description:
        "Families with children are released to community case workers instead of detention.",
      objectives: "1",
      scope: "national",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  const reference = /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];

  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.moderator, "en");
  await page.goto(`/en/staff/triage/${reference}`);
  const accept = page.getByRole("button", { name: /^Accept objective \d+$/ }).first();
  const label = (await accept.textContent())!;
  await accept.click();
  await expect(page.getByRole("status")).toContainText(
    "Your choice on the suggestion is recorded.",
  );
  await expect(page.getByText(/— accepted/)).toBeVisible();
  await expect(page.getByRole("button", { name: label })).toHaveCount(0);

  await page.getByLabel("Thematic cluster").selectOption({ index: 1 });
  await page.getByLabel("Free tags").fill("family unity, detention");
  await page.getByRole("button", { name: "Save the staff tags" }).click();
  await expect(page.getByRole("status")).toContainText("The staff tags are saved.");
  await expect(page.getByLabel("Free tags")).toHaveValue("family unity, detention");

  const secret = `Check with the regional office ${Date.now()}`;
  await page.getByLabel("New internal note").fill(secret);
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByRole("status")).toContainText("The note is added.");
  await expect(page.getByText(secret)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/fr/staff/triage/${reference}`);
  await expect(page.getByRole("heading", { name: "Notes internes" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The contributor's own page of the input carries no note.
  const mine = await client.get(`/en/my/inputs/${reference}`);
  expect(mine.status()).toBe(200);
  const html = await mine.text();
  expect(html).toContain(reference);
  expect(html).not.toContain(secret);
  await client.dispose();

  const admin = await (await browser.newContext()).newPage();
  await signInWithBrowser(admin, DEMO.admin, "en");
  await admin.goto("/en/admin");
  await admin.getByRole("link", { name: "Objective suggestions: acceptance rate" }).click();
  await expect(
    admin.getByRole("table", { name: "Suggestions accepted and dismissed, per objective" }),
  ).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.goto("/fr/staff/triage/suggestion-rates");
  await expectNoAxeViolations(admin);
});
