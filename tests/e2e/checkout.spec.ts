import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, registerCustomer, uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { addToCart, shipToPortland } from "./support/shopper";

// Rice is bought by no other journey, so its stock is this spec's to watch.
const ARBORIO = { slug: "arborio-rice", name: "Arborio Risotto Rice (1 kg)" };
const BASMATI = { slug: "brown-basmati-rice", name: "Organic Brown Basmati Rice (1 kg)" };

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

async function product(slug: string) {
  const { rows } = await e2eDb().execute({ sql: "select price_cents, stock from products where slug = ?", args: [slug] });
  return { priceCents: Number(rows[0].price_cents), stock: Number(rows[0].stock) };
}

async function fillShipping(page: Page, details: { name?: string; email?: string }) {
  if (details.name) await page.getByLabel("Full name").fill(details.name);
  if (details.email) await page.getByLabel("Email").fill(details.email);
  await shipToPortland(page, "12 Orchard Lane");
}

async function pay(page: Page, cardNumber: string) {
  await page.getByLabel("Card number").fill(cardNumber);
  await page.getByLabel("Expiry date").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Pay/ }).click();
}

const completeUrl = /\/checkout\/complete\?payment_intent=pi_\w+&payment_intent_client_secret=pi_\w+_secret_\w+&redirect_status=succeeded$/;

test("browse, add to cart, check out, pay with 4242; the confirmation shows the amount and pi_…, and /orders lists it", async ({ page }) => {
  const email = uniqueEmail("buyer");
  await registerCustomer(page, email, PASSWORD, "Grace Hopper");
  const { priceCents, stock } = await product(ARBORIO.slug);
  const totalCents = 2 * priceCents + (2 * priceCents >= 5000 ? 0 : 495);

  await page.goto("/shop?q=arborio");
  await page.getByRole("link", { name: new RegExp(ARBORIO.name.replace(/[()]/g, "\\$&")) }).first().click();
  await expect(page).toHaveURL(new RegExp(`/shop/${ARBORIO.slug}$`));
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Added 2");

  await page.goto("/cart");
  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  // Signed in: name and email come from the account.
  await expect(page.getByLabel("Full name")).toHaveValue("Grace Hopper");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByText("Shipping is a flat $4.95, free on orders of $50.00 or more.")).toBeVisible();
  await expect(page.getByTestId("summary-total")).toHaveText(dollars(totalCents));

  await fillShipping(page, {});
  // Ordering reserves the stock before any payment.
  expect((await product(ARBORIO.slug)).stock).toBe(stock - 2);
  await expect(page.getByRole("heading", { name: "Sandbox — no real payments" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Test cards" })).toContainText("4242 4242 4242 4242");
  await expect(page.getByRole("button", { name: /^Pay/ })).toHaveText(`Pay ${dollars(totalCents)}`);

  await pay(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(completeUrl);
  const paymentIntentId = new URL(page.url()).searchParams.get("payment_intent") ?? "";
  await expect(page.getByTestId("total-charged")).toHaveText(`Total charged: ${dollars(totalCents)}`);
  await expect(page.getByTestId("payment-intent-id")).toHaveText(paymentIntentId);
  await expect(page.getByRole("cell", { name: ARBORIO.name })).toBeVisible();
  await expect(page.getByText("12 Orchard Lane")).toBeVisible();
  await expect(page.getByRole("banner").getByTestId("cart-count")).toHaveText("0");

  // Reloading the confirmation shows the same and makes no second order.
  await page.reload();
  await expect(page.getByTestId("total-charged")).toHaveText(`Total charged: ${dollars(totalCents)}`);
  const { rows } = await e2eDb().execute({ sql: "select status, payment_intent_id from orders where email = ?", args: [email] });
  expect(rows.map((row) => [row.status, row.payment_intent_id])).toEqual([["paid", paymentIntentId]]);
  expect((await product(ARBORIO.slug)).stock).toBe(stock - 2);

  await page.getByRole("banner").getByRole("link", { name: "Orders" }).click();
  await expect(page).toHaveURL(/\/orders$/);
  const order = page.getByRole("list", { name: "Orders" }).getByRole("listitem");
  await expect(order).toHaveCount(1);
  await expect(order).toContainText(paymentIntentId);
  await expect(order).toContainText("Paid");
  await expect(order).toContainText(dollars(totalCents));
  await order.getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^Order BE-/ })).toBeVisible();
  await expect(page.getByTestId("payment-intent-id")).toHaveText(paymentIntentId);
});

test("a declined card shows Stripe's message and keeps the items; another card then pays", async ({ page }) => {
  const { priceCents, stock } = await product(BASMATI.slug);
  const totalCents = priceCents + 495;
  await addToCart(page, BASMATI.slug, 1);
  await page.goto("/checkout");
  await fillShipping(page, { name: "Alan Turing", email: uniqueEmail("guest") });

  await pay(page, "4000 0000 0000 0002");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card was declined.");
  await expect(page).toHaveURL(/\/checkout$/);

  await pay(page, "4000 0000 0000 9995");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card has insufficient funds.");
  // Still reserved for the retry, still unpaid.
  expect((await product(BASMATI.slug)).stock).toBe(stock - 1);

  await pay(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(completeUrl);
  await expect(page.getByTestId("total-charged")).toHaveText(`Total charged: ${dollars(totalCents)}`);
});

test("an unknown card number is refused in the browser with the list of test cards", async ({ page }) => {
  await addToCart(page, BASMATI.slug, 1);
  await page.goto("/checkout");
  await fillShipping(page, { name: "Ada Lovelace", email: uniqueEmail("guest") });
  await pay(page, "4111 1111 1111 1111");
  await expect(page.getByText("The sandbox accepts only Stripe's test cards")).toBeVisible();
  await page.getByLabel("Card number").fill("4242 4242 4242 4241");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByText("Your card number is invalid.")).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);
});

test("3-D Secure: a failed challenge comes back unpaid, a completed one pays", async ({ page }) => {
  const { priceCents } = await product(ARBORIO.slug);
  await addToCart(page, ARBORIO.slug, 1);
  await page.goto("/checkout");
  await fillShipping(page, { name: "Katherine Johnson", email: uniqueEmail("guest") });

  await pay(page, "4000 0025 0000 3155");
  await expect(page).toHaveURL(/\/checkout\/3d-secure\?/);
  await page.getByRole("button", { name: "Fail" }).click();
  await expect(page).toHaveURL(/\/checkout\/complete\?.*redirect_status=failed$/);
  await expect(page.getByRole("heading", { name: "Your payment did not go through" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("3-D Secure authentication failed");

  await page.getByRole("link", { name: "Try another card" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await pay(page, "4000 0025 0000 3155");
  await expect(page).toHaveURL(/\/checkout\/3d-secure\?/);
  await expect(page.getByText(`confirm a payment of ${dollars(priceCents + 495)}`)).toBeVisible();
  await page.getByRole("button", { name: "Complete" }).click();
  await expect(page).toHaveURL(completeUrl);
  await expect(page.getByTestId("total-charged")).toHaveText(`Total charged: ${dollars(priceCents + 495)}`);
});
