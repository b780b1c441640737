"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addRecipeToCart } from "@/lib/assistant/tools/catalog";
import { MAX_CONVERSATION_TITLE_CHARS } from "@/lib/assistant/client";
import { currentAssistantVisitor } from "@/lib/assistant/owner";
import { deleteThread, renameThread } from "@/lib/assistant/threads";
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

export type ConversationActionState =
  | { status: "ok"; title?: string }
  | { status: "invalid"; message: string; fieldErrors: { threadId?: string[]; title?: string[] } }
  | { status: "error"; message: string };

const threadIdSchema = z.string({ message: "Choose a conversation." }).trim().min(1, "Choose a conversation.").max(100, "That conversation could not be found.");
const renameInput = z.object({
  threadId: threadIdSchema,
  title: z
    .string({ message: "Give the conversation a name." })
    .transform((title) => title.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, "Give the conversation a name.")
        .max(MAX_CONVERSATION_TITLE_CHARS, `Names can be at most ${MAX_CONVERSATION_TITLE_CHARS} characters.`),
    ),
});
const deleteInput = z.object({ threadId: threadIdSchema });

const NOT_YOURS = "That conversation could not be found. It may have been deleted.";

function invalid(error: z.ZodError<{ threadId: string; title?: string }>): ConversationActionState {
  const fieldErrors = z.flattenError(error).fieldErrors;
  return { status: "invalid", message: fieldErrors.title?.[0] ?? fieldErrors.threadId?.[0] ?? "Check the form and try again.", fieldErrors };
}

/** Renames one of the visitor's own conversations (an account's, or a guest device's). */
export async function renameConversation(input: unknown): Promise<ConversationActionState> {
  const parsed = renameInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { owner } = await currentAssistantVisitor();
  if (!(await renameThread(parsed.data.threadId, owner, parsed.data.title))) return { status: "error", message: NOT_YOURS };
  revalidatePath("/assistant");
  return { status: "ok", title: parsed.data.title };
}

/** Deletes one of the visitor's own conversations with its messages. */
export async function deleteConversation(input: unknown): Promise<ConversationActionState> {
  const parsed = deleteInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { owner } = await currentAssistantVisitor();
  if (!(await deleteThread(parsed.data.threadId, owner))) return { status: "error", message: NOT_YOURS };
  revalidatePath("/assistant");
  return { status: "ok" };
}
