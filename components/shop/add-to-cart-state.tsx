"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { CartFormState } from "@/components/cart/form-state";
import { QuantityInput } from "@/components/cart/quantity-input";
import { useCartAction, type CartAction } from "@/components/cart/use-cart-action";
import { Button } from "@/components/ui/button";

/** The add-to-cart action's last answer and whether it is running, for the form's parts. */
const Answer = createContext<{ state: CartFormState; pending: boolean }>({ state: {}, pending: false });

const quantityErrorOf = (state: CartFormState) => (state.ok === false ? state.fieldErrors?.quantity?.[0] : undefined);

/** The form itself (add-to-cart-form.tsx renders its fields), and below them what the action answered. */
export function AddToCartState({ action, viewCart, children }: { action: CartAction; viewCart: ReactNode; children: ReactNode }) {
  const [state, formAction, pending] = useCartAction(action);
  const quantityError = quantityErrorOf(state);
  const message = quantityError ?? (state.ok === false ? state.message : undefined);
  return (
    // The server checks every quantity against live stock; its messages say more than the browser's.
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <Answer value={{ state, pending }}>{children}</Answer>
      {message ? (
        <p id={quantityError ? "add-quantity-error" : undefined} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" className="text-sm text-leaf-900">
          {state.message} {viewCart}
        </p>
      ) : null}
    </form>
  );
}

/** Controlled, so a refused quantity stays in the box next to its message (React resets uncontrolled fields after every action). */
export function AddToCartQuantity({ disabled, className }: { disabled: boolean; className: string }) {
  const { state } = useContext(Answer);
  const [quantity, setQuantity] = useState("1");
  return (
    <QuantityInput
      id="add-quantity"
      min={1}
      value={quantity}
      onChange={(event) => setQuantity(event.target.value)}
      disabled={disabled}
      error={quantityErrorOf(state)}
      className={className}
    />
  );
}

/** "Adding…" while the form's action runs. */
export function AddToCartButton({ disabled, label, pending: pendingLabel }: { disabled: boolean; label: string; pending: string }) {
  const { pending } = useContext(Answer);
  return (
    <Button type="submit" disabled={disabled || pending} className="px-6 py-2.5">
      {pending ? pendingLabel : label}
    </Button>
  );
}
