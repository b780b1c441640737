import { expect, type Page } from "@playwright/test";

export const CARD_OK = "4242 4242 4242 4242";

/** Puts one product in the cart from its page; `baseURL` picks the server when there are several. */
export async function addToCart(page: Page, slug: string, quantity = 1, baseURL = "") {
  await page.goto(`${baseURL}/shop/${slug}`);
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`Added ${quantity}`);
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "View cart" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /^Cart, [1-9]/ })).toBeVisible();
}

/** Opens checkout and fills the shipping step, without submitting it. */
export async function fillShipping(page: Page, email: string, baseURL = "") {
  await page.goto(`${baseURL}/checkout`);
  await page.getByLabel("Full name").fill("Robin Shopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Address").fill("7 Allotment Row");
  await page.getByLabel("City").fill("Portland");
  await page.getByLabel("Postal code").fill("97201");
}

/** The shipping step's words in the two languages the specs check out in. */
const SHIPPING_STEP = {
  en: { address: "Address", city: "City", postalCode: "Postal code", country: "Country", unitedStates: "United States", submit: "Continue to payment", payment: "Payment" },
  es: { address: "Dirección", city: "Ciudad", postalCode: "Código postal", country: "País", unitedStates: "Estados Unidos", submit: "Continuar al pago", payment: "Pago" },
};

/** Fills the shipping step's address (a street in Portland, US), submits it and waits for the payment step. */
export async function shipToPortland(page: Page, street: string, language: keyof typeof SHIPPING_STEP = "en") {
  const words = SHIPPING_STEP[language];
  await page.getByLabel(words.address).fill(street);
  await page.getByLabel(words.city).fill("Portland");
  await page.getByLabel(words.postalCode).fill("97201");
  await page.getByLabel(words.country).selectOption(words.unitedStates);
  await page.getByRole("button", { name: words.submit }).click();
  await expect(page.getByRole("heading", { name: words.payment, exact: true })).toBeVisible();
}

/** Submits the shipping step: either the card form appears (stock reserved) or a sold-out message. */
export async function continueToPayment(page: Page): Promise<"payment" | "sold_out"> {
  await page.getByRole("button", { name: "Continue to payment" }).click();
  const cardNumber = page.getByLabel("Card number");
  const soldOut = page.getByRole("main").getByText(/sold out/);
  await expect(cardNumber.or(soldOut).first()).toBeVisible();
  return (await cardNumber.isVisible()) ? "payment" : "sold_out";
}

export async function fillCard(page: Page, number = CARD_OK) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry date").fill("12/34");
  await page.getByLabel("CVC").fill("123");
}

/** Pays on the payment step and waits for the confirmation; answers the order id and PaymentIntent id. */
export async function payAndConfirm(page: Page, number = CARD_OK) {
  await fillCard(page, number);
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page).toHaveURL(/\/checkout\/complete\?payment_intent=pi_/);
  await expect(page.getByTestId("total-charged")).toContainText("Total charged: $");
  const paymentIntentId = new URL(page.url()).searchParams.get("payment_intent")!;
  const orderLine = await page.getByText(/^Order /).first().textContent();
  const orderId = /Order (\S+)/.exec(orderLine ?? "")?.[1];
  expect(orderId).toBeTruthy();
  return { orderId: orderId!, paymentIntentId };
}

/** The whole purchase of one product with the 4242 card. */
export async function buy(page: Page, slug: string, email: string, quantity = 1) {
  await addToCart(page, slug, quantity);
  await fillShipping(page, email);
  expect(await continueToPayment(page)).toBe("payment");
  return payAndConfirm(page);
}
