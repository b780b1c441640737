import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, registerCustomer, signInAsAdmin, uniqueEmail } from "./support/admin-session";
import { e2eDb } from "./support/db";
import { buy } from "./support/shopper";

async function aProduct(minStock = 6) {
  const result = await e2eDb().execute({
    sql: "select id, slug, name, stock from products where visible = 1 and stock >= ? order by id limit 1",
    args: [minStock],
  });
  const row = result.rows[0];
  return { id: Number(row.id), slug: String(row.slug), name: String(row.name), stock: Number(row.stock) };
}

/** An order row to ask for by id: a customer must get 404 for a real order, not only for a made-up one. */
async function anOrderId() {
  const id = `ord_e2e_${Date.now()}`;
  await e2eDb().execute({
    sql: `insert into orders (id, email, status, subtotal_cents, shipping_cents, total_cents, shipping_name, shipping_address,
          shipping_city, shipping_postal_code, shipping_country, expires_at)
          values (?, 'someone@example.com', 'pending', 100, 0, 100, 'Someone', '1 Road', 'Town', '12345', 'US', ?)`,
    args: [id, Date.now() + 30 * 60_000],
  });
  return id;
}

test("a customer gets the 404 page on every admin page; a signed-out visitor is sent to sign in", async ({ page }) => {
  const product = await aProduct();
  const orderId = await anOrderId();
  const adminPages = [
    "/admin",
    "/admin/orders",
    "/admin/orders?status=paid",
    `/admin/orders/${orderId}`,
    "/admin/products",
    `/admin/products/${product.id}`,
    "/admin/subscriptions",
    "/admin/webhooks",
    "/admin/reviews",
  ];

  const signedOut = await page.goto("/admin/orders");
  expect(signedOut?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Forders$/);

  const email = await registerCustomer(page);
  expect(email).not.toBe(ADMIN_EMAIL);
  await expect(page.getByRole("banner").getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of adminPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText("Operator console")).toHaveCount(0);
  }
});

test("an admin sets a product's stock and the product page shows it at once", async ({ page }) => {
  const product = await aProduct();
  await page.goto(`/shop/${product.slug}`);
  await expect(page.getByTestId("stock")).toHaveText("In stock");

  await signInAsAdmin(page);
  await page.getByRole("navigation", { name: "Operator console" }).getByRole("link", { name: "Products" }).click();
  await page.getByRole("search", { name: "Filter products" }).getByLabel("Search products").fill(product.name);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: `Edit ${product.name}` }).click();
  await expect(page.getByRole("heading", { name: product.name })).toBeVisible();

  await page.getByLabel("Stock").fill("-2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Stock cannot be negative")).toBeVisible();

  await page.getByLabel("Stock").fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Saved ${product.name}: the shop shows it now.`)).toBeVisible();

  await page.goto(`/shop/${product.slug}`);
  await expect(page.getByTestId("stock")).toHaveText("Only 3 left");
});

test("an admin edits a product's name, description, category and tags, and the product page shows them", async ({ page }) => {
  // Not the product other admin tests use, nor the newest ones multi-process.spec.ts buys.
  const result = await e2eDb().execute("select id, slug, name, description, category, tags from products where visible = 1 order by id limit 1 offset 5");
  const original = result.rows[0];
  const product = { id: Number(original.id), slug: String(original.slug), name: String(original.name) };
  const other = await e2eDb().execute({ sql: "select slug, name from categories where slug <> ? order by sort_order limit 1", args: [original.category] });
  const category = { slug: String(other.rows[0].slug), name: String(other.rows[0].name) };
  try {
    await signInAsAdmin(page);
    await page.goto(`/admin/products/${product.id}`);
    const name = page.getByLabel("Name", { exact: true });
    await expect(name).toHaveValue(product.name);

    await name.fill("   ");
    await page.getByLabel("Tags").fill("vegan, <b>");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Enter the name")).toBeVisible();
    await expect(page.getByText("Tags are letters, digits and hyphens, separated by commas")).toBeVisible();

    const renamed = `${product.name} (dome grown)`;
    await name.fill(renamed);
    await page.getByLabel("Description").fill("Grown under the north dome and picked the morning it ships.");
    await page.getByLabel("Category").selectOption(category.slug);
    await page.getByLabel("Tags").fill("Local, dome-grown");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Saved ${renamed}: the shop shows it now.`)).toBeVisible();

    await page.goto(`/shop/${product.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await expect(page.getByText("Grown under the north dome and picked the morning it ships.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: category.name })).toBeVisible();
  } finally {
    await e2eDb().execute({
      sql: "update products set name = ?, description = ?, category = ?, tags = ? where id = ?",
      args: [original.name, original.description, original.category, original.tags, product.id],
    });
  }
});

async function orderStatus(orderId: string) {
  const result = await e2eDb().execute({ sql: "select status from orders where id = ?", args: [orderId] });
  return String(result.rows[0]?.status);
}

async function stockOf(productId: number) {
  const result = await e2eDb().execute({ sql: "select stock from products where id = ?", args: [productId] });
  return Number(result.rows[0].stock);
}

test("an admin refunds an order in part, then the rest with restock, and sees it refunded", async ({ page }) => {
  const product = await aProduct(6);
  const { orderId, paymentIntentId } = await buy(page, product.slug, uniqueEmail("refund"), 2);
  expect(await stockOf(product.id)).toBe(product.stock - 2);

  await signInAsAdmin(page);
  await page.getByRole("navigation", { name: "Operator console" }).getByRole("link", { name: "Orders" }).click();
  await page.getByLabel("Search orders").fill(paymentIntentId);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: orderId }).click();
  await expect(page.getByRole("heading", { name: `Order ${orderId}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toContainText("Paid");
  await expect(page.getByText(paymentIntentId, { exact: true })).toBeVisible();
  // The country by its name, as the shopper's receipt shows it, not the two-letter code the order stores.
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("United States");

  const amount = page.getByLabel("Refund amount (USD)");
  const total = Number(await amount.inputValue());
  expect(total).toBeGreaterThan(1);

  await amount.fill(String(total + 1));
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText(/At most \$/)).toBeVisible();

  await amount.fill("1.00");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText(/Refund of \$1\.00 accepted by Stripe/)).toBeVisible();
  // The order changes when Stripe's charge.refunded webhook arrives.
  await expect.poll(() => orderStatus(orderId)).toBe("partially_refunded");
  await page.reload();
  await expect(page.getByTestId("order-status")).toContainText("Partially refunded");
  await expect(page.getByTestId("refunded-amount")).toHaveText("$1.00");
  expect(await stockOf(product.id)).toBe(product.stock - 2);

  await expect(amount).toHaveValue((total - 1).toFixed(2));
  await page.getByLabel("Restock items").check();
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText("The items are back in stock.")).toBeVisible();
  await expect.poll(() => orderStatus(orderId)).toBe("refunded");
  await page.reload();
  await expect(page.getByTestId("order-status")).toContainText("Refunded");
  await expect(page.getByTestId("order-status")).not.toContainText("Partially");
  await expect(page.getByText("Nothing is left to refund.")).toBeVisible();
  expect(await stockOf(product.id)).toBe(product.stock);

  const timeline = page.getByRole("list", { name: "Order timeline" });
  await expect(timeline.getByText(/^Items returned to stock by admin@beyond-earth\.test/)).toHaveCount(1);
  await expect(timeline.getByText(/^Refunded \$/)).toHaveCount(2);
});
