import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products, recipeIngredients } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { catalogChanged } from "@/lib/catalog/cache";
import { DEFAULT_SHOP_QUERY, PAGE_SIZE, parseShopParams, type ShopQuery } from "@/lib/catalog/params";
import { getHomeCatalog, getProductBySlug, listCategories, listProducts, listTags, RECIPES_PER_PRODUCT, recipesUsingProduct, relatedProducts } from "@/lib/catalog/queries";

const list = (query: Partial<ShopQuery>) => listProducts({ ...DEFAULT_SHOP_QUERY, ...query });
const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);
const isTomato = (name: string) => /tomato/i.test(name);

beforeAll(async () => {
  await seedCatalog();
});

describe("search", () => {
  it("ranks products named after the search first", async () => {
    const result = await list({ q: "tomato" });
    const tomatoNames = names(result).filter(isTomato);
    expect(tomatoNames.length).toBeGreaterThanOrEqual(5);
    // Every product with "tomato" in its name comes before any that only mentions it.
    expect(names(result).slice(0, tomatoNames.length).every(isTomato)).toBe(true);
    expect(result.matchedAllWords).toBe(true);
  });

  it("finds tomatoes from a half-typed word, a plural and capitals alike", async () => {
    const reference = names(await list({ q: "tomato" }));
    expect(names(await list({ q: "tomat" }))).toEqual(reference);
    expect(names(await list({ q: "TOMATOES" }))).toEqual(reference);
  });

  it("finds a word the stemmer shortens from its first letters", async () => {
    const result = await list({ q: "organi" });
    expect(result.total).toBeGreaterThan(10);
    expect(result.items[0].name).toMatch(/organic/i);
  });

  it("needs every word, and falls back to any word when nothing has them all", async () => {
    const both = await list({ q: "cherry tomatoes" });
    expect(names(both)).toEqual(["Heirloom Cherry Tomatoes"]);

    const some = await list({ q: "tomato spaceship" });
    expect(some.matchedAllWords).toBe(false);
    expect(names(some).filter(isTomato).length).toBeGreaterThanOrEqual(5);
  });

  it("treats FTS syntax and stray quotes as text instead of failing", async () => {
    for (const q of ['"', "AND (", "tomato OR", "NEAR(tomato kale)", "name:kale", "kale*", "-oats", "'; drop table products; --", "^", "(((", "\u0000"]) {
      await expect(list({ q }), q).resolves.toMatchObject({ page: 1 });
    }
    expect((await list({ q: '"tomato' })).items[0].name).toMatch(/tomato/i);
    // Nothing searchable at all browses the whole catalogue.
    expect((await list({ q: '" ( )' })).total).toBe((await list({})).total);
  });

  it("says nothing matched a word that is nowhere in the catalogue", async () => {
    const result = await list({ q: "xylophone" });
    expect(result).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
  });
});

describe("filters, sorts and pages", () => {
  it("combines a search, a category, in-stock only and a price sort", async () => {
    const result = await list({ q: "tomato", category: "pantry", inStock: true, sort: "price-asc" });
    expect(result.items.length).toBeGreaterThan(1);
    for (const item of result.items) {
      expect(item.category).toBe("pantry");
      expect(item.stock).toBeGreaterThan(0);
      expect(item.name).toMatch(/tomato/i);
    }
    const prices = result.items.map((item) => item.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it("filters by tag and sorts by price, high to low, and by name", async () => {
    const vegan = await list({ tag: "vegan", sort: "price-desc" });
    expect(vegan.items.every((item) => item.tags.includes("vegan"))).toBe(true);
    const prices = vegan.items.map((item) => item.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));

    const byName = await list({ category: "drinks", sort: "name" });
    const drinkNames = names(byName);
    expect(drinkNames).toEqual([...drinkNames].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });

  it("hides sold-out products when asked to", async () => {
    const all = await list({ category: "bakery" });
    const inStock = await list({ category: "bakery", inStock: true });
    expect(all.items.some((item) => item.stock === 0)).toBe(true);
    expect(inStock.items.every((item) => item.stock > 0)).toBe(true);
    expect(inStock.total).toBe(all.items.filter((item) => item.stock > 0).length);
  });

  it("pages through the catalogue without repeating or losing a product", async () => {
    const first = await list({ sort: "name" });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) {
      for (const item of (await list({ sort: "name", page })).items) seen.add(item.slug);
    }
    expect(seen.size).toBe(first.total);
  });

  it("shows the last page for a page number past the end", async () => {
    const last = await list({ category: "pantry", page: 500 });
    expect(last.page).toBe(last.pageCount);
    expect(last.items.length).toBeGreaterThan(0);
  });

  it("lists newest first", async () => {
    const newest = await list({ sort: "newest" });
    const [latest] = await getDb().select({ slug: products.slug }).from(products).orderBy(products.createdAt).limit(1).offset(newest.total - 1);
    expect(newest.items[0].slug).toBe(latest.slug);
  });

  it("turns nonsense parameters into the default listing", async () => {
    const nonsense = parseShopParams({ category: "'; --", tag: "%", inStock: "perhaps", sort: "random()", page: "NaN" });
    expect(await listProducts(nonsense)).toEqual(await list({}));
  });
});

describe("products that are hidden", () => {
  it("never appear in lists or searches, and have no product page", async () => {
    const [kale] = await getDb().update(products).set({ visible: false }).where(eq(products.slug, "tuscan-kale")).returning();
    try {
      expect(names(await list({ q: "kale" }))).not.toContain(kale.name);
      expect(names(await list({ q: "cavolo" }))).toEqual([]);
      expect((await list({ category: "fresh-produce", sort: "name" })).items.map((item) => item.slug)).not.toContain("tuscan-kale");
      expect(await getProductBySlug("tuscan-kale")).toBeNull();
    } finally {
      await getDb().update(products).set({ visible: true }).where(eq(products.slug, "tuscan-kale"));
    }
  });
});

describe("product details and the rest of the catalogue", () => {
  it("lists a bounded number of the recipes that use a product, quickest first, however many use it", async () => {
    const [garlic] = await getDb().select({ id: products.id }).from(products).where(eq(products.slug, "purple-garlic"));
    const using = new Set((await getDb().select({ recipeId: recipeIngredients.recipeId }).from(recipeIngredients).where(eq(recipeIngredients.productId, garlic.id))).map((row) => row.recipeId));
    expect(using.size).toBeGreaterThan(RECIPES_PER_PRODUCT);
    const shown = await recipesUsingProduct(garlic.id);
    expect(shown).toHaveLength(RECIPES_PER_PRODUCT);
    const minutes = shown.map((recipe) => recipe.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(await recipesUsingProduct(garlic.id, 2)).toEqual(shown.slice(0, 2));
  });

  it("gives a product's price, stock, origin, notes and the recipes that use it", async () => {
    const chickpeas = await getProductBySlug("canned-chickpeas");
    expect(chickpeas).toMatchObject({ name: "Chickpeas in Water (400 g can)", category: "pantry", categoryName: "Pantry" });
    expect(chickpeas?.origin).not.toBe("");
    expect(chickpeas?.sustainability).not.toBe("");
    const recipes = await recipesUsingProduct(chickpeas!.id);
    expect(recipes.map((recipe) => recipe.title)).toContain("Chickpea & Spinach Coconut Curry");
    expect(recipes.every((recipe) => recipe.minutes > 0 && recipe.summary.length > 0)).toBe(true);
    expect(await getProductBySlug("no-such-product")).toBeNull();
  });

  it("suggests other in-stock products from the same category", async () => {
    const chickpeas = await getProductBySlug("canned-chickpeas");
    const related = await relatedProducts(chickpeas!);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((item) => item.category === "pantry" && item.stock > 0 && item.slug !== "canned-chickpeas")).toBe(true);
  });

  it("counts visible products per category and lists the tags in use", async () => {
    const categories = await listCategories();
    expect(categories.map((category) => category.slug)).toEqual(["fresh-produce", "pantry", "bakery", "dairy-alternatives", "drinks", "cookbooks"]);
    expect(categories.reduce((sum, category) => sum + category.productCount, 0)).toBe((await list({})).total);
    expect(await listTags()).toEqual(expect.arrayContaining(["vegan", "gluten-free", "organic", "local", "seasonal"]));
  });

  it("fills the home page with featured products, in-season picks in stock, and recipes that can be cooked now", async () => {
    const home = await getHomeCatalog();
    expect(home.featured.length).toBeGreaterThan(3);
    expect(home.featured.every((item) => item.featured)).toBe(true);
    expect(home.seasonal.length).toBeGreaterThan(0);
    expect(home.seasonal.every((item) => item.tags.includes("seasonal") && item.stock > 0)).toBe(true);
    expect(home.recipes.length).toBeGreaterThan(0);
  });
});

describe("catalogChanged", () => {
  it("can be called outside a Next request (tests, scripts, background work)", async () => {
    await getDb().update(products).set({ stock: sql`${products.stock}` }).where(eq(products.slug, "canned-chickpeas"));
    await expect(catalogChanged()).resolves.toBeUndefined();
  });
});
