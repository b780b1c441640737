"use server";

import { z } from "zod";
import { addRecipeToCart } from "@/lib/assistant/catalog";
import { currentUser } from "@/lib/auth";
import { requireCartId } from "@/lib/cart/cookie";

export type AddRecipeState =
  | { status: "ok"; title: string; added: { name: string; quantity: number; substituteFor: string | null }[]; notAdded: { name: string; reason: string }[] }
  | { status: "error"; message: string };

const recipeIdSchema = z.coerce.number().int().positive();
const servingsSchema = z.coerce.number().int().min(1).max(20).optional();

/** The recipe card's "Add ingredients to cart": the same rule as the assistant's tool, on the visitor's own cart. */
export async function addRecipeIngredientsToCart(recipeId: number, servings?: number): Promise<AddRecipeState> {
  const parsed = recipeIdSchema.safeParse(recipeId);
  if (!parsed.success) return { status: "error", message: "That recipe could not be found." };
  const people = servingsSchema.safeParse(servings);
  if (!people.success) return { status: "error", message: "Servings must be a whole number from 1 to 20." };
  const cartId = await requireCartId((await currentUser())?.id);
  const result = await addRecipeToCart(cartId, parsed.data, { servings: people.data });
  if (!result.recipe) return { status: "error", message: "That recipe could not be found." };
  return {
    status: "ok",
    title: result.recipe.title,
    added: result.added.map(({ name, quantity, substituteFor }) => ({ name, quantity, substituteFor })),
    notAdded: result.notAdded,
  };
}
