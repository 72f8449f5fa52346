import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin, uniqueEmail } from "./admin-fixtures";

async function invite(page: Page, email: string) {
  await page.goto("/en/admin/invitations/new");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Name (optional)").fill("Noémie Invitée");
  await page.getByLabel("French").check();
  await page.getByLabel("Organization").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`An invitation is on its way to ${email}.`)).toBeVisible();
}

test("admin invites someone, follows the e-mail by status and reads it in the mailbox", async ({
  page,
}) => {
  const email = uniqueEmail("invitee");
  await signInAsAdmin(page, "/en/admin");
  await invite(page, email);
  // The token travels only in the e-mail, never on the page.
  await expect(page.locator("main")).not.toContainText("/invitations/");

  // The worker sends it through the mailbox within a second or two.
  await expect(async () => {
    await page.goto("/en/admin/deliveries?status=sent");
    await expect(page.getByRole("row", { name: new RegExp(email) })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Invitation");
  await expect(row).toContainText("Sent");
  await expect(page.getByRole("heading", { name: "Recent e-mails: Sent" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Sent \(\d+\)$/ })).toHaveAttribute(
    "aria-current",
    "page",
  );

  await page.goto("/en/admin/deliveries?status=failed");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);

  await page.goto("/en/admin/mailbox");
  const kept = page.getByRole("row", { name: new RegExp(email) });
  await expect(kept).toContainText("Invitation");
  await kept.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Table ronde");
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.locator("pre")).toContainText("/fr/invitations/");
  await page.getByText("HTML version").click();
  await expect(page.getByLabel("HTML source code")).toHaveValue(/Noémie/);
});

test("the deliveries page and the mailbox refuse anything but their own filters and ids", async ({
  page,
}) => {
  await signInAsAdmin(page, "/en/admin");
  const response = await page.goto("/en/admin/deliveries?status=<script>");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Recent e-mails", exact: true })).toBeVisible();
  expect((await page.goto("/en/admin/mailbox/999999"))?.status()).toBe(404);
  expect((await page.goto("/en/admin/mailbox/abc"))?.status()).toBe(404);
});
