import { expect, test } from "@playwright/test";
import { translator } from "~/i18n/translate";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { LOCALES } from "./fixtures";
import { download } from "./review-export-helpers";

test.use({ acceptDownloads: true });

for (const locale of LOCALES) {
  test(`a coordinator downloads every submitted input of a consultation as CSV (${locale})`, async ({
    page,
  }) => {
    const t = translator(locale);
    await signInWithBrowser(page, DEMO.coordinator, locale);
    await page.goto(`/${locale}/staff/consultations`);
    await page
      .getByRole("link", {
        name: locale === "en" ? "2021 update to Canada's voluntary inputs" : /Mise à jour 2021/,
      })
      .click();
    const csv = (
      await download(page, t("inputsCsv.link", { language: locale.toUpperCase() }))
    ).toString("utf8");

    expect(csv.charCodeAt(0)).toBe(0xfeff); // a BOM, so spreadsheet software reads UTF-8
    const [header, ...rows] = csv.slice(1).split("\r\n").filter(Boolean);
    const unquote = (cell: string) => cell.replace(/^"|"$/g, "");
    expect(header!.split(",").slice(0, 4).map(unquote)).toEqual([
      t("inputsCsv.column.reference"),
      t("inputsCsv.column.consultation"),
      t("inputsCsv.column.kind"),
      t("inputsCsv.column.status"),
    ]);
    // The demo's submitted practices are there, one row each, references first.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((row) => /^"?RT-\d{4}-\d{6,}/.test(row)).length).toBeGreaterThan(5);
  });
}
