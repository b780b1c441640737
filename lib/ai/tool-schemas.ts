import { z } from "zod";
import { DIETS } from "./diets";

/**
 * Inputs and outputs of the assistant's tools. The outputs are parsed again wherever they are
 * read back (the local model reads them from its prompt, the chat box from stored messages),
 * because by then they are data from outside the process.
 */

export const LOW_STOCK = 5;

export const stockStatusSchema = z.enum(["in_stock", "low_stock", "sold_out"]);
export type StockStatus = z.infer<typeof stockStatusSchema>;

export const productSummarySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  priceCents: z.number().int(),
  stock: z.number().int(),
  status: stockStatusSchema,
  url: z.string(),
  /** The product's tags (diets, organic, fair-trade…), with what they imply (vegan is dairy-free). */
  tags: z.array(z.string()),
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const dietSchema = z.enum(DIETS);
export type Diet = z.infer<typeof dietSchema>;
export const mealSchema = z.enum(["breakfast", "lunch", "dinner", "snack", "dessert"]);
export type Meal = z.infer<typeof mealSchema>;

// ---------------------------------------------------------------------------- searchProducts

export const searchProductsInput = z.object({
  query: z.string().trim().min(1).max(100).describe("Words to look for in product names, descriptions and tags, e.g. 'chickpeas'"),
  inStockOnly: z.boolean().optional().describe("Only return products that can be bought now"),
  limit: z.number().int().min(1).max(10).optional().describe("How many products to return (default 5)"),
});
export type SearchProductsInput = z.infer<typeof searchProductsInput>;

export const searchProductsOutput = z.object({
  query: z.string(),
  products: z.array(productSummarySchema),
});
export type SearchProductsOutput = z.infer<typeof searchProductsOutput>;

// ---------------------------------------------------------------------------- checkStock

export const checkStockInput = z.object({
  slugs: z.array(z.string().trim().min(1).max(120)).min(1).max(20).describe("Product slugs, as returned by searchProducts or findRecipes"),
});
export type CheckStockInput = z.infer<typeof checkStockInput>;

export const checkStockOutput = z.object({
  products: z.array(productSummarySchema),
  notFound: z.array(z.string()),
});
export type CheckStockOutput = z.infer<typeof checkStockOutput>;

// ---------------------------------------------------------------------------- findRecipes

export const findRecipesInput = z.object({
  ingredients: z
    .array(z.string().trim().min(1).max(40))
    .max(6)
    .optional()
    .describe("Ingredients the shopper wants to use, e.g. ['chickpeas', 'spinach']"),
  query: z.string().trim().max(100).optional().describe("Words from a recipe's title, e.g. 'coconut curry'"),
  diet: z.array(dietSchema).max(6).optional().describe("Every diet the recipe must suit, checked on every ingredient (high-protein: at least one high-protein ingredient)"),
  meal: mealSchema.optional(),
  maxTotalCents: z.number().int().positive().optional().describe("Budget for the ingredients to buy, in cents"),
  servings: z.number().int().min(1).max(20).optional().describe("At least this many servings"),
  maxMinutes: z.number().int().positive().max(600).optional().describe("Ready within this many minutes"),
  limit: z.number().int().min(1).max(5).optional().describe("How many recipes to return (default 3)"),
});
export type FindRecipesInput = z.infer<typeof findRecipesInput>;

export const recipeIngredientSchema = z.object({
  product: productSummarySchema,
  quantity: z.string(),
  units: z.number().int(),
  optional: z.boolean(),
  /** The in-stock product to buy instead, when `product` is sold out. */
  substitute: productSummarySchema.nullable(),
  /** Whether this ingredient can be bought now (itself or its substitute). */
  available: z.boolean(),
  /** What buying it costs now: units × the price of the product or its substitute. */
  lineCents: z.number().int(),
});
export type RecipeIngredient = z.infer<typeof recipeIngredientSchema>;

export const recipeMatchSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  meal: mealSchema,
  servings: z.number().int(),
  minutes: z.number().int(),
  tags: z.array(z.string()),
  steps: z.array(z.string()),
  /** The required ingredients, bought at today's prices. */
  totalCents: z.number().int(),
  /** Whether `totalCents` is within the budget asked for; null when no budget was given. */
  withinBudget: z.boolean().nullable(),
  matchedIngredients: z.array(z.string()),
  ingredients: z.array(recipeIngredientSchema),
});
export type RecipeMatch = z.infer<typeof recipeMatchSchema>;

export const excludedRecipeSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  reason: z.enum(["sold_out", "over_budget", "diet"]),
  /** Sold out: the ingredients that are. Diet: the ingredients that break it. */
  missing: z.array(z.string()),
  /** Diet: the diets asked for that the recipe does not keep. */
  diets: z.array(z.string()).optional(),
  totalCents: z.number().int(),
});

export const findRecipesOutput = z.object({
  /** Recipes that fit every filter; when none fits the budget, the cheapest that fit the rest (withinBudget false). */
  recipes: z.array(recipeMatchSchema),
  /** Recipes that matched the request but cannot be recommended now, and why. */
  excluded: z.array(excludedRecipeSchema),
  /** Requested ingredients the shop does not sell at all. */
  unknownIngredients: z.array(z.string()),
});
export type FindRecipesOutput = z.infer<typeof findRecipesOutput>;

// ---------------------------------------------------------------------------- addRecipeToCart

export const addRecipeToCartInput = z.object({
  recipeId: z.number().int().positive().describe("The id of a recipe returned by findRecipes"),
  includeOptional: z.boolean().optional().describe("Also add the optional ingredients"),
});
export type AddRecipeToCartInput = z.infer<typeof addRecipeToCartInput>;

export const addRecipeToCartOutput = z.object({
  recipe: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  added: z.array(
    z.object({ productId: z.number().int(), name: z.string(), quantity: z.number().int(), substituteFor: z.string().nullable() }),
  ),
  notAdded: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type AddRecipeToCartOutput = z.infer<typeof addRecipeToCartOutput>;

export function stockStatus(stock: number): StockStatus {
  if (stock <= 0) return "sold_out";
  return stock <= LOW_STOCK ? "low_stock" : "in_stock";
}

/** The tools' shapes without their implementations: enough to validate stored messages anywhere. */
export const toolShapes = {
  searchProducts: { inputSchema: searchProductsInput, outputSchema: searchProductsOutput },
  checkStock: { inputSchema: checkStockInput, outputSchema: checkStockOutput },
  findRecipes: { inputSchema: findRecipesInput, outputSchema: findRecipesOutput },
  addRecipeToCart: { inputSchema: addRecipeToCartInput, outputSchema: addRecipeToCartOutput },
};
