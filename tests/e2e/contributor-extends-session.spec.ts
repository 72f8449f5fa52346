import { expect, test } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations, LOCALES } from "./fixtures";

for (const locale of LOCALES) {
  test(`a contributor is warned before the session ends, extends it, and keeps what they typed (${locale})`, async ({
    page,
  }) => {
    const t = translator(locale);
    await page.clock.install();
    await signInWithBrowser(page, DEMO.colleagueA, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
    const name = page.getByLabel(t("account.name"), { exact: true });
    await name.fill("Maya Roy, still typing a long answer");

    const warning = page.getByRole("alertdialog", { name: t("sessionWarning.title") });
    await expect(warning).toBeHidden();
    // 28½ idle minutes later the warning appears, two minutes before the end.
    await page.clock.fastForward("28:30");
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(t("sessionWarning.body", { minutes: 2 }));
    // the dialog open, scanned in both languages (issue #9's sweep of states)
    await expectNoAxeViolations(page);

    await warning.getByRole("button", { name: t("sessionWarning.extend") }).click();
    await expect(warning).toBeHidden();
    await expect(name).toHaveValue("Maya Roy, still typing a long answer");
  });
}
