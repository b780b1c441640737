import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/client";
import { products, recipeIngredients, recipes, recipeTranslations } from "@/db/schema";
import { addItem, cartRows } from "@/lib/cart";
import { searchProducts as searchCatalog } from "@/lib/catalog/queries";
import { searchWords } from "@/lib/catalog/search-query";
import { DIETS, productSuits, productTags, recipeDiets } from "./diets";
import { catalogVersion } from "@/lib/catalog/version";
import { translatedProductNames } from "@/lib/catalog/names";
import type { Locale } from "@/lib/i18n/locales";
import {
  stockStatus,
  type AddRecipeToCartOutput,
  type CheckStockOutput,
  type Diet,
  type FindRecipesInput,
  type FindRecipesOutput,
  type ProductSummary,
  type RecipeIngredient,
  type RecipeMatch,
  type SearchProductsOutput,
} from "./schemas";

/**
 * What the assistant's tools read and do, straight from the live database: every answer is
 * grounded in the stock and prices of this moment.
 */

type ProductRow = { id: number; slug: string; name: string; priceCents: number; stock: number; visible: boolean; tags: string[] };

function summarize(row: ProductRow): ProductSummary {
  const stock = row.visible ? row.stock : 0;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    priceCents: row.priceCents,
    stock,
    status: stockStatus(stock),
    url: `/shop/${row.slug}`,
    tags: productTags(row.tags),
  };
}

const productColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  priceCents: products.priceCents,
  stock: products.stock,
  visible: products.visible,
  tags: products.tags,
};

/** The shop's own search (the search box's words, fallbacks and ranking), read live. */
export async function searchProducts({
  query,
  inStockOnly = false,
  limit = 5,
}: {
  query: string;
  inStockOnly?: boolean;
  limit?: number;
}): Promise<SearchProductsOutput> {
  const found = await searchCatalog(query, { inStock: inStockOnly, limit });
  return { query, products: found.map((product) => summarize({ ...product, visible: true })) };
}

export async function checkStock(slugs: string[]): Promise<CheckStockOutput> {
  const unique = [...new Set(slugs)];
  const rows = await db.select(productColumns).from(products).where(inArray(products.slug, unique));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return {
    products: unique.flatMap((slug) => {
      const row = bySlug.get(slug);
      return row ? [summarize(row)] : [];
    }),
    notFound: unique.filter((slug) => !bySlug.has(slug)),
  };
}

function wordPattern(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}(?:y|ies)`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}(?:y|ies)`;
  if (/oes$/.test(word)) return `${word.slice(0, -2)}(?:es|s)?`;
  if (/(ch|sh|x|ss)es$/.test(word)) return `${word.slice(0, -2)}(?:es)?`;
  if (/[^s]s$/.test(word)) return `${word.slice(0, -1)}(?:s|es)?`;
  return `${word}(?:s|es)?`;
}

/** "Chickpeas", "chickpea" and "chick-peas" all find "Chickpeas in Water"; "berries" finds "Blueberry". */
export function ingredientPattern(term: string): RegExp {
  const words = term
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(wordPattern);
  return new RegExp(`\\b${words.join("[\\s-]*")}\\b`, "iu");
}

function matchesTerm(product: { name: string; slug: string }, pattern: RegExp): boolean {
  return pattern.test(product.name) || pattern.test(product.slug.replace(/-/g, " "));
}

const substitutes = alias(products, "substitutes");

type RecipeEntry = { recipe: typeof recipes.$inferSelect; ingredients: RecipeIngredient[] };

let memo: { version: number; entries: RecipeEntry[] } | undefined;

async function loadRecipes(): Promise<RecipeEntry[]> {
  const version = await catalogVersion();
  if (memo?.version === version) return memo.entries;
  const entries = await readRecipes();
  // Remembered only if nothing changed while reading, so the entries match the version exactly.
  if ((await catalogVersion()) === version) memo = { version, entries };
  return entries;
}

async function readRecipes(): Promise<RecipeEntry[]> {
  const [recipeRows, ingredientRows] = await Promise.all([
    db.select().from(recipes).orderBy(recipes.id),
    db
      .select({
        recipeId: recipeIngredients.recipeId,
        quantity: recipeIngredients.quantity,
        units: recipeIngredients.units,
        optional: recipeIngredients.optional,
        product: productColumns,
        substitute: {
          id: substitutes.id,
          slug: substitutes.slug,
          name: substitutes.name,
          priceCents: substitutes.priceCents,
          stock: substitutes.stock,
          visible: substitutes.visible,
          tags: substitutes.tags,
        },
      })
      .from(recipeIngredients)
      .innerJoin(products, eq(products.id, recipeIngredients.productId))
      .leftJoin(substitutes, eq(substitutes.id, recipeIngredients.substituteProductId))
      .orderBy(recipeIngredients.recipeId, recipeIngredients.optional, recipeIngredients.id),
  ]);
  const ingredientsByRecipe = new Map<number, RecipeIngredient[]>();
  for (const row of ingredientRows) {
    const product = summarize(row.product);
    const substitute = row.substitute ? summarize(row.substitute) : null;
    const usable = product.status !== "sold_out" ? product : substitute && substitute.status !== "sold_out" ? substitute : null;
    const list = ingredientsByRecipe.get(row.recipeId) ?? [];
    list.push({
      product,
      quantity: row.quantity,
      units: row.units,
      optional: row.optional,
      substitute: product.status === "sold_out" && usable ? usable : null,
      available: usable !== null,
      lineCents: (usable ?? product).priceCents * row.units,
    });
    ingredientsByRecipe.set(row.recipeId, list);
  }
  return recipeRows.map((recipe) => ({ recipe, ingredients: ingredientsByRecipe.get(recipe.id) ?? [] }));
}

/**
 * A recipe for more (or fewer) people: whole packs, rounded up, so "for 8" of a recipe for 4
 * buys twice the units and costs what those packs cost.
 */
export function scaleIngredients(ingredients: RecipeIngredient[], baseServings: number, servings: number): RecipeIngredient[] {
  if (servings === baseServings || baseServings <= 0) return ingredients;
  const factor = servings / baseServings;
  const shown = Number.isInteger(factor) ? String(factor) : factor.toFixed(2).replace(/0+$/, "");
  return ingredients.map((ingredient) => {
    const units = Math.max(1, Math.ceil(ingredient.units * factor - 1e-9));
    const price = (ingredient.substitute ?? ingredient.product).priceCents;
    return { ...ingredient, units, quantity: `${ingredient.quantity} × ${shown}`, lineCents: price * units };
  });
}

function titleScore(title: string, query: string | undefined): number {
  const words = searchWords(query ?? "").filter((word) => word.length > 2);
  if (words.length === 0) return 0;
  const haystack = title.toLowerCase();
  return words.filter((word) => haystack.includes(word.replace(/s$/, ""))).length / words.length;
}

/**
 * Recipes that can be cooked from what is in stock now: every required ingredient is in stock,
 * or sold out with an in-stock substitute. Recipes that fit the request but cannot be cooked
 * (or cost more than the budget) are returned as `excluded`, so the answer can say why.
 */
export async function findRecipes(input: FindRecipesInput, locale: Locale = "en"): Promise<FindRecipesOutput> {
  const limit = input.limit ?? 3;
  const diet: Diet[] = input.diet ?? [];
  const terms = [...new Set((input.ingredients ?? []).map((term) => term.trim().toLowerCase()).filter(Boolean))];
  const patterns = terms.map((term) => ({ term, pattern: ingredientPattern(term) }));

  const avoided = (input.excludeIngredients ?? []).map((term) => ingredientPattern(term));
  const [everything, translations] = await Promise.all([loadRecipes(), recipeTexts(locale)]);
  // A recipe asked for by name may be named in the shopper's language (the title an earlier answer showed).
  const titleMatch = (recipe: { id: number; title: string }) =>
    Math.max(titleScore(recipe.title, input.query), titleScore(translations.get(recipe.id)?.title ?? "", input.query));
  // Only an ingredient no recipe uses needs the whole catalogue to tell "not a recipe" from "not sold".
  const unmatched = patterns.filter(({ pattern }) =>
    !everything.some(({ ingredients }) => ingredients.some(({ product, substitute }) => matchesTerm(product, pattern) || (substitute && matchesTerm(substitute, pattern)))),
  );
  const catalogue = unmatched.length
    ? await db.select({ name: products.name, slug: products.slug }).from(products).where(eq(products.visible, true))
    : [];
  const unknownIngredients = unmatched.filter(({ pattern }) => !catalogue.some((product) => matchesTerm(product, pattern))).map(({ term }) => term);

  const candidates = everything
    .filter(({ recipe }) => !input.meal || recipe.meal === input.meal)
    .filter(({ recipe }) => !input.cuisine || recipe.tags.includes(input.cuisine))
    .filter(({ recipe }) => !input.maxMinutes || recipe.minutes <= input.maxMinutes)
    .map((entry) => {
      const matchedIngredients = patterns
        .filter(({ pattern }) => entry.ingredients.some(({ product, substitute }) => matchesTerm(product, pattern) || (substitute && matchesTerm(substitute, pattern))))
        .map(({ term }) => term);
      return { ...entry, matchedIngredients, titleScore: titleMatch(entry.recipe) };
    })
    .filter((entry) => patterns.length === 0 || entry.matchedIngredients.length > 0)
    .filter((entry) => !avoided.some((pattern) => entry.ingredients.some(({ product, optional }) => !optional && matchesTerm(product, pattern))))
    .map((entry) => ({ ...entry, ingredients: entry.ingredients.filter(({ product }) => !avoided.some((pattern) => matchesTerm(product, pattern))) }))
    .filter((entry) => !input.query || entry.titleScore > 0);

  const cookable: RecipeMatch[] = [];
  const excluded: FindRecipesOutput["excluded"] = [];
  const unsuited: FindRecipesOutput["excluded"] = [];
  for (const { recipe, ingredients: all, matchedIngredients } of candidates) {
    const bought = (ingredient: RecipeIngredient) => ingredient.substitute ?? ingredient.product;
    const tags = [
      ...recipeDiets(all.filter((ingredient) => !ingredient.optional).map((ingredient) => bought(ingredient).tags)),
      ...recipe.tags.filter((tag) => !(DIETS as readonly string[]).includes(tag)),
    ];
    const broken = diet.filter((tag) => !tags.includes(tag));
    if (broken.length > 0) {
      const offending = all
        .filter((ingredient) => !ingredient.optional && broken.some((tag) => !productSuits(bought(ingredient).tags, tag)))
        .map((ingredient) => bought(ingredient).name);
      unsuited.push({ id: recipe.id, title: recipe.title, reason: "diet", missing: offending, diets: broken, totalCents: 0 });
      continue;
    }
    // An optional extra that breaks a diet asked for is left out of the list rather than offered.
    const servings = input.servings ?? recipe.servings;
    const ingredients = scaleIngredients(
      all.filter((ingredient) => !ingredient.optional || diet.every((tag) => productSuits(bought(ingredient).tags, tag))),
      recipe.servings,
      servings,
    );
    const required = ingredients.filter((ingredient) => !ingredient.optional);
    const missing = required.filter((ingredient) => !ingredient.available).map((ingredient) => ingredient.product.name);
    const totalCents = required.filter((ingredient) => ingredient.available).reduce((sum, ingredient) => sum + ingredient.lineCents, 0);
    if (missing.length > 0) {
      excluded.push({ id: recipe.id, title: recipe.title, reason: "sold_out", missing, totalCents });
      continue;
    }
    cookable.push({
      id: recipe.id,
      slug: recipe.slug,
      title: recipe.title,
      summary: recipe.summary,
      meal: recipe.meal,
      servings,
      baseServings: recipe.servings,
      minutes: recipe.minutes,
      tags,
      steps: recipe.steps,
      totalCents,
      withinBudget: input.maxTotalCents === undefined ? null : totalCents <= input.maxTotalCents,
      matchedIngredients,
      ingredients,
    });
  }

  const score = (recipe: RecipeMatch) =>
    recipe.matchedIngredients.length * 10 + titleMatch(recipe) * 10 - recipe.ingredients.filter((i) => i.substitute).length;
  const affordable = cookable.filter((recipe) => recipe.withinBudget !== false);
  // Nothing within budget: the closest (cheapest) recipes, marked as over it, beat an empty answer.
  const chosen = affordable.length > 0
    ? affordable.sort((a, b) => score(b) - score(a) || a.totalCents - b.totalCents || a.id - b.id)
    : input.strictBudget
      ? []
      : cookable.sort((a, b) => a.totalCents - b.totalCents || score(b) - score(a) || a.id - b.id);
  for (const recipe of cookable) {
    if (affordable.length > 0 && recipe.withinBudget === false) {
      excluded.push({ id: recipe.id, title: recipe.title, reason: "over_budget", missing: [], totalCents: recipe.totalCents });
    }
  }
  // A recipe asked for by name or ingredient that breaks a diet is named with the reason; so is
  // every near miss when nothing fits, so a diet is never dropped without a word.
  const named = patterns.length > 0 || Boolean(input.query);
  const dietNotes = named || cookable.length === 0 ? unsuited.filter((entry) => entry.missing.length > 0 || !named) : [];
  const found = { recipes: chosen.slice(0, limit), excluded: [...dietNotes, ...excluded].slice(0, 5), unknownIngredients };
  const names = await translatedProductNames(found.recipes.flatMap(({ ingredients }) => ingredients.flatMap(productIdsOf)), locale);
  return inLanguage(
    { ...found, recipes: found.recipes.map((recipe) => ({ ...recipe, ingredients: namedIn(recipe.ingredients, names) })) },
    translations,
  );
}

const productIdsOf = ({ product, substitute }: RecipeIngredient) => (substitute ? [product.id, substitute.id] : [product.id]);

/** Ingredients naming their products and substitutes as `names` has them (a translation), else as they are. */
function namedIn<Ingredient extends RecipeIngredient>(ingredients: Ingredient[], names: Map<number, string>): Ingredient[] {
  if (names.size === 0) return ingredients;
  const named = <Product extends { id: number; name: string }>(product: Product): Product => ({ ...product, name: names.get(product.id) ?? product.name });
  return ingredients.map((ingredient) => ({ ...ingredient, product: named(ingredient.product), substitute: ingredient.substitute && named(ingredient.substitute) }));
}

type RecipeText = { title: string; summary: string; steps: string[] | null };

/** Every recipe's translated text in `locale`, by recipe id: none for English. */
async function recipeTexts(locale: Locale, ids?: number[]): Promise<Map<number, RecipeText>> {
  if (locale === "en") return new Map();
  const rows = await db
    .select({ id: recipeTranslations.recipeId, title: recipeTranslations.title, summary: recipeTranslations.summary, steps: recipeTranslations.steps })
    .from(recipeTranslations)
    .where(ids ? and(eq(recipeTranslations.locale, locale), inArray(recipeTranslations.recipeId, ids)) : eq(recipeTranslations.locale, locale));
  return new Map(rows.map(({ id, ...text }) => [id, text]));
}

/**
 * The recipes found, in the shopper's language where the recipe has a translation (title, summary
 * and method; steps fall back to English as a whole), English otherwise. Ingredients and filters
 * match the English, so which recipes are found never depends on the language.
 */
function inLanguage(found: FindRecipesOutput, text: Map<number, RecipeText>): FindRecipesOutput {
  if (text.size === 0) return found;
  return {
    ...found,
    recipes: found.recipes.map((recipe) => {
      const translated = text.get(recipe.id);
      if (!translated) return recipe;
      const steps = translated.steps?.length === recipe.steps.length ? translated.steps : recipe.steps;
      return { ...recipe, title: translated.title, summary: translated.summary, steps };
    }),
    excluded: found.excluded.map((recipe) => ({ ...recipe, title: text.get(recipe.id)?.title ?? recipe.title })),
  };
}

/**
 * Puts a recipe's ingredients in the cart: each in-stock product (or, when it is sold out, its
 * in-stock substitute) once per unit the recipe needs. What cannot be added is reported with
 * the reason, never silently dropped. The recipe is named in `locale` where it is translated.
 */
export async function addRecipeToCart(
  cartId: string,
  recipeId: number,
  { includeOptional = false, servings }: { includeOptional?: boolean; servings?: number } = {},
  locale: Locale = "en",
): Promise<AddRecipeToCartOutput> {
  const [[found], translated] = await Promise.all([
    db.select({ id: recipes.id, title: recipes.title }).from(recipes).where(eq(recipes.id, recipeId)),
    recipeTexts(locale, [recipeId]),
  ]);
  const recipe = found && { ...found, title: translated.get(recipeId)?.title ?? found.title };
  if (!recipe) return { recipe: null, added: [], notAdded: [{ name: `Recipe ${recipeId}`, reason: "That recipe does not exist.", problem: "no_recipe" }] };
  const entry = (await loadRecipes()).find((candidate) => candidate.recipe.id === recipeId);
  const result: AddRecipeToCartOutput = { recipe, added: [], notAdded: [] };
  const scaled = entry ? scaleIngredients(entry.ingredients, entry.recipe.servings, servings ?? entry.recipe.servings) : [];
  // The answer names what went in the cart in the shopper's language, as the card does.
  const ingredients = namedIn(scaled, await translatedProductNames(scaled.flatMap(productIdsOf), locale));
  for (const ingredient of ingredients) {
    if (ingredient.optional && !includeOptional) continue;
    const chosen = ingredient.substitute ?? ingredient.product;
    if (!ingredient.available) {
      result.notAdded.push({ name: ingredient.product.name, reason: "Sold out, and there is no substitute in stock.", problem: "no_substitute" });
      continue;
    }
    const added = await addItem(cartId, chosen.id, ingredient.units);
    if (added.ok) {
      result.added.push({
        productId: chosen.id,
        name: chosen.name,
        quantity: ingredient.units,
        substituteFor: ingredient.substitute ? ingredient.product.name : null,
      });
    } else {
      result.notAdded.push({ name: chosen.name, reason: added.message, problem: added.problem, left: added.left, room: added.room, max: added.max });
    }
  }
  return result;
}

/**
 * The recipe's ingredients already in the cart, when every one "Add ingredients to cart" would add
 * is there in at least that quantity: pressing it again would only double them. Null otherwise.
 */
export async function recipeAlreadyInCart(cartId: string, recipeId: number, servings?: number): Promise<{ name: string; quantity: number }[] | null> {
  const entry = (await loadRecipes()).find((candidate) => candidate.recipe.id === recipeId);
  if (!entry) return null;
  const wanted = scaleIngredients(entry.ingredients, entry.recipe.servings, servings ?? entry.recipe.servings).filter((ingredient) => !ingredient.optional && ingredient.available);
  if (wanted.length === 0) return null;
  const inCart = new Map((await cartRows(cartId)).map((row) => [row.productId, row]));
  const held = wanted.map((ingredient) => {
    const chosen = ingredient.substitute ?? ingredient.product;
    return { line: inCart.get(chosen.id), units: ingredient.units };
  });
  if (!held.every(({ line, units }) => line !== undefined && line.quantity >= units)) return null;
  return held.flatMap(({ line }) => (line ? [{ name: line.name, quantity: line.quantity }] : []));
}
