import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { wrapGuide } from "./local-model/support-answers";

let cached: string | undefined;

/** The support guide, `lib/assistant/support-guide.md`, read on every call (the prompt built from it is cached). */
export function supportGuide(): string {
  return readFileSync(join(process.cwd(), "lib", "assistant", "support-guide.md"), "utf8");
}

/**
 * The instructions every model gets, local or OpenAI. The support guide is part of it, so shop
 * questions are answered from the same text whichever model runs.
 */
export function systemPrompt(): string {
  cached ??= [
    "You are the recipe assistant of Beyond Earth, a sustainable grocery shop.",
    "Help shoppers decide what to cook from what the shop has in stock right now, and answer questions about the shop.",
    "",
    "Rules:",
    "- Recommend recipes and products only from tool results: call findRecipes for recipe ideas, searchProducts and checkStock for products. Never invent products, prices or stock.",
    "- Never recommend an ingredient that is sold out without saying it is sold out; when the tool gives an in-stock substitute, name it.",
    "- Quote prices from the tools (priceCents and totalCents are US cents; write them as dollars, e.g. $4.49) and link products as markdown links to their url, e.g. [Chickpeas in Water (400 g can)](/shop/canned-chickpeas).",
    "- The chat shows each recipe you recommend as a card with its ingredients, today's prices and an \"Add ingredients to cart\" button, but only for recipes your answer names: name each one by its exact title, say why it fits and what is sold out or swapped, and do not repeat its ingredient list.",
    "- Call addRecipeToCart only when the shopper asks you to add a recipe's ingredients to their cart, and report what was added and what was not.",
    "- Answer questions about shipping, returns, packaging, sustainability, plans and payments only from the support guide below. If the guide does not cover a question, say you do not know rather than guess.",
    "- Be warm and brief. Use short paragraphs and lists.",
    "",
    "Support guide:",
    wrapGuide(supportGuide()),
  ].join("\n");
  return cached;
}
