"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addRecipeIngredientsToCart, type AddRecipeState } from "@/app/(store)/assistant/actions";
import { announceCartChanged } from "@/components/layout/cart-events";
import { Button } from "@/components/ui/button";
import { quantityIn } from "@/lib/assistant/local-model/quantities";
import type { RecipeIngredient, RecipeMatch } from "@/lib/assistant/tools/schemas";
import { isLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatCents } from "@/lib/money/format";

function IngredientLine({ ingredient }: { ingredient: RecipeIngredient }) {
  const t = useTranslations("Assistant.card");
  const locale = useLocale();
  const { product, substitute, quantity, units, optional } = ingredient;
  const packs = units > 1 ? `${units} × ` : "";
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3">
      <span>
        {optional ? <span className="text-stone-600">{t("optional")} </span> : null}
        {substitute ? (
          <>
            <span className="text-stone-600">{product.name}</span> <span className="font-semibold text-red-700">{t("soldOut")}</span> — {t("use")}{" "}
            <Link href={substitute.url} className="text-leaf-700 underline underline-offset-2">
              {substitute.name}
            </Link>
          </>
        ) : ingredient.available ? (
          <Link href={product.url} className="text-leaf-700 underline underline-offset-2">
            {product.name}
          </Link>
        ) : (
          <>
            <span className="text-stone-600">{product.name}</span> <span className="font-semibold text-red-700">{t("soldOut")}</span>
          </>
        )}
        {/* The recipe's quantity in the shopper's words ("2 latas de 400 g"): the answer's text leaves the list to this card. */}
        <span className="text-stone-600"> · {quantityIn(quantity, isLocale(locale) ? locale : "en")}</span>
      </span>
      <span className="text-stone-700">
        {ingredient.available ? `${packs}${formatCents((substitute ?? product).priceCents, undefined, locale)}` : "—"}
        {!substitute && product.status === "low_stock" ? <span className="ml-1 text-amber-700">{t("onlyLeft", { count: product.stock })}</span> : null}
      </span>
    </li>
  );
}

type TagName = keyof Messages["Assistant"]["card"]["tagNames"];

/** A recommended recipe from the assistant's findRecipes tool, with its live prices and a one-click cart fill. */
export function RecipeCard({ recipe }: { recipe: RecipeMatch }) {
  const t = useTranslations("Assistant.card");
  const locale = useLocale();
  // Diets and cuisines have a name in every language (tests/unit/recipe-card-tags.test.ts); any other tag shows as it is.
  const named = (tag: string): tag is TagName => t.has(`tagNames.${tag as TagName}`);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<AddRecipeState | null>(null);
  const headingId = `recipe-${recipe.id}-${recipe.slug}`;

  /** `again`: the shopper saw the ingredients are already in the cart and chose to buy another set. */
  const add = (again = false) =>
    startTransition(async () => {
      try {
        const outcome = await addRecipeIngredientsToCart(recipe.id, recipe.servings, again);
        setResult(outcome);
        if (outcome.status === "ok" && outcome.added.length > 0) announceCartChanged();
      } catch {
        setResult({ status: "error", message: t("failed") });
      }
    });

  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-leaf-900">
          {recipe.title}
        </h3>
        <p className="text-sm text-stone-600">
          {t("meta", { meal: recipe.meal, minutes: recipe.minutes, servings: recipe.servings })} ·{" "}
          <span className="font-semibold text-stone-900">{formatCents(recipe.totalCents, undefined, locale)}</span>
        </p>
      </header>
      <p className="mt-1 text-sm text-stone-700">{recipe.summary}</p>
      {recipe.tags.length ? (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tags")}>
          {recipe.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-leaf-50 px-2 py-0.5 text-xs text-leaf-900">
              {named(tag) ? t(`tagNames.${tag}`) : tag}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="mt-3 space-y-1 text-sm" aria-label={t("ingredientsFor", { title: recipe.title })}>
        {recipe.ingredients.map((ingredient) => (
          <IngredientLine key={`${ingredient.product.id}-${ingredient.quantity}`} ingredient={ingredient} />
        ))}
      </ul>
      {recipe.steps.length ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-stone-800">{t("method")}</summary>
          <ol className="mt-2 ml-5 list-decimal space-y-1 text-stone-700">
            {recipe.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="mt-3 flex flex-col gap-2">
        <Button type="button" onClick={() => add()} disabled={pending} className="self-start">
          {pending ? t("adding") : t("add")}
        </Button>
        {result ? <AddResult result={result} onAddAgain={() => add(true)} pending={pending} /> : null}
      </div>
    </article>
  );
}

type NotAdded = Extract<AddRecipeState, { status: "ok" }>["notAdded"][number];

/** Why an ingredient was not added, in the shopper's language (the English reason for answers stored before `problem`). */
function notAddedReason(item: NotAdded, t: ReturnType<typeof useTranslations<"Assistant.card">>): string {
  switch (item.problem) {
    case undefined:
      return item.reason;
    case "stock_limit":
      return t("problems.stock_limit", { left: item.left ?? 0, room: item.room ?? 0 });
    case "line_limit":
      return t("problems.line_limit", { max: item.max ?? 0 });
    default:
      return t(`problems.${item.problem}`);
  }
}

function AddResult({ result, onAddAgain, pending }: { result: AddRecipeState; onAddAgain: () => void; pending: boolean }) {
  const t = useTranslations("Assistant.card");
  if (result.status === "error") {
    return (
      <p role="alert" className="text-sm text-red-700">
        {result.message}
      </p>
    );
  }
  if (result.status === "already") {
    return (
      <div role="status" className="flex flex-col items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-stone-900">
        <p>
          {t("alreadyInCart")} {result.inCart.map((item) => `${item.quantity} × ${item.name}`).join(", ")}.{" "}
          <Link href="/cart" className="font-medium underline underline-offset-2">
            {t("viewCart")}
          </Link>
        </p>
        <p className="text-stone-700">{t("alreadyHint")}</p>
        <Button type="button" variant="secondary" className="px-3 py-1 text-xs" onClick={onAddAgain} disabled={pending}>
          {t("addAgain")}
        </Button>
      </div>
    );
  }
  return (
    <div role="status" className="rounded-lg bg-leaf-50 px-3 py-2 text-sm text-leaf-900">
      {result.added.length ? (
        <p>
          {t("added")} {result.added.map((item) => `${item.quantity} × ${item.name}${item.substituteFor ? ` ${t("substituteFor", { name: item.substituteFor })}` : ""}`).join(", ")}.{" "}
          <Link href="/cart" className="font-medium underline underline-offset-2">
            {t("viewCart")}
          </Link>
        </p>
      ) : (
        <p>{t("nothingAdded")}</p>
      )}
      {result.notAdded.length ? (
        <p className="mt-1 text-red-800">
          {t("notAdded")} {result.notAdded.map((item) => `${item.name} — ${notAddedReason(item, t)}`).join("; ")}
        </p>
      ) : null}
    </div>
  );
}
