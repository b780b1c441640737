import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";

// Split Red Lentils: plenty in stock, and no other journey buys them.
const SLUG = "red-lentils";
const NAME = "Split Red Lentils (500 g)";

async function product() {
  const { rows } = await e2eDb().execute({ sql: "select price_cents, stock from products where slug = ?", args: [SLUG] });
  return { priceCents: Number(rows[0].price_cents), stock: Number(rows[0].stock) };
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const headerCount = (page: Page) => page.getByRole("banner").getByTestId("cart-count");
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

/** Clicks a form's button and waits for its server action to answer. */
async function submit(page: Page, button: string) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("main").getByRole("button", { name: button }).click();
  await answered;
}

test("add to cart, change the quantity, be refused past the stock, remove", async ({ page }) => {
  const { priceCents, stock } = await product();

  await page.goto(`/shop/${SLUG}`);
  await expect(headerCount(page)).toHaveText("0");

  // Zero and negative quantities are refused with a message, and nothing is added.
  await page.getByLabel("Quantity").fill("0");
  await submit(page, "Add to cart");
  await expect(formAlert(page)).toHaveText("The quantity must be at least 1");
  await page.getByLabel("Quantity").fill("-2");
  await submit(page, "Add to cart");
  await expect(formAlert(page)).toHaveText("The quantity must be at least 1");
  await expect(page.getByLabel("Quantity")).toHaveValue("-2");
  await expect(headerCount(page)).toHaveText("0");

  await page.getByLabel("Quantity").fill("2");
  await submit(page, "Add to cart");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Added 2 to your cart");
  await expect(headerCount(page)).toHaveText("2");

  await page.getByRole("banner").getByRole("link", { name: /^Cart/ }).click();
  await expect(page).toHaveURL(/\/cart$/);
  const line = page.getByRole("list", { name: "Cart items" }).getByRole("listitem");
  await expect(line).toHaveCount(1);
  await expect(line.getByRole("link", { name: NAME })).toBeVisible();
  await expect(page.getByLabel(`Quantity for ${NAME}`)).toHaveValue("2");
  await expect(page.getByTestId("cart-subtotal")).toHaveText(dollars(2 * priceCents));

  // The cart lives behind the cookie: it is still there after a reload.
  await page.reload();
  await page.getByLabel(`Quantity for ${NAME}`).fill("3");
  await submit(page, "Update");
  await expect(page.getByTestId("cart-subtotal")).toHaveText(dollars(3 * priceCents));
  await expect(page.getByLabel(`Line total for ${NAME}`)).toHaveText(dollars(3 * priceCents));
  await expect(headerCount(page)).toHaveText("3");

  await page.getByLabel(`Quantity for ${NAME}`).fill(String(stock + 1));
  await submit(page, "Update");
  await expect(formAlert(page)).toHaveText(`Only ${stock} of ${NAME} left in stock.`);
  await expect(page.getByTestId("cart-subtotal")).toHaveText(dollars(3 * priceCents));
  await expect(page.getByRole("link", { name: "Checkout" })).toHaveAttribute("href", "/checkout");

  await submit(page, "Remove");
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(headerCount(page)).toHaveText("0");
});

test("adding more than is in stock is refused on the product page", async ({ page }) => {
  const { stock } = await product();
  await page.goto(`/shop/${SLUG}`);
  await page.getByLabel("Quantity").fill(String(stock + 1));
  await submit(page, "Add to cart");
  await expect(formAlert(page)).toContainText(`Only ${stock} of ${NAME} left in stock.`);
  await expect(headerCount(page)).toHaveText("0");
});
