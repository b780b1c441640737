"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { addRecipeIngredientsToCart, type AddRecipeState } from "@/app/(store)/assistant/actions";
import { announceCartChanged } from "@/components/layout/cart-events";
import { Button } from "@/components/ui/button";
import type { RecipeIngredient, RecipeMatch } from "@/lib/assistant/tools/schemas";
import { formatCents } from "@/lib/money/format";

function IngredientLine({ ingredient }: { ingredient: RecipeIngredient }) {
  const { product, substitute, quantity, units, optional } = ingredient;
  const packs = units > 1 ? `${units} × ` : "";
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3">
      <span>
        {optional ? <span className="text-stone-600">(optional) </span> : null}
        {substitute ? (
          <>
            <span className="text-stone-600">{product.name}</span> <span className="font-semibold text-red-700">sold out</span> — use{" "}
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
            <span className="text-stone-600">{product.name}</span> <span className="font-semibold text-red-700">sold out</span>
          </>
        )}
        <span className="text-stone-600"> · {quantity}</span>
      </span>
      <span className="text-stone-700">
        {ingredient.available ? `${packs}${formatCents((substitute ?? product).priceCents)}` : "—"}
        {!substitute && product.status === "low_stock" ? <span className="ml-1 text-amber-700">(only {product.stock} left)</span> : null}
      </span>
    </li>
  );
}

/** A recommended recipe from the assistant's findRecipes tool, with its live prices and a one-click cart fill. */
export function RecipeCard({ recipe }: { recipe: RecipeMatch }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<AddRecipeState | null>(null);
  const headingId = `recipe-${recipe.id}-${recipe.slug}`;

  const add = () =>
    startTransition(async () => {
      try {
        const outcome = await addRecipeIngredientsToCart(recipe.id, recipe.servings);
        setResult(outcome);
        if (outcome.status === "ok" && outcome.added.length > 0) announceCartChanged();
      } catch {
        setResult({ status: "error", message: "The cart could not be updated. Please try again." });
      }
    });

  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-leaf-900">
          {recipe.title}
        </h3>
        <p className="text-sm text-stone-600">
          {recipe.meal} · {recipe.minutes} min · serves {recipe.servings} · <span className="font-semibold text-stone-900">{formatCents(recipe.totalCents)}</span>
        </p>
      </header>
      <p className="mt-1 text-sm text-stone-700">{recipe.summary}</p>
      {recipe.tags.length ? (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label="Tags">
          {recipe.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-leaf-50 px-2 py-0.5 text-xs text-leaf-900">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="mt-3 space-y-1 text-sm" aria-label={`Ingredients for ${recipe.title}`}>
        {recipe.ingredients.map((ingredient) => (
          <IngredientLine key={`${ingredient.product.id}-${ingredient.quantity}`} ingredient={ingredient} />
        ))}
      </ul>
      {recipe.steps.length ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-stone-800">Method</summary>
          <ol className="mt-2 ml-5 list-decimal space-y-1 text-stone-700">
            {recipe.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="mt-3 flex flex-col gap-2">
        <Button type="button" onClick={add} disabled={pending} className="self-start">
          {pending ? "Adding…" : "Add ingredients to cart"}
        </Button>
        {result ? <AddResult result={result} /> : null}
      </div>
    </article>
  );
}

function AddResult({ result }: { result: AddRecipeState }) {
  if (result.status === "error") {
    return (
      <p role="alert" className="text-sm text-red-700">
        {result.message}
      </p>
    );
  }
  return (
    <div role="status" className="rounded-lg bg-leaf-50 px-3 py-2 text-sm text-leaf-900">
      {result.added.length ? (
        <p>
          Added to your cart:{" "}
          {result.added.map((item) => `${item.quantity} × ${item.name}${item.substituteFor ? ` (for ${item.substituteFor})` : ""}`).join(", ")}.{" "}
          <Link href="/cart" className="font-medium underline underline-offset-2">
            View cart
          </Link>
        </p>
      ) : (
        <p>Nothing could be added to your cart.</p>
      )}
      {result.notAdded.length ? (
        <p className="mt-1 text-red-800">
          Not added: {result.notAdded.map((item) => `${item.name} — ${item.reason}`).join("; ")}
        </p>
      ) : null}
    </div>
  );
}
