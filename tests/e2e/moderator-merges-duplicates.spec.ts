import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

const FRANCOPHONE = "francophone@demo.roundtable.localhost";

async function submitPractice(client: APIRequestContext, title: string, description: string) {
  const form = await (await client.get("/en/consultations/2021-update/practices/new")).text();
  const submitKey = /name="submitKey" value="([a-z2-7]{32})"/.exec(form)![1]!;
  const response = await client.post("/en/consultations/2021-update/practices/new", {
    multipart: {
      submitKey,
      intent: "submit",
      language: "en",
      title,
      summary: "Rural welcome services for newcomer families.",
      description,
      objectives: "16",
      scope: "provincial",
      consent: "attributed",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return /RT-\d{4}-\d{6}/.exec(response.headers()["location"]!)![0];
}

test("a moderator merges two duplicates and the survivor lists both organizations", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const marker = `campaign${Date.now().toString(36)}`;
  const letter = `We ask for ${marker}: funded settlement workers in every rural county, free language classes for both parents, interpreters at clinics and schools, and two years of help finding work after arrival.`;
  const ontario = await signedInRequest(baseURL!, DEMO.contributorB);
  const survivor = await submitPractice(ontario, `Rural welcome ${marker}`, letter);
  await ontario.dispose();
  const acadie = await signedInRequest(baseURL!, FRANCOPHONE);
  const copy = await submitPractice(
    acadie,
    `Rural welcome, our letter ${marker}`,
    letter.replace("two years", "three years"),
  );
  await acadie.dispose();

  const page = await (await browser.newContext()).newPage();
  await signInWithBrowser(page, DEMO.moderator, "en");
  await page.goto(`/en/staff/triage?q=${marker}`);
  await expect(page.getByRole("link", { name: "1 similar" })).toHaveCount(2);
  await expectNoAxeViolations(page);
  // The group collapses to one row.
  await page.getByLabel("Show one input per group of duplicates").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/collapse=1/);
  await expect(page.getByRole("link", { name: survivor })).toBeVisible();
  await expect(page.getByRole("link", { name: copy })).toHaveCount(0);

  await page.getByRole("link", { name: survivor }).click();
  const duplicates = page.getByRole("table", { name: /Inputs of the same group/ });
  await expect(duplicates).toContainText(copy);
  await expect(duplicates).toContainText("Acadie Welcome Network");
  await expectNoAxeViolations(page);
  await page.getByLabel(`Merge ${copy} into this input`).check();
  await page.getByRole("button", { name: "Merge the selected inputs into this one" }).click();
  await expect(page.getByRole("status")).toContainText("The inputs are merged into this one.");
  const voices = page.getByRole("table", { name: "This input and the inputs merged into it" });
  await expect(voices).toContainText("Government of Ontario");
  await expect(voices).toContainText("Acadie Welcome Network");
  await expect(page.getByText("2 organizations across 2 provinces/territories")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/fr/staff/triage/${copy}`);
  await expect(page.getByText(`Cette contribution est fusionnée dans ${survivor}.`)).toBeVisible();
  await expect(page.locator("dd").first()).toHaveText("Fusionnée avec une autre contribution");
  await expectNoAxeViolations(page);

  // Undo: the copy is back in the queue as it was, and the survivor speaks for one again.
  await page.goto(`/en/staff/triage/${survivor}`);
  await page.getByRole("button", { name: "Undo this merge" }).click();
  await expect(page.getByRole("status")).toContainText("The merge is undone");
  await expect(voices).toHaveCount(0);
  await page.goto(`/en/staff/triage/${copy}`);
  await expect(page.locator("dd").first()).toHaveText("Submitted");
});
