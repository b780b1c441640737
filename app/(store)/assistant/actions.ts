"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addRecipeToCart, recipeAlreadyInCart } from "@/lib/assistant/tools/catalog";
import { MAX_CONVERSATION_TITLE_CHARS } from "@/lib/assistant/client";
import { currentAssistantVisitor } from "@/lib/assistant/owner";
import { deleteThread, renameThread } from "@/lib/assistant/threads";
import type { AddRecipeToCartOutput } from "@/lib/assistant/tools/schemas";
import { currentUser } from "@/lib/auth";
import { requireCartId } from "@/lib/cart/cookie";
import { requestTranslator } from "@/lib/i18n/server";

export type AddRecipeState =
  | { status: "ok"; title: string; added: { name: string; quantity: number; substituteFor: string | null }[]; notAdded: AddRecipeToCartOutput["notAdded"] }
  /** Everything the recipe needs is in the cart already: nothing was added, `inCart` says what is there. */
  | { status: "already"; inCart: { name: string; quantity: number }[] }
  | { status: "error"; message: string };

const recipeIdSchema = z.coerce.number().int().positive();
const servingsSchema = z.coerce.number().int().min(1).max(20).optional();

/**
 * The recipe card's "Add ingredients to cart": the same rule as the assistant's tool, on the
 * visitor's own cart. Pressed again with the ingredients already there, it adds nothing and says
 * so, unless `again` (the shopper chose to buy a second set).
 */
export async function addRecipeIngredientsToCart(recipeId: number, servings?: number, again = false): Promise<AddRecipeState> {
  const t = await requestTranslator("AssistantActions");
  const parsed = recipeIdSchema.safeParse(recipeId);
  if (!parsed.success) return { status: "error", message: t("recipeNotFound") };
  const people = servingsSchema.safeParse(servings);
  if (!people.success) return { status: "error", message: t("servings") };
  const cartId = await requireCartId((await currentUser())?.id);
  if (again !== true) {
    const inCart = await recipeAlreadyInCart(cartId, parsed.data, people.data);
    if (inCart) return { status: "already", inCart };
  }
  const result = await addRecipeToCart(cartId, parsed.data, { servings: people.data });
  if (!result.recipe) return { status: "error", message: t("recipeNotFound") };
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

type Translate = Awaited<ReturnType<typeof requestTranslator<"AssistantActions">>>;

function threadIdSchema(t: Translate) {
  return z.string({ message: t("chooseConversation") }).trim().min(1, t("chooseConversation")).max(100, t("conversationNotFound"));
}

function renameInput(t: Translate) {
  return z.object({
    threadId: threadIdSchema(t),
    title: z
      .string({ message: t("nameRequired") })
      .transform((title) => title.replace(/\s+/g, " ").trim())
      .pipe(z.string().min(1, t("nameRequired")).max(MAX_CONVERSATION_TITLE_CHARS, t("nameTooLong", { max: MAX_CONVERSATION_TITLE_CHARS }))),
  });
}

function invalid(error: z.ZodError<{ threadId: string; title?: string }>, t: Translate): ConversationActionState {
  const fieldErrors = z.flattenError(error).fieldErrors;
  return { status: "invalid", message: fieldErrors.title?.[0] ?? fieldErrors.threadId?.[0] ?? t("checkForm"), fieldErrors };
}

/** Renames one of the visitor's own conversations (an account's, or a guest device's). */
export async function renameConversation(input: unknown): Promise<ConversationActionState> {
  const t = await requestTranslator("AssistantActions");
  const parsed = renameInput(t).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t);
  const { owner } = await currentAssistantVisitor();
  if (!(await renameThread(parsed.data.threadId, owner, parsed.data.title))) return { status: "error", message: t("notYours") };
  revalidatePath("/assistant");
  return { status: "ok", title: parsed.data.title };
}

/** Deletes one of the visitor's own conversations with its messages. */
export async function deleteConversation(input: unknown): Promise<ConversationActionState> {
  const t = await requestTranslator("AssistantActions");
  const parsed = z.object({ threadId: threadIdSchema(t) }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t);
  const { owner } = await currentAssistantVisitor();
  if (!(await deleteThread(parsed.data.threadId, owner))) return { status: "error", message: t("notYours") };
  revalidatePath("/assistant");
  return { status: "ok" };
}
