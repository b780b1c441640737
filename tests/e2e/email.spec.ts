import { expect, test } from "@playwright/test";
import { registerCustomer, uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { latestEmail } from "./support/outbox";
import { buy } from "./support/shopper";

function linkIn(text: string, path: string) {
  const match = new RegExp(`https?://[^\\s\\]]+${path.replace("?", "\\?")}[^\\s\\]]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

test("forgot password → the emailed link → a new password → sign in with it", async ({ page }) => {
  const oldPassword = "orbital-basil-garden-17";
  const newPassword = "velvet-comet-harvest-91";
  const email = await registerCustomer(page, uniqueEmail("forgot"), oldPassword);
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  const answer = page.getByRole("main").getByRole("status");
  await expect(answer).toContainText("If an account exists for that email");

  // An unknown address gets the very same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText((await answer.textContent()) ?? "");

  const mail = await latestEmail(email, "Reset your");
  await page.goto(linkIn(mail.text, "/reset-password?token="));
  await page.getByLabel("New password").fill(newPassword);
  await page.getByLabel("Confirm password").fill(newPassword);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);

  // The link worked once.
  await page.goto(linkIn(mail.text, "/reset-password?token="));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("invalid, expired or already used");
});

test("a guest's receipt email carries the amount and pi_ id and opens the order without an account", async ({ page }) => {
  const email = uniqueEmail("guest-receipt");
  const { rows } = await e2eDb().execute("select slug from products where visible = 1 and stock >= 3 order by id limit 1 offset 11");
  const { orderId, paymentIntentId } = await buy(page, String(rows[0].slug), email);
  const receipt = await latestEmail(email, "Your Beyond Earth receipt");
  expect(receipt.text).toContain(paymentIntentId);
  expect(receipt.text).toMatch(/Total charged: \$\d+\.\d\d/);

  await page.context().clearCookies();
  await page.goto(linkIn(receipt.text, `/guest-orders/${orderId}?key=`));
  await expect(page.getByRole("heading", { name: `Order ${orderId}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(paymentIntentId);
  // Without the key (or with another order's) there is nothing to see.
  const response = await page.goto(`/guest-orders/${orderId}?key=wrong`);
  expect(response?.status()).toBe(404);
});
