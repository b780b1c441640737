import { z } from "zod";
import { TOOL_STOCK_STATUS, toolStockStatus } from "@/lib/catalog/stock";
import { CUISINES } from "./cuisines";
import { DIETS } from "./diets";

/**
 * Inputs and outputs of the assistant's tools. The outputs are parsed again wherever they are
 * read back (the local model reads them from its prompt, the chat box from stored messages),
 * because by then they are data from outside the process.
 *
 * Client-safe and pure: the chat box, the tool handlers and the local model read the tools'
 * contract here. The local model imports nothing else of the assistant, so the cuisines and
 * diets its answers name (and what a product tag means for a diet) come through this module.
 */

export { CUISINES, type Cuisine } from "./cuisines";
export { DIETS, productSuits, productTags, type DietTag } from "./diets";

export const stockStatusSchema = z.enum(Object.values(TOOL_STOCK_STATUS));
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

export const searchProductsOutput = z.object({
  query: z.string(),
  products: z.array(productSummarySchema),
});
export type SearchProductsOutput = z.infer<typeof searchProductsOutput>;

// ---------------------------------------------------------------------------- checkStock

export const checkStockInput = z.object({
  slugs: z.array(z.string().trim().min(1).max(120)).min(1).max(20).describe("Product slugs, as returned by searchProducts or findRecipes"),
});

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
  excludeIngredients: z
    .array(z.string().trim().min(1).max(40))
    .max(6)
    .optional()
    .describe("Ingredients the recipe must not need, e.g. ['onions']"),
  diet: z.array(dietSchema).max(6).optional().describe("Every diet the recipe must suit, checked on every ingredient (high-protein: at least one high-protein ingredient)"),
  meal: mealSchema.optional(),
  cuisine: z.enum(CUISINES).optional().describe("Only recipes of this cuisine, e.g. 'thai' for 'a Thai curry'"),
  maxTotalCents: z.number().int().positive().optional().describe("Budget for the ingredients to buy, in cents"),
  strictBudget: z.boolean().optional().describe("Only recipes within maxTotalCents; without it, the closest recipes are returned when none fits (use it for 'something cheaper')"),
  servings: z.number().int().min(1).max(20).optional().describe("Cook for this many people: every recipe's quantities and cost are scaled to it"),
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
  /** The servings the quantities and cost are for: the servings asked for, or the recipe's own. */
  servings: z.number().int(),
  /** What the recipe as written serves. */
  baseServings: z.number().int(),
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
  servings: z.number().int().min(1).max(20).optional().describe("Scale the quantities to this many servings"),
});

export const addRecipeToCartOutput = z.object({
  recipe: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  added: z.array(
    z.object({ productId: z.number().int(), name: z.string(), quantity: z.number().int(), substituteFor: z.string().nullable() }),
  ),
  notAdded: z.array(
    z.object({
      name: z.string(),
      /** In English, for a model to word as it likes. */
      reason: z.string(),
      /** The same reason as data, so the local model can say it in the shopper's language (absent in older stored answers). */
      problem: z.enum(["no_recipe", "no_substitute", "unavailable", "sold_out", "stock_limit", "line_limit"]).optional(),
      /** stock_limit: how many are in stock and how many more fit in this cart; line_limit: the most of one item per order. */
      left: z.number().int().optional(),
      room: z.number().int().optional(),
      max: z.number().int().optional(),
    }),
  ),
});
export type AddRecipeToCartOutput = z.infer<typeof addRecipeToCartOutput>;

// ---------------------------------------------------------------------------- productDetails

export const productDetailsInput = z.object({
  query: z.string().trim().min(1).max(100).describe("Words naming the product, e.g. 'tea' or 'rice'"),
  limit: z.number().int().min(1).max(5).optional().describe("How many products to return (default 3)"),
});

export const productDetailSchema = productSummarySchema.extend({
  description: z.string(),
  origin: z.string(),
  sustainability: z.string(),
  organic: z.boolean(),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;

export const productDetailsOutput = z.object({ query: z.string(), products: z.array(productDetailSchema) });
export type ProductDetailsOutput = z.infer<typeof productDetailsOutput>;

// ---------------------------------------------------------------------------- shippingQuote

export const shippingQuoteInput = z.object({
  subtotalCents: z.number().int().min(0).max(100_000_00).optional().describe("What the shopper's basket comes to, in cents, if they said"),
});

export const shippingQuoteOutput = z.object({
  rule: z.string(),
  flatShippingCents: z.number().int(),
  freeShippingFromCents: z.number().int(),
  subtotalCents: z.number().int().nullable(),
  /** What shipping costs on that subtotal; null without one. */
  shippingCents: z.number().int().nullable(),
  /** How much more to spend for free shipping; 0 once it is free, null without a subtotal. */
  missingForFreeCents: z.number().int().nullable(),
});
export type ShippingQuoteOutput = z.infer<typeof shippingQuoteOutput>;

// ---------------------------------------------------------------------------- listPlans

export const listPlansInput = z.object({});
export const planSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  amountCents: z.number().int(),
  cadence: z.string(),
  months: z.number().int(),
  perMonthCents: z.number().int(),
  savingPercent: z.number().int(),
});
export const listPlansOutput = z.object({
  plans: z.array(planSummarySchema),
  /** The plan with the lowest price per month. */
  cheapestPerMonth: z.string(),
  url: z.string(),
});
export type ListPlansOutput = z.infer<typeof listPlansOutput>;

// ---------------------------------------------------------------------------- deliveryCountries

export const deliveryCountriesInput = z.object({
  country: z.string().trim().min(2).max(60).optional().describe("A country the shopper asked about, by name or ISO code"),
});
export const deliveryCountriesOutput = z.object({
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The country asked about and whether the checkout ships there; null when none was asked. */
  asked: z.object({ query: z.string(), name: z.string().nullable(), ships: z.boolean() }).nullable(),
});
export type DeliveryCountriesOutput = z.infer<typeof deliveryCountriesOutput>;

/** A product's stock level as the tools report it (the rule itself is lib/catalog/stock.ts). */
export const stockStatus: (stock: number) => StockStatus = toolStockStatus;

/** The tools' shapes without their implementations: enough to validate stored messages anywhere. */
export const toolShapes = {
  searchProducts: { inputSchema: searchProductsInput, outputSchema: searchProductsOutput },
  checkStock: { inputSchema: checkStockInput, outputSchema: checkStockOutput },
  findRecipes: { inputSchema: findRecipesInput, outputSchema: findRecipesOutput },
  addRecipeToCart: { inputSchema: addRecipeToCartInput, outputSchema: addRecipeToCartOutput },
  productDetails: { inputSchema: productDetailsInput, outputSchema: productDetailsOutput },
  shippingQuote: { inputSchema: shippingQuoteInput, outputSchema: shippingQuoteOutput },
  listPlans: { inputSchema: listPlansInput, outputSchema: listPlansOutput },
  deliveryCountries: { inputSchema: deliveryCountriesInput, outputSchema: deliveryCountriesOutput },
};
