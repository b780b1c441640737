import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signInAsAdmin } from "./support/admin-session";
import { e2eDb } from "./support/db";

/**
 * An existing product (this spec buys nothing, and creates no product: multi-process.spec.ts counts
 * the orders of the newest ones), without a photo so the page starts with the category drawing.
 */
async function aProductWithoutPhoto() {
  const result = await e2eDb().execute("select id, slug, name from products where visible = 1 order by id limit 1 offset 3");
  const row = result.rows[0];
  await e2eDb().execute({ sql: "update products set photo = null where id = ?", args: [row.id] });
  await e2eDb().execute({ sql: "delete from product_photos where product_id = ?", args: [row.id] });
  return { id: Number(row.id), slug: String(row.slug), name: String(row.name) };
}

/** A photo as a camera would give it: larger than the largest width, not 4:3. */
async function photoPng() {
  const width = 1600;
  const height = 1000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      pixels[at] = (x * 255) / width;
      pixels[at + 1] = 120;
      pixels[at + 2] = (y * 255) / height;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

test("an operator uploads a product photo and a shopper sees it on the product page and in the shop", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const product = await aProductWithoutPhoto();
  await signInAsAdmin(page);
  await page.goto(`/admin/products/${product.id}`);
  const photoSection = page.getByRole("region", { name: "Photo" });
  await expect(photoSection.getByText("No photo yet")).toBeVisible();
  const field = photoSection.getByLabel("Photo");
  const upload = photoSection.getByRole("button", { name: "Upload photo" });

  // Not an image, whatever its name says: a sentence, no photo.
  await field.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("this is not a picture") });
  await upload.click();
  await expect(photoSection.getByText("The file is not a JPEG, PNG or WebP image.")).toBeVisible();

  // Too large: refused before it is sent.
  await field.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(6 * 1024 * 1024, 1) });
  await expect(photoSection.getByText("The photo must be at most 5 MB.")).toBeVisible();
  await expect(upload).toBeDisabled();

  await field.setInputFiles({ name: "mars-greens.png", mimeType: "image/png", buffer: await photoPng() });
  await upload.click();
  await expect(photoSection.getByText("Photo saved: the shop shows it now.")).toBeVisible();
  await expect(photoSection.getByText("No photo yet")).toHaveCount(0);

  const shopper = await browser.newContext();
  try {
    const shop = await shopper.newPage();
    await shop.goto(`/shop/${product.slug}`);
    const image = shop.getByRole("main").getByRole("img", { name: product.name }).first();
    await expect(image).toHaveAttribute("srcset", new RegExp(`/media/products/${product.id}/[a-f0-9]{16}-400\\.webp 400w, .*-800\\.webp 800w, .*-1200\\.webp 1200w`));
    await expect(image).toHaveAttribute("width", "800");
    await expect(image).toHaveAttribute("height", "600");
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);

    const src = await image.getAttribute("src");
    const served = await shop.request.get(src!);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(served.headers()["cache-control"]).toContain("immutable");

    await shop.goto(`/shop?q=${encodeURIComponent(product.name)}`);
    const card = shop.getByRole("article").filter({ has: shop.getByRole("link", { name: product.name, exact: true }) });
    await expect(card.getByRole("img", { name: product.name })).toHaveAttribute("src", src!);
  } finally {
    await shopper.close();
  }
});

test("an operator creates a product (hidden, so no other spec buys it) and gives it a photo", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = `dome-radishes-${Date.now()}`;
  await signInAsAdmin(page);
  await page.goto("/admin/products");
  await page.getByRole("link", { name: "New product" }).click();
  await page.getByLabel("Name").fill("Dome Radishes");
  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByLabel("Visible in the shop").uncheck();
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByText("lower-case letters, digits and hyphens")).toBeVisible();
  await expect(page.getByText("Enter a description")).toBeVisible();

  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Description").fill("Peppery radishes from the south dome.");
  await page.getByLabel("Price (USD)").fill("2.40");
  await page.getByLabel("Stock").fill("15");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByText("Created Dome Radishes. Upload its photo below.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dome Radishes" })).toBeVisible();

  const photoSection = page.getByRole("region", { name: "Photo" });
  await photoSection.getByLabel("Photo").setInputFiles({ name: "radishes.png", mimeType: "image/png", buffer: await photoPng() });
  await photoSection.getByRole("button", { name: "Upload photo" }).click();
  await expect(photoSection.getByText("Photo saved: the shop shows it now.")).toBeVisible();
  await expect(photoSection.getByRole("img", { name: "Dome Radishes" })).toHaveAttribute("srcset", /-1200\.webp 1200w/);
});

test("every demo product has a photo of its own: in the shop two products of one category differ, and the cart line shows it", async ({ page }) => {
  test.setTimeout(120_000);
  // Ground cumin: a pantry product no other journey buys or changes the photo of.
  const { rows } = await e2eDb().execute("select id, name, photo from products where slug = 'ground-cumin'");
  const cumin = { id: Number(rows[0].id), name: String(rows[0].name), photo: String(rows[0].photo) };
  expect(cumin.photo).toMatch(/^[a-f0-9]{16}$/);
  const cuminPhoto = `/media/products/${cumin.id}/${cumin.photo}-800.webp`;

  await page.goto("/shop?category=pantry");
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards.first()).toBeVisible();
  const sources = await cards.locator("img").evaluateAll((images) => images.slice(0, 6).map((image) => image.getAttribute("src")));
  expect(sources).toHaveLength(6);
  for (const src of sources) expect(src).toMatch(/^\/media\/products\/\d+\/[a-f0-9]{16}-800\.webp$/);
  expect(new Set(sources).size).toBe(sources.length);
  const [first, second] = await Promise.all(sources.slice(0, 2).map(async (src) => (await page.request.get(src!)).body()));
  expect(first.equals(second)).toBe(false);

  await page.goto("/shop/ground-cumin");
  await expect(page.getByRole("main").getByRole("img", { name: cumin.name }).first()).toHaveAttribute("src", cuminPhoto);
  const added = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("main").getByRole("button", { name: "Add to cart" }).click();
  await added;
  await expect(page.getByRole("main").getByRole("status")).toContainText("Added 1 to your cart");

  await page.goto("/cart");
  const line = page.getByRole("list", { name: "Cart items" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: cumin.name }) });
  const image = line.locator("img");
  await expect(image).toHaveAttribute("src", cuminPhoto);
  await expect(image).toHaveAttribute("srcset", new RegExp(`/media/products/${cumin.id}/${cumin.photo}-400\\.webp 400w`));
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
});
