"use client";

import { useActionState } from "react";
import { announceCartChanged } from "@/components/layout/cart-events";
import { idle } from "@/lib/actions/state";
import type { CartFormState } from "./form-state";

export type CartAction = (state: CartFormState, form: FormData) => Promise<CartFormState>;

/**
 * `useActionState` for a cart-changing server action that tells the header after a success.
 * The announcement runs here rather than in an effect: a removed line unmounts before its
 * effects would see the new state.
 */
export function useCartAction(action: CartAction) {
  return useActionState<CartFormState, FormData>(async (state, form) => {
    const next = await action(state, form);
    if (next.ok) announceCartChanged();
    return next;
  }, idle);
}
