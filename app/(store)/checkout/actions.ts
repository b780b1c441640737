"use server";

import { redirect } from "next/navigation";
import type { ShippingFormState } from "@/components/checkout/shipping-form-state";
import { currentUser } from "@/lib/auth";
import { requireCartId } from "@/lib/cart/cookie";
import { submitShipping } from "@/lib/checkout";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

/**
 * The shipping step: validates the fields, then creates (or reuses) the pending order with its
 * stock reserved and its PaymentIntent, and shows the payment step. The cart and the user come
 * from the session; the form carries only shipping details.
 */
export async function submitShippingAction(_: ShippingFormState, payload: FormData): Promise<ShippingFormState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM, soldOut: false, values: {} };
  const user = await currentUser();
  const cartId = await requireCartId(user?.id);
  const submitted = await submitShipping(form, { cartId, userId: user?.id ?? null });
  if (!submitted.ok) return { status: "invalid", fieldErrors: submitted.fieldErrors, values: submitted.values };
  const result = submitted.result;
  if (result.ok) redirect("/checkout");
  if (result.reason === "already_paid") redirect(result.completeUrl);
  if (result.reason === "empty_cart") redirect("/cart");
  return { status: "error", message: result.message, soldOut: result.reason === "sold_out", values: submitted.values };
}
