import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";

// Catalogue text in the shopper's language: product names, descriptions, categories and recipes
// carry Spanish and German translations in the seed, and a page shows them when present.

const german = { locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.5" } };
const english = { locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } };

const TOMATOES = { slug: "heirloom-cherry-tomatoes", en: "Heirloom Cherry Tomatoes", de: "Alte Kirschtomatensorten" };

/** The German titles of the recipes that use the product, as the seed stored them. */
async function germanRecipeTitles(slug: string): Promise<string[]> {
  const { rows } = await e2eDb().execute({
    sql: `select rt.title from recipe_translations rt
      join recipe_ingredients ri on ri.recipe_id = rt.recipe_id
      join products p on p.id = ri.product_id
      where p.slug = ? and rt.locale = 'de'`,
    args: [slug],
  });
  return rows.map((row) => String(row.title));
}

test.describe("with Accept-Language: de", () => {
  test.use(german);

  test("a translated product's page, its recipes and its card on /shop are in German", async ({ page }) => {
    await page.goto(`/shop/${TOMATOES.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TOMATOES.de);
    await expect(page.getByRole("main").getByText(/^Eine leuchtende Mischung/)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Obst & Gemüse" }).first()).toBeVisible();

    const titles = await germanRecipeTitles(TOMATOES.slug);
    const recipeHeadings = page.locator("#recipes-heading").locator("..").getByRole("heading", { level: 3 });
    await expect(recipeHeadings.first()).toBeVisible();
    for (const title of await recipeHeadings.allTextContents()) expect(titles).toContain(title);

    await page.goto("/shop");
    const cards = page.getByRole("list", { name: "Produkte" });
    await expect(cards.getByRole("heading", { level: 3, name: TOMATOES.de })).toBeVisible();
    await expect(cards.getByRole("heading", { level: 3, name: TOMATOES.en })).toHaveCount(0);

    await page.goto("/shop?category=fresh-produce");
    await expect(page.getByRole("heading", { level: 1, name: "Obst & Gemüse" })).toBeVisible();
  });
});

test.describe("with Accept-Language: en", () => {
  test.use(english);

  test("the same product stays in English", async ({ page }) => {
    await page.goto(`/shop/${TOMATOES.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TOMATOES.en);
    await page.goto("/shop");
    await expect(page.getByRole("list", { name: "Products" }).getByRole("heading", { level: 3, name: TOMATOES.en })).toBeVisible();
  });
});
