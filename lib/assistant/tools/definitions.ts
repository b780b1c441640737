import "server-only";
import { tool, zodSchema } from "ai";
import { addRecipeToCart, checkStock, findRecipes, searchProducts } from "./catalog";
import type { Locale } from "@/lib/i18n/locales";
import { deliveryCountries, listPlans, productDetails, shippingQuote } from "./shop-facts";
import {
  addRecipeToCartInput,
  addRecipeToCartOutput,
  checkStockInput,
  checkStockOutput,
  deliveryCountriesInput,
  deliveryCountriesOutput,
  findRecipesInput,
  listPlansInput,
  listPlansOutput,
  productDetailsInput,
  productDetailsOutput,
  shippingQuoteInput,
  shippingQuoteOutput,
  findRecipesOutput,
  searchProductsInput,
  searchProductsOutput,
} from "./schemas";

// Wrapped once: the JSON Schema sent to the model with every step is then computed once per process.
const inputSchemas = {
  searchProducts: zodSchema(searchProductsInput),
  checkStock: zodSchema(checkStockInput),
  findRecipes: zodSchema(findRecipesInput),
  addRecipeToCart: zodSchema(addRecipeToCartInput),
  productDetails: zodSchema(productDetailsInput),
  shippingQuote: zodSchema(shippingQuoteInput),
  listPlans: zodSchema(listPlansInput),
  deliveryCountries: zodSchema(deliveryCountriesInput),
};

/** Tools that only read the catalogue; answers that used only these may be cached. */
export const READ_ONLY_TOOLS = new Set(["searchProducts", "checkStock", "findRecipes", "productDetails", "shippingQuote", "listPlans", "deliveryCountries"]);

/**
 * The assistant's tools, for one request. They read the database when called, never a snapshot,
 * and `addRecipeToCart` writes to the cart of the person asking. Recipes come in `locale`, the
 * language of the question, where they are translated.
 */
export function assistantTools({ cartId, locale = "en" }: { cartId: () => Promise<string>; locale?: Locale }) {
  return {
    searchProducts: tool({
      description: "Search the shop's products by name, description and tags. Returns price (in cents), stock and a link for each.",
      inputSchema: inputSchemas.searchProducts,
      outputSchema: searchProductsOutput,
      execute: (input) => searchProducts(input),
    }),
    checkStock: tool({
      description: "Read the current stock and price of products by slug.",
      inputSchema: inputSchemas.checkStock,
      outputSchema: checkStockOutput,
      execute: ({ slugs }) => checkStock(slugs),
    }),
    findRecipes: tool({
      description:
        "Find recipes that can be cooked from what is in stock now, filtered by ingredients, diet, meal, budget, servings and time. " +
        "Each ingredient comes with its price, stock and, when sold out, an in-stock substitute. Also lists matching recipes that cannot be made and why.",
      inputSchema: inputSchemas.findRecipes,
      outputSchema: findRecipesOutput,
      execute: (input) => findRecipes(input, locale),
    }),
    addRecipeToCart: tool({
      description: "Add a recipe's in-stock ingredients (or their in-stock substitutes) to the shopper's cart. Reports what could not be added.",
      inputSchema: inputSchemas.addRecipeToCart,
      outputSchema: addRecipeToCartOutput,
      execute: async ({ recipeId, includeOptional, servings }) => addRecipeToCart(await cartId(), recipeId, { includeOptional, servings }, locale),
    }),
    productDetails: tool({
      description: "A product's facts from the database: where it is from (origin), sustainability notes, whether it is organic, its tags, price, stock and link.",
      inputSchema: inputSchemas.productDetails,
      outputSchema: productDetailsOutput,
      execute: (input) => productDetails(input),
    }),
    shippingQuote: tool({
      description: "The checkout's shipping rule; given the shopper's basket subtotal in cents, what shipping costs and how much more makes it free.",
      inputSchema: inputSchemas.shippingQuote,
      outputSchema: shippingQuoteOutput,
      execute: async (input) => shippingQuote(input),
    }),
    listPlans: tool({
      description: "The assistant plans with their prices, billing cadence, price per month and saving, and which is cheapest per month.",
      inputSchema: inputSchemas.listPlans,
      outputSchema: listPlansOutput,
      execute: async () => listPlans(),
    }),
    deliveryCountries: tool({
      description: "The countries the checkout delivers to; given a country, whether we deliver there.",
      inputSchema: inputSchemas.deliveryCountries,
      outputSchema: deliveryCountriesOutput,
      execute: async (input) => deliveryCountries(input),
    }),
  };
}

export type AssistantTools = ReturnType<typeof assistantTools>;
