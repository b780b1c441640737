import { expect, test } from "@playwright/test";
import { registerCustomer, signInAsAdmin, uniqueEmail } from "./support/admin-session";
import { e2eDb } from "./support/db";
import { buy } from "./support/shopper";

// Not the newest products: multi-process.spec.ts counts every order of those.
async function aProductInStock() {
  const result = await e2eDb().execute("select slug from products where visible = 1 and stock >= 3 order by id limit 1 offset 7");
  return String(result.rows[0].slug);
}

test("an operator packs and ships an order with a tracking number, and the shopper sees it shipped with the tracking link", async ({ browser }) => {
  const shopper = await browser.newPage();
  const email = await registerCustomer(shopper, uniqueEmail("parcel"));
  const { orderId } = await buy(shopper, await aProductInStock(), email);
  await shopper.goto(`/orders/${orderId}`);
  await expect(shopper.getByTestId("fulfilment-status")).toContainText("Not packed yet");

  const operator = await browser.newPage();
  await signInAsAdmin(operator);
  await expect(operator.getByRole("list", { name: "Orders to fulfil, oldest first" }).getByRole("link", { name: orderId })).toBeVisible();
  await operator.goto(`/admin/orders?fulfilment=unfulfilled&q=${encodeURIComponent(email)}`);
  await operator.getByRole("link", { name: orderId }).click();
  await operator.getByRole("button", { name: "Mark packed" }).click();
  await expect(operator.getByTestId("fulfilment-status")).toHaveText("Packed");

  await operator.getByRole("button", { name: "Ship" }).click();
  await expect(operator.getByText("Enter the carrier.")).toBeVisible();
  await operator.getByLabel("Carrier").fill("UPS");
  await operator.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await operator.getByRole("button", { name: "Ship" }).click();
  await expect(operator.getByTestId("fulfilment-status")).toHaveText("Shipped");
  await expect(operator.getByRole("list", { name: "Order timeline" }).getByText("Shipped with UPS, tracking number 1Z999AA10123456784.")).toBeVisible();

  await shopper.reload();
  await expect(shopper.getByTestId("fulfilment-status")).toContainText("Shipped");
  const link = shopper.getByRole("link", { name: /1Z999AA10123456784/ });
  await expect(link).toHaveAttribute("href", "https://www.ups.com/track?tracknum=1Z999AA10123456784");
  await expect(shopper.getByText("Shipped with UPS, tracking number 1Z999AA10123456784.")).toBeVisible();
});

test("an operator cancels an unshipped order with a full refund: stock comes back and the shopper sees it canceled and gets the refund email", async ({ browser }) => {
  const slug = String((await e2eDb().execute("select slug from products where visible = 1 and stock >= 5 order by id limit 1 offset 9")).rows[0].slug);
  const stockOf = async () => Number((await e2eDb().execute({ sql: "select stock from products where slug = ?", args: [slug] })).rows[0].stock);
  const shopper = await browser.newPage();
  const email = await registerCustomer(shopper, uniqueEmail("cancel"));
  const before = await stockOf();
  const { orderId } = await buy(shopper, slug, email, 2);
  expect(await stockOf()).toBe(before - 2);

  const operator = await browser.newPage();
  await signInAsAdmin(operator);
  await operator.goto(`/admin/orders/${orderId}`);
  await operator.getByRole("button", { name: "Mark packed" }).click();
  await expect(operator.getByTestId("fulfilment-status")).toHaveText("Packed");
  await operator.getByRole("checkbox", { name: /Cancel this order, refund/ }).check();
  await operator.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(operator.getByTestId("fulfilment-status")).toHaveText("Canceled");
  await expect(operator.getByTestId("order-status")).toHaveText("Refunded");
  await expect(operator.getByRole("button", { name: "Mark packed" })).toHaveCount(0);
  expect(await stockOf()).toBe(before);

  await shopper.goto(`/orders/${orderId}`);
  await expect(shopper.getByText(/Order canceled before shipping\./)).toBeVisible();
  await operator.goto(`/admin/emails?to=${encodeURIComponent(email)}`);
  await expect(operator.getByText(/^Refund of \$/).first()).toBeVisible();
});
