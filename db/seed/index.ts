import { count, inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { categories, categoryTranslations, productTranslations, recipeIngredients, recipes, recipeTranslations, products } from "../schema";
import { recipeDiets } from "../../lib/assistant/tools/diets";
import { categoryImage } from "../../lib/catalog/category-image";
import * as catalog from "./catalog-data";
import type { SeedRecipe } from "./catalog-data";
import { seedProductPhotos } from "./product-photos";
import { worldRecipes } from "./recipes-world";
import * as translations from "./translations-es-de";
import { recipeSteps } from "./translations-recipe-steps-es-de";
import { recipeTranslations as recipeTexts } from "./translations-recipes-es-de";

/** Every demo recipe: the first set, then the cuisines added after it (ids stay in this order). */
export const seedRecipes: SeedRecipe[] = [...catalog.recipes, ...worldRecipes];

const productTagsBySlug = new Map(catalog.products.map((product) => [product.slug, product.tags]));

/**
 * A recipe's tags, computed rather than typed: the diets every required ingredient keeps (as
 * written, before any substitute), its cuisine, and "quick" for 20 minutes or less.
 */
export function seedRecipeTags(recipe: SeedRecipe): string[] {
  const required = recipe.ingredients.filter((ingredient) => !ingredient.optional);
  const tags = required.map((ingredient) => {
    const found = productTagsBySlug.get(ingredient.product);
    if (!found) throw new Error(`Recipe ${recipe.slug} names unknown product ${ingredient.product}`);
    return found;
  });
  return [...recipeDiets(tags), recipe.cuisine, ...(recipe.minutes <= 20 ? ["quick"] : [])];
}

export type SeedSummary = { categories: number; products: number; recipes: number; inserted: number };


/**
 * Builds the demo catalogue. Idempotent: rows that exist (by slug) are left as they are,
 * so re-running never duplicates a product, resets stock an operator changed or replaces a photo.
 */
export async function seedCatalog(): Promise<SeedSummary> {
  const db = getDb();
  let inserted = 0;
  await db.transaction(async (tx) => {
    const newCategories = await tx
      .insert(categories)
      .values(catalog.categories)
      .onConflictDoNothing()
      .returning({ slug: categories.slug });
    inserted += newCategories.length;

    const newProducts = await tx
      .insert(products)
      .values(
        catalog.products.map((product, index) => ({
          ...product,
          featured: product.featured ?? false,
          image: categoryImage(product.category),
          // Spread creation times so "newest" has a stable, meaningful order.
          createdAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: products.id });
    inserted += newProducts.length;
    // Each demo product's own picture (db/seed/photos), unless it has a photo already.
    inserted += await seedProductPhotos(tx, catalog.products.map((product) => product.slug));

    const slugs = [...new Set(seedRecipes.flatMap((r) => r.ingredients.flatMap((i) => [i.product, i.substitute ?? i.product])))];
    const idRows = await tx.select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, slugs));
    const productId = new Map(idRows.map((row) => [row.slug, row.id]));

    for (const recipe of seedRecipes) {
      const [created] = await tx
        .insert(recipes)
        .values({
          slug: recipe.slug,
          title: recipe.title,
          summary: recipe.summary,
          meal: recipe.meal,
          servings: recipe.servings,
          minutes: recipe.minutes,
          tags: seedRecipeTags(recipe),
          steps: recipe.steps,
        })
        .onConflictDoNothing()
        .returning({ id: recipes.id });
      if (!created) continue;
      inserted += 1;
      await tx.insert(recipeIngredients).values(
        recipe.ingredients.map((ingredient) => {
          const id = productId.get(ingredient.product);
          if (id === undefined) throw new Error(`Recipe ${recipe.slug} names unknown product ${ingredient.product}`);
          return {
            recipeId: created.id,
            productId: id,
            quantity: ingredient.quantity,
            units: ingredient.units,
            optional: ingredient.optional ?? false,
            substituteProductId: ingredient.substitute ? (productId.get(ingredient.substitute) ?? null) : null,
          };
        }),
      );
    }

    inserted += await seedTranslations(tx);
  });

  const [[c], [p], [r]] = await Promise.all([
    db.select({ n: count() }).from(categories),
    db.select({ n: count() }).from(products),
    db.select({ n: count() }).from(recipes),
  ]);
  return { categories: c.n, products: p.n, recipes: r.n, inserted };
}

type SeedTx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Spanish and German catalogue text (db/seed/translations-*-es-de.ts); rows that exist are kept, except that recipe steps missing or changed are written. */
async function seedTranslations(tx: SeedTx): Promise<number> {
  const locales = ["es", "de"] as const;
  const productRows = await tx
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(inArray(products.slug, Object.keys(translations.productTranslations)));
  const recipeRows = await tx
    .select({ id: recipes.id, slug: recipes.slug })
    .from(recipes)
    .where(inArray(recipes.slug, Object.keys(recipeTexts)));
  const [newCategories, newProducts, newRecipes] = await Promise.all([
    tx
      .insert(categoryTranslations)
      .values(Object.entries(translations.categoryTranslations).flatMap(([slug, text]) => locales.map((locale) => ({ categorySlug: slug, locale, ...text[locale] }))))
      .onConflictDoNothing()
      .returning({ slug: categoryTranslations.categorySlug }),
    tx
      .insert(productTranslations)
      .values(productRows.flatMap(({ id, slug }) => locales.map((locale) => ({ productId: id, locale, ...translations.productTranslations[slug][locale] }))))
      .onConflictDoNothing()
      .returning({ id: productTranslations.productId }),
    tx
      .insert(recipeTranslations)
      .values(
        recipeRows.flatMap(({ id, slug }) =>
          locales.map((locale) => ({ recipeId: id, locale, title: recipeTexts[slug][locale][0], summary: recipeTexts[slug][locale][1], steps: recipeSteps[slug]?.[locale] ?? null })),
        ),
      )
      // Databases seeded before the steps were translated get them; a row whose steps match is left alone.
      .onConflictDoUpdate({
        target: [recipeTranslations.recipeId, recipeTranslations.locale],
        set: { steps: sql`excluded.steps` },
        setWhere: sql`${recipeTranslations.steps} is not excluded.steps`,
      })
      .returning({ id: recipeTranslations.recipeId }),
  ]);
  return newCategories.length + newProducts.length + newRecipes.length;
}

const qualities = ["Organic", "Smoked", "Wild", "Heritage", "Stone-ground", "Cold-pressed", "Sprouted", "Roasted", "Fermented", "Small-batch"];
const origins = ["Kent, United Kingdom", "Andalusia, Spain", "Emilia-Romagna, Italy", "Oregon, USA", "Kerala, India", "Oaxaca, Mexico"];

/**
 * Adds generated variants of the demo products until the catalogue holds `target` products.
 * Used by the search benchmark; names and descriptions come from the real catalogue so
 * search has realistic text to rank.
 */
export async function seedScaledCatalog(target: number): Promise<number> {
  const db = getDb();
  const [{ n }] = await db.select({ n: count() }).from(products);
  const base = catalog.products;
  let added = 0;
  const batchSize = 500;
  for (let start = n; start < target; start += batchSize) {
    const rows = [];
    for (let i = start; i < Math.min(start + batchSize, target); i++) {
      const source = base[i % base.length];
      const quality = qualities[Math.floor(i / base.length) % qualities.length];
      rows.push({
        slug: `${source.slug}-${quality.toLowerCase()}-${i}`,
        name: `${quality} ${source.name} No. ${i}`,
        description: source.description,
        category: source.category,
        tags: source.tags,
        priceCents: source.priceCents + (i % 7) * 25,
        stock: i % 11 === 0 ? 0 : (i % 90) + 1,
        origin: origins[i % origins.length],
        sustainability: source.sustainability,
        image: categoryImage(source.category),
      });
    }
    const created = await db.insert(products).values(rows).onConflictDoNothing().returning({ id: products.id });
    added += created.length;
  }
  return added;
}

