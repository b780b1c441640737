"use client";

import Link from "next/link";
import { useState } from "react";
import { QuantityInput } from "@/components/cart/quantity-input";
import { useCartAction, type CartAction } from "@/components/cart/use-cart-action";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field-frame";

/** The form's words in the page's language, translated by the server page that renders it. */
export type AddToCartLabels = { quantity: string; adding: string; addToCart: string; viewCart: string };

export function AddToCartForm({ productId, soldOut, action, labels }: { productId: number; soldOut: boolean; action: CartAction; labels: AddToCartLabels }) {
  const [state, formAction, pending] = useCartAction(action);
  // Controlled, so a refused quantity stays in the box next to its message (React resets
  // uncontrolled fields after every action).
  const [quantity, setQuantity] = useState("1");

  const quantityError = state.ok === false ? state.fieldErrors?.quantity?.[0] : undefined;
  const message = state.ok === false && !quantityError ? state.message : undefined;

  return (
    // The server checks every quantity against live stock; its messages say more than the browser's.
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        {/* Its error shows below the button row, as an alert. */}
        <FieldFrame id="add-quantity" label={labels.quantity}>
          <QuantityInput
            id="add-quantity"
            min={1}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            disabled={soldOut}
            error={quantityError}
            className="w-24 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm max-sm:min-h-11 aria-invalid:border-red-600 disabled:bg-stone-100"
          />
        </FieldFrame>
        <Button type="submit" disabled={soldOut || pending} className="px-6 py-2.5">
          {pending ? labels.adding : labels.addToCart}
        </Button>
      </div>
      {quantityError ? (
        <p id="add-quantity-error" role="alert" className="text-sm text-red-700">
          {quantityError}
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" className="text-sm text-leaf-900">
          {state.message}{" "}
          <Link href="/cart" className="font-semibold underline underline-offset-2">
            {labels.viewCart}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
