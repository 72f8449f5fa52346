import { expect, test } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

test("a contributor is warned before the session ends, extends it, and keeps what they typed", async ({
  page,
}) => {
  await page.clock.install();
  await signInWithBrowser(page, DEMO.colleagueA);
  await expect(page).toHaveURL(/\/en\/account$/);
  const name = page.getByLabel("Name", { exact: true });
  await name.fill("Maya Roy, still typing a long answer");

  const warning = page.getByRole("alertdialog", { name: "Your session is about to end" });
  await expect(warning).toBeHidden();
  // 28½ idle minutes later the warning appears, two minutes before the end.
  await page.clock.fastForward("28:30");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("signed out in 2 minute(s)");
  await expectNoAxeViolations(page);

  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  await expect(name).toHaveValue("Maya Roy, still typing a long answer");
});
