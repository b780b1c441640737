import "server-only";
import { tool, zodSchema } from "ai";
import { addRecipeToCart, checkStock, findRecipes, searchProducts } from "@/lib/assistant/catalog";
import {
  addRecipeToCartInput,
  addRecipeToCartOutput,
  checkStockInput,
  checkStockOutput,
  findRecipesInput,
  findRecipesOutput,
  searchProductsInput,
  searchProductsOutput,
} from "./tool-schemas";

// Wrapped once: the JSON Schema sent to the model with every step is then computed once per process.
const inputSchemas = {
  searchProducts: zodSchema(searchProductsInput),
  checkStock: zodSchema(checkStockInput),
  findRecipes: zodSchema(findRecipesInput),
  addRecipeToCart: zodSchema(addRecipeToCartInput),
};

/** Tools that only read the catalogue; answers that used only these may be cached. */
export const READ_ONLY_TOOLS = new Set(["searchProducts", "checkStock", "findRecipes"]);

/**
 * The assistant's tools, for one request. They read the database when called, never a snapshot,
 * and `addRecipeToCart` writes to the cart of the person asking.
 */
export function assistantTools({ cartId }: { cartId: () => Promise<string> }) {
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
      execute: (input) => findRecipes(input),
    }),
    addRecipeToCart: tool({
      description: "Add a recipe's in-stock ingredients (or their in-stock substitutes) to the shopper's cart. Reports what could not be added.",
      inputSchema: inputSchemas.addRecipeToCart,
      outputSchema: addRecipeToCartOutput,
      execute: async ({ recipeId, includeOptional }) => addRecipeToCart(await cartId(), recipeId, { includeOptional }),
    }),
  };
}

export type AssistantTools = ReturnType<typeof assistantTools>;
