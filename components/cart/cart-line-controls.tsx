"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { QuantityInput } from "./quantity-input";
import { useCartAction, type CartAction } from "./use-cart-action";

/** One cart line's quantity form and remove button, each showing its own result. */
export function CartLineControls({ productId, name, quantity, update, remove }: { productId: number; name: string; quantity: number; update: CartAction; remove: CartAction }) {
  const [updateState, updateAction, updating] = useCartAction(update);
  const [removeState, removeAction, removing] = useCartAction(remove);
  const t = useTranslations("CartLine");

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
              {t("quantityFor", { name })}
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
            {t("update")}
          </Button>
        </form>
        <form action={removeAction}>
          <input type="hidden" name="productId" value={productId} />
          <Button type="submit" variant="ghost" disabled={removing} aria-label={t("removeName", { name })}>
            {t("remove")}
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
