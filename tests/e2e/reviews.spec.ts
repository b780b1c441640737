import { expect, test } from "@playwright/test";
import { registerCustomer, signInAsAdmin } from "./support/admin-session";
import { e2eDb } from "./support/db";
import { buy } from "./support/shopper";

/** A product nobody has reviewed yet, with stock to buy. */
async function unreviewedProduct() {
  const result = await e2eDb().execute(
    "select slug, name from products where visible = 1 and stock >= 5 and rating_count = 0 order by id desc limit 1",
  );
  return { slug: String(result.rows[0].slug), name: String(result.rows[0].name) };
}

test("a buyer reviews a product and the average changes; a non-buyer cannot; an operator hides it and the average goes back", async ({ browser }) => {
  const product = await unreviewedProduct();

  // A shopper who never bought it is told why they cannot review.
  const strangerPage = await (await browser.newContext()).newPage();
  await registerCustomer(strangerPage);
  await strangerPage.goto(`/shop/${product.slug}/review`);
  await expect(strangerPage.getByText(/Only verified buyers can review this product/)).toBeVisible();
  await expect(strangerPage.getByRole("button", { name: "Post review" })).toHaveCount(0);

  // Two buyers review it.
  const ratings: [number, string][] = [
    [5, "Best I have had"],
    [1, "Arrived squashed"],
  ];
  for (const [stars, title] of ratings) {
    const page = await (await browser.newContext()).newPage();
    const email = await registerCustomer(page);
    await buy(page, product.slug, email);
    await page.goto(`/shop/${product.slug}`);
    await page.getByRole("link", { name: "Write a review" }).click();
    await page.getByLabel(`${stars} ${stars === 1 ? "star" : "stars"}`).check();
    await page.getByLabel("Title (optional)").fill(title);
    await page.getByLabel("Review (optional)").fill(`${title}.\nWould tell a friend.`);
    await page.getByRole("button", { name: "Post review" }).click();
    await expect(page).toHaveURL(new RegExp(`/shop/${product.slug}#reviews$`));
    await expect(page.getByRole("list", { name: "Reviews" }).getByText(title, { exact: true })).toBeVisible();
  }

  const productPage = await (await browser.newContext()).newPage();
  await productPage.goto(`/shop/${product.slug}`);
  await expect(productPage.getByTestId("rating-average")).toHaveText("3.0");
  await expect(productPage.getByTestId("rating-count")).toHaveText("2 reviews");
  await expect(productPage.getByText("Verified buyer").first()).toBeVisible();

  // The operator hides the 1-star review: the average is 5 again.
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  await admin.getByRole("navigation", { name: "Operator console" }).getByRole("link", { name: "Reviews" }).click();
  const row = admin.getByRole("row").filter({ hasText: "Arrived squashed" });
  await row.getByLabel(/Reason for hiding review/).fill("Delivery complaint, passed to support");
  await row.getByRole("button", { name: /^Hide review/ }).click();
  await expect(row.getByText("Hidden", { exact: true })).toBeVisible();

  await productPage.reload();
  await expect(productPage.getByTestId("rating-average")).toHaveText("5.0");
  await expect(productPage.getByTestId("rating-count")).toHaveText("1 review");
  await expect(productPage.getByText("Arrived squashed")).toHaveCount(0);

  // The shop's best-rated sort lists it first.
  await productPage.goto("/shop?sort=rating");
  await expect(productPage.getByRole("list", { name: /products/i }).getByRole("article").first()).toContainText(product.name);
});
