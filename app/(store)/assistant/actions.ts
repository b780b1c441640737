"use server";

import { z } from "zod";
import { addRecipeToCart } from "@/lib/assistant/catalog";
import { requireCartId } from "@/lib/cart/cookie";

export type AddRecipeState =
  | { status: "ok"; title: string; added: { name: string; quantity: number; substituteFor: string | null }[]; notAdded: { name: string; reason: string }[] }
  | { status: "error"; message: string };

const recipeIdSchema = z.coerce.number().int().positive();

/** The recipe card's "Add ingredients to cart": the same rule as the assistant's tool, on the visitor's own cart. */
export async function addRecipeIngredientsToCart(recipeId: number): Promise<AddRecipeState> {
  const parsed = recipeIdSchema.safeParse(recipeId);
  if (!parsed.success) return { status: "error", message: "That recipe could not be found." };
  const cartId = await requireCartId();
  const result = await addRecipeToCart(cartId, parsed.data);
  if (!result.recipe) return { status: "error", message: "That recipe could not be found." };
  return {
    status: "ok",
    title: result.recipe.title,
    added: result.added.map(({ name, quantity, substituteFor }) => ({ name, quantity, substituteFor })),
    notAdded: result.notAdded,
  };
}
