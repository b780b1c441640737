"use client";

import { Button } from "@/components/ui/button";
import { QuantityInput } from "./quantity-input";
import { useCartAction, type CartAction } from "./use-cart-action";

/** The line's words in the page's language, translated by the server cart page (they name the product). */
export type CartLineLabels = { quantityFor: string; update: string; remove: string; removeName: string };

type Props = { productId: number; quantity: number; update: CartAction; remove: CartAction; labels: CartLineLabels };

/** One cart line's quantity form and remove button, each showing its own result. */
export function CartLineControls({ productId, quantity, update, remove, labels }: Props) {
  const [updateState, updateAction, updating] = useCartAction(update);
  const [removeState, removeAction, removing] = useCartAction(remove);

  const inputId = `quantity-${productId}`;
  const quantityError = updateState.ok === false ? (updateState.fieldErrors?.quantity?.[0] ?? updateState.message) : undefined;
  const removeError = removeState.ok === false ? removeState.message : undefined;

  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex items-end gap-2">
        <form action={updateAction} noValidate className="flex items-end gap-2">
          <input type="hidden" name="productId" value={productId} />
          <div className="flex flex-col gap-1">
            <label htmlFor={inputId} className="sr-only">
              {labels.quantityFor}
            </label>
            <QuantityInput
              id={inputId}
              min={0}
              // Re-mounts with the saved quantity after each successful change.
              key={quantity}
              defaultValue={quantity}
              error={quantityError}
              className="w-20 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
            />
          </div>
          <Button type="submit" variant="secondary" disabled={updating}>
            {labels.update}
          </Button>
        </form>
        <form action={removeAction}>
          <input type="hidden" name="productId" value={productId} />
          <Button type="submit" variant="ghost" disabled={removing} aria-label={labels.removeName}>
            {labels.remove}
          </Button>
        </form>
      </div>
      {quantityError ? (
        <p id={`${inputId}-error`} role="alert" className="max-w-xs text-sm text-red-700">
          {quantityError}
        </p>
      ) : null}
      {removeError ? (
        <p role="alert" className="text-sm text-red-700">
          {removeError}
        </p>
      ) : null}
    </div>
  );
}
