"use client";

import { useActionState } from "react";
import { announceCartChanged } from "@/components/layout/cart-events";
import { idleCartFormState, type CartFormState } from "./form-state";

export type CartAction = (state: CartFormState, form: FormData) => Promise<CartFormState>;

/**
 * `useActionState` for a cart-changing server action that tells the header after a success.
 * The announcement runs here rather than in an effect: a removed line unmounts before its
 * effects would see the new state.
 */
export function useCartAction(action: CartAction) {
  return useActionState(async (state: CartFormState, form: FormData) => {
    const next = await action(state, form);
    if (next.status === "ok") announceCartChanged();
    return next;
  }, idleCartFormState);
}
