"use client";

import { useTranslations } from "next-intl";
import type { AssistantUIMessage } from "@/lib/assistant/messages";
import { addRecipeToCartOutput, findRecipesOutput, type RecipeMatch } from "@/lib/assistant/tools/schemas";
import { AnswerText } from "./answer-text";
import { RecipeCard } from "./recipe-card";

// An answer in the log: its text, its tool steps and recipe cards. Its own chunk (with the tool
// schemas, zod and the recipe card), fetched by chat-box.tsx once there is an answer to show or a
// question is being typed; a page with no conversation yet does not load it.

type Part = AssistantUIMessage["parts"][number];

/** A tool step of an answer (the AI SDK's `isToolUIPart`, for this app's tools, which are all static). */
function isToolPart(part: Part): part is Extract<Part, { type: `tool-${string}` }> {
  return part.type.startsWith("tool-");
}

const folded = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The recipes the answer recommends: those its text names (by title or by link), in the order the
 * tools found them. A tool may return more than the model chose; a card for each would disagree
 * with the answer.
 */
export function recommendedRecipes(message: AssistantUIMessage): RecipeMatch[] {
  const text = folded(message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n"));
  const found = message.parts.flatMap((part) => {
    if (part.type !== "tool-findRecipes" || part.state !== "output-available") return [];
    const parsed = findRecipesOutput.safeParse(part.output);
    return parsed.success ? parsed.data.recipes : [];
  });
  const seen = new Set<number>();
  return found.filter((recipe) => {
    if (seen.has(recipe.id) || !(text.includes(folded(recipe.title)) || text.includes(`/recipes/${recipe.slug}`))) return false;
    seen.add(recipe.id);
    return true;
  });
}

/** The assistant's message: its text as markdown, its tool steps, its recipe cards and who answered. */
export function AnswerView({ message, origin, streaming, cutShort }: { message: AssistantUIMessage; origin?: string; streaming: boolean; cutShort?: "stopped" | "interrupted" }) {
  const t = useTranslations("Assistant");
  const cards = recommendedRecipes(message);

  return (
    <div className="flex max-w-full flex-col gap-3 rounded-2xl border border-stone-200 bg-white px-4 py-3 text-sm text-stone-800 shadow-sm">
      {message.parts.map((part, index) => {
        if (part.type === "text") return <AnswerText key={index} text={part.text} origin={origin} streaming={streaming} />;
        if (!isToolPart(part)) return null;
        if (part.state === "input-streaming" || part.state === "input-available") {
          return (
            <p key={index} role="status" className="text-xs text-stone-600">
              {part.type === "tool-findRecipes" ? t("findingRecipes") : part.type === "tool-addRecipeToCart" ? t("addingToCart") : t("checkingStock")}
            </p>
          );
        }
        if (part.state === "output-error") {
          return (
            <p key={index} className="text-xs text-red-700">
              {t("toolFailed")}
            </p>
          );
        }
        if (part.type === "tool-addRecipeToCart" && part.state === "output-available") {
          const parsed = addRecipeToCartOutput.safeParse(part.output);
          if (!parsed.success || !parsed.data.recipe) return null;
          return (
            <p key={index} role="status" className="rounded-lg bg-leaf-50 px-3 py-2 text-xs text-leaf-900">
              {t("cartUpdated", { title: parsed.data.recipe.title, added: parsed.data.added.length, notAdded: parsed.data.notAdded.length })}
            </p>
          );
        }
        return null;
      })}
      {cards.length ? (
        <div className="grid gap-3">
          {cards.map((recipe) => (
            <RecipeCard key={recipe.id} recipe={recipe} />
          ))}
        </div>
      ) : null}
      {cutShort ? <p className="text-xs font-semibold text-amber-800">{t(cutShort)}</p> : null}
      {message.metadata?.model && message.parts.some((part) => part.type === "text" && part.text.length > 0) ? (
        <p className="text-xs text-stone-600">{t(message.metadata.cached ? "answeredByCached" : "answeredBy", { model: message.metadata.model })}</p>
      ) : null}
    </div>
  );
}
