import { expect, test } from "@playwright/test";
import { DEMO, signedInRequest, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

const SURVEY = "Consistency of provincial and territorial practices with the Compact";
const MINISTRY = "Ministry of Labour, Immigration, Training and Skills Development";

test("a provincial contact saves part of the survey without JavaScript and a colleague completes and submits it in French", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The province's analyst finds the survey (axe runs on pages with JavaScript).
  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signInWithBrowser(analyst, DEMO.contributorB);
  await analyst.goto("/en/my/surveys");
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText("My surveys");
  await expectNoAxeViolations(analyst);
  await analyst.getByRole("link", { name: SURVEY }).click();
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText(SURVEY);
  await expect(analyst.getByTestId("response-status")).toHaveText("Not started");
  await expectNoAxeViolations(analyst);
  const surveyPath = new URL(analyst.url()).pathname;

  // The same analyst, on a browser without JavaScript: the follow-up question appears only
  // once "Yes" is sent (no script evaluates the condition live).
  const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await noScriptContext.newPage();
  await signInWithBrowser(noScript, DEMO.contributorB);
  await noScript.goto(surveyPath);
  const how = noScript.getByLabel(/How was your government consulted\?/);
  await expect(how).toBeHidden();
  await noScript.getByRole("radio", { name: "Yes" }).check();
  await noScript.getByRole("radio", { name: /^7\. .*: Partly aligned$/ }).check();
  await noScript
    .getByLabel(/^Comment on objective 7\. /)
    .fill("Provincial bridging programs for internationally trained nurses.");
  await noScript.getByRole("button", { name: "Submit the response" }).click();

  // Refused: the missing answers are listed at the top, linked, and nothing typed is lost.
  const summary = noScript.getByRole("alert");
  await expect(summary).toContainText("There is a problem (2)");
  await expect(
    summary.getByRole("link", {
      name: "Ministry or office answering — This question needs an answer.",
    }),
  ).toHaveAttribute("href", /^#q\d+$/);
  await expect(
    summary.getByRole("link", {
      name: "How was your government consulted? — This question needs an answer.",
    }),
  ).toBeVisible();
  await expect(noScript.getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(noScript.getByLabel(/^Comment on objective 7\. /)).toHaveValue(
    "Provincial bridging programs for internationally trained nurses.",
  );
  await expect(how).toBeVisible();

  // Back on the page with JavaScript: the refused submit kept the draft; submitting again
  // shows the errors (checked by axe) and the progress says what is missing.
  await analyst.reload();
  await expect(analyst.getByTestId("response-status")).toHaveText("Draft (not submitted)");
  await expect(analyst.getByRole("navigation", { name: "Progress by section" })).toContainText(
    "Missing: Ministry or office answering",
  );
  await analyst.getByRole("button", { name: "Submit the response" }).click();
  await expect(analyst.getByRole("alert")).toContainText("There is a problem (2)");
  await expect(analyst.getByLabel(/^Comment on objective 7\. /)).toHaveValue(
    "Provincial bridging programs for internationally trained nurses.",
  );
  await expectNoAxeViolations(analyst);
  await analyst.getByLabel(/Ministry or office answering/).fill(MINISTRY);
  await analyst.getByRole("button", { name: "Save and continue later" }).click();
  await expect(analyst.getByRole("status")).toHaveText(
    "Your organization's answers were saved. Any member can continue them.",
  );
  await expect(analyst.getByLabel(/Ministry or office answering/)).toHaveValue(MINISTRY);

  // The page left open without JavaScript is now out of date: its save is refused, naming
  // who saved last, and does not erase the ministry saved since.
  await noScript.getByRole("button", { name: "Save and continue later" }).click();
  await expect(noScript.getByRole("alert")).toContainText(/A colleague \(Pat Wilson, .+\) saved/);
  await noScriptContext.close();
  await analyst.reload();
  await expect(analyst.getByLabel(/Ministry or office answering/)).toHaveValue(MINISTRY);

  // The printable copy for internal sign-off.
  await analyst.getByRole("link", { name: "Printable version for internal sign-off" }).click();
  await expect(analyst.getByText(MINISTRY)).toBeVisible();
  await expect(
    analyst.getByText(/7\. .*: Partly aligned — Provincial bridging programs/),
  ).toBeVisible();
  await expectNoAxeViolations(analyst);

  // Another organization's member sees its own empty response, never the province's.
  const maple = await signedInRequest(baseURL!, DEMO.contributorA);
  const mapleView = await maple.get(surveyPath);
  expect(mapleView.status()).toBe(200);
  expect(await mapleView.text()).not.toContain(MINISTRY);
  expect((await maple.get(`${surveyPath}/response.docx`)).status()).toBe(404);
  await maple.dispose();
  await analystContext.close();

  // A colleague from the same province continues in French, with JavaScript.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInWithBrowser(colleague, DEMO.colleagueB, "fr");
  await colleague.goto(surveyPath.replace("/en/", "/fr/"));
  await expect(colleague.getByLabel(/Ministère ou bureau qui répond/)).toHaveValue(MINISTRY);
  await expect(colleague.getByText(/Dernière réponse de Pat Wilson/).first()).toBeVisible();
  await expect(colleague.getByTestId("response-status")).toHaveText("Brouillon (non soumis)");
  // With JavaScript the follow-up question follows the yes/no answer live.
  const comment = colleague.getByLabel(/Comment votre gouvernement a-t-il été consulté\?/);
  await colleague.getByRole("radio", { name: "Non", exact: true }).check();
  await expect(comment).toBeHidden();
  await colleague.getByRole("radio", { name: "Oui", exact: true }).check();
  await expect(comment).toBeVisible();
  // Submitting without the follow-up answer: refused in French, linked to the question.
  await colleague.getByRole("button", { name: "Soumettre la réponse" }).click();
  await expect(
    colleague.getByRole("alert").getByRole("link", {
      name: "Comment votre gouvernement a-t-il été consulté? — Cette question exige une réponse.",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(colleague);
  await comment.fill("Tables fédérales-provinciales-territoriales sur l'immigration.");
  await colleague.getByRole("button", { name: "Soumettre la réponse" }).click();
  await expect(colleague.getByRole("status")).toContainText(
    "La réponse de votre organisation a été soumise.",
  );
  await expect(colleague.getByTestId("response-status")).toHaveText("Soumis");
  await expectNoAxeViolations(colleague);

  // The Word copy, after submitting.
  const [download] = await Promise.all([
    colleague.waitForEvent("download"),
    colleague.getByRole("link", { name: "Télécharger une copie Word" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^survey-\d+-response-fr\.docx$/);
  const docx = await colleague.request.get(`${surveyPath.replace("/en/", "/fr/")}/response.docx`);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  await colleagueContext.close();

  // Now that the province has answered, the coordinator can no longer delete a question.
  const coordinator = await signedInRequest(baseURL!, DEMO.coordinator);
  const surveyId = surveyPath.split("/").pop();
  const builder = await (await coordinator.get(`/en/staff/surveys/${surveyId}`)).text();
  const version = /name="version" value="(\d+)"/.exec(builder)![1]!;
  const questionId = /name="questionId" value="(\d+)"/.exec(builder)![1]!;
  const refused = await coordinator.post(`/en/staff/surveys/${surveyId}`, {
    form: { intent: "deleteQuestion", version, questionId },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("a question cannot be deleted");
  await coordinator.dispose();
});
