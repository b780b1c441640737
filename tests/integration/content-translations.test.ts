import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { categories, categoryTranslations, products, productTranslations, recipes, recipeTranslations } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { DEFAULT_SHOP_QUERY } from "@/lib/catalog/params";
import { expectEachToMoveCatalogVersion } from "../support/catalog";
import { getHomeCatalog, getProductBySlug, listCategories, listProducts, recipesUsingProduct, relatedProducts } from "@/lib/catalog/queries";

beforeAll(async () => {
  await seedCatalog();
});

const TOMATOES = "heirloom-cherry-tomatoes";

async function untranslatedProduct() {
  const db = getDb();
  const translated = new Set((await db.select({ id: productTranslations.productId }).from(productTranslations)).map((row) => row.id));
  const all = await db.select({ id: products.id, slug: products.slug, name: products.name, category: products.category }).from(products).orderBy(products.id);
  const found = all.find((product) => !translated.has(product.id));
  if (!found) throw new Error("every product is translated");
  return found;
}

describe("translated catalogue text", () => {
  it("shows a translated product's name, description and category in Spanish and German, and English in English", async () => {
    const en = await getProductBySlug(TOMATOES, "en");
    const es = await getProductBySlug(TOMATOES, "es");
    const de = await getProductBySlug(TOMATOES, "de");
    expect(en).toMatchObject({ name: "Heirloom Cherry Tomatoes", categoryName: "Fresh produce" });
    expect(en?.description).toMatch(/^A jewel-bright mix/);
    expect(es).toMatchObject({ name: "Tomates cherry tradicionales", categoryName: "Frutas y verduras" });
    expect(es?.description).toMatch(/^Una mezcla brillante/);
    expect(de).toMatchObject({ name: "Alte Kirschtomatensorten", categoryName: "Obst & Gemüse" });
    expect(de?.description).toMatch(/^Eine leuchtende Mischung/);
    // The default stays English for callers that pass no locale (assistant, admin).
    expect((await getProductBySlug(TOMATOES))?.name).toBe("Heirloom Cherry Tomatoes");
    // Everything else about the product is the same row.
    expect({ ...es, name: "", description: "", categoryName: "" }).toEqual({ ...en, name: "", description: "", categoryName: "" });
  });

  it("falls back to English for a product without a translation", async () => {
    const product = await untranslatedProduct();
    for (const locale of ["es", "de"] as const) {
      expect((await getProductBySlug(product.slug, locale))?.name).toBe(product.name);
    }
  });

  it("translates shop cards, categories, related products, the home page and recipes", async () => {
    const page = await listProducts({ ...DEFAULT_SHOP_QUERY, category: "fresh-produce" }, "de");
    expect(page.items.map((item) => item.name)).toContain("Alte Kirschtomatensorten");
    expect(page.items.every((item) => item.categoryName === "Obst & Gemüse")).toBe(true);

    // Search matches the English text and shows the shopper's language.
    const search = await listProducts({ ...DEFAULT_SHOP_QUERY, q: "cherry tomatoes" }, "es");
    expect(search.items.map((item) => item.name)).toEqual(["Tomates cherry tradicionales"]);
    expect((await listProducts({ ...DEFAULT_SHOP_QUERY, q: "Kirschtomaten" }, "de")).total).toBe(0);

    const byName = await listProducts({ ...DEFAULT_SHOP_QUERY, category: "fresh-produce", sort: "name" }, "es");
    const names = byName.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    const categoriesEs = await listCategories("es");
    expect(categoriesEs.find((category) => category.slug === "pantry")).toMatchObject({ name: "Despensa", description: expect.stringMatching(/^Cereales/) });
    expect((await listCategories()).find((category) => category.slug === "pantry")?.name).toBe("Pantry");

    const tomatoes = await getProductBySlug(TOMATOES);
    const related = await relatedProducts({ id: tomatoes!.id, category: "fresh-produce" }, 4, "de");
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((item) => item.categoryName === "Obst & Gemüse")).toBe(true);

    const home = await getHomeCatalog("es");
    expect(home.featured.map((item) => item.name)).toContain("Tomates cherry tradicionales");

    const recipesEn = await recipesUsingProduct(tomatoes!.id, 50);
    const recipesDe = await recipesUsingProduct(tomatoes!.id, 50, "de");
    expect(recipesDe.map((recipe) => recipe.slug)).toEqual(recipesEn.map((recipe) => recipe.slug));
    expect(recipesDe.map((recipe) => recipe.title)).not.toEqual(recipesEn.map((recipe) => recipe.title));
    const panzanella = recipesDe.find((recipe) => recipe.slug === "heirloom-tomato-panzanella");
    expect(panzanella?.title).toBe("Panzanella mit alten Tomatensorten");
  });

  it("the seed carries Spanish and German for every category, at least 30 products and every recipe using them, once", async () => {
    const db = getDb();
    const [categoryRows, productRows, recipeRows] = await Promise.all([
      db.select().from(categoryTranslations),
      db.select().from(productTranslations),
      db.select().from(recipeTranslations),
    ]);
    const allCategories = await db.select({ slug: categories.slug }).from(categories);
    for (const locale of ["es", "de"]) {
      const slugs = new Set(categoryRows.filter((row) => row.locale === locale).map((row) => row.categorySlug));
      expect(allCategories.every((category) => slugs.has(category.slug)), locale).toBe(true);
      const translatedProducts = productRows.filter((row) => row.locale === locale);
      expect(translatedProducts.length, locale).toBeGreaterThanOrEqual(30);
      // Every recipe that uses a translated product is translated too.
      const productIds = translatedProducts.map((row) => row.productId);
      const using = await db.all<{ id: number }>(
        `select distinct recipe_id as id from recipe_ingredients where product_id in (${productIds.join(",")})`,
      );
      const translatedRecipes = new Set(recipeRows.filter((row) => row.locale === locale).map((row) => row.recipeId));
      expect(using.length).toBeGreaterThan(0);
      expect(using.filter((row) => !translatedRecipes.has(Number(row.id)))).toEqual([]);
    }
    // No translation repeats its English text.
    const english = new Map((await db.select({ id: products.id, name: products.name }).from(products)).map((row) => [row.id, row.name]));
    expect(productRows.filter((row) => row.name === english.get(row.productId) && row.locale === "es")).toEqual([]);

    expect((await seedCatalog()).inserted).toBe(0);
    expect((await db.select().from(productTranslations)).length).toBe(productRows.length);
    expect((await db.select().from(recipeTranslations)).length).toBe(recipeRows.length);
  });

  it("every translated recipe has its method in Spanish and German, step for step, and re-seeding fills steps missing from older databases", async () => {
    const db = getDb();
    const english = new Map((await db.select({ id: recipes.id, steps: recipes.steps }).from(recipes)).map((row) => [row.id, row.steps]));
    const rows = await db.select().from(recipeTranslations);
    expect(rows.length).toBeGreaterThan(0);
    const mismatched = rows.filter((row) => row.steps?.length !== english.get(row.recipeId)?.length || row.steps?.some((step) => english.get(row.recipeId)?.includes(step)));
    expect(mismatched.map((row) => `${row.recipeId}/${row.locale}`)).toEqual([]);

    const [panzanella] = await db.select({ id: recipes.id }).from(recipes).where(eq(recipes.slug, "heirloom-tomato-panzanella"));
    await db.update(recipeTranslations).set({ steps: null }).where(eq(recipeTranslations.recipeId, panzanella.id));
    expect((await seedCatalog()).inserted).toBe(2);
    const restored = await db.select().from(recipeTranslations).where(eq(recipeTranslations.recipeId, panzanella.id));
    expect(restored.map((row) => row.steps?.length)).toEqual([english.get(panzanella.id)?.length, english.get(panzanella.id)?.length]);
    expect((await seedCatalog()).inserted).toBe(0);
  });

  it("removing a product removes its translations", async () => {
    const db = getDb();
    const [created] = await db
      .insert(products)
      .values({ slug: "translation-probe", name: "Probe", description: "English", category: "pantry", priceCents: 100 })
      .returning({ id: products.id });
    await db.insert(productTranslations).values({ productId: created.id, locale: "de", name: "Probe (de)", description: "Deutsch" });
    expect((await getProductBySlug("translation-probe", "de"))?.name).toBe("Probe (de)");
    await db.delete(products).where(eq(products.id, created.id));
    expect(await db.select().from(productTranslations).where(eq(productTranslations.productId, created.id))).toEqual([]);
  });

  it("a change to any translation moves the catalogue version, so cached pages refresh", async () => {
    await expectEachToMoveCatalogVersion([
      "update product_translations set name = name || '.' where product_id = (select min(product_id) from product_translations) and locale = 'de'",
      "update category_translations set description = description || '.' where category_slug = 'pantry' and locale = 'es'",
      "update recipe_translations set title = title || '.' where recipe_id = (select min(recipe_id) from recipe_translations) and locale = 'es'",
      "delete from recipe_translations where recipe_id = (select max(recipe_id) from recipe_translations) and locale = 'de'",
    ]);
  });
});
