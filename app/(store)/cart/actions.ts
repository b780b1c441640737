"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CartFormState } from "@/components/cart/form-state";
import { MAX_LINE_QUANTITY, removeItem, setQuantity } from "@/lib/cart";
import { currentUser } from "@/lib/auth";
import { requireCartId } from "@/lib/cart/cookie";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

const productId = z.coerce.number().int().positive();

// In the cart, 0 is a way to remove a line; below that, or not a number, is refused.
const updateInput = z.object({
  productId,
  quantity: z.coerce
    .number({ message: "Enter a quantity" })
    .refine(Number.isFinite, "Enter a quantity")
    .int("Enter a whole number")
    .min(0, "The quantity cannot be negative")
    .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} per item`),
});

export async function updateCartItem(_: CartFormState, payload: FormData): Promise<CartFormState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const raw = form.get("quantity");
  const parsed = updateInput.safeParse({ productId: form.get("productId"), quantity: typeof raw === "string" && raw.trim() === "" ? Number.NaN : raw });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.productId) return { status: "error", message: "That item is no longer in your cart." };
    return { status: "error", message: "Check the quantity.", fieldErrors: { quantity: fieldErrors.quantity } };
  }
  // Ownership: the cart is the visitor's own, from their cookie or account.
  const cartId = await requireCartId((await currentUser())?.id);
  const result = await setQuantity(cartId, parsed.data.productId, parsed.data.quantity);
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/cart");
  return { status: "ok", message: result.quantity === 0 ? "Removed from your cart." : "Quantity updated." };
}

export async function removeCartItem(_: CartFormState, payload: FormData): Promise<CartFormState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const parsed = productId.safeParse(form.get("productId"));
  if (!parsed.success) return { status: "error", message: "That item is no longer in your cart." };
  const cartId = await requireCartId((await currentUser())?.id);
  await removeItem(cartId, parsed.data);
  revalidatePath("/cart");
  return { status: "ok", message: "Removed from your cart." };
}
