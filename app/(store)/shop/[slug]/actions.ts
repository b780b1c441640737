"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CartFormState } from "@/components/cart/form-state";
import { addItem, quantitySchema } from "@/lib/cart";
import { currentUser } from "@/lib/auth";
import { requireCartId } from "@/lib/cart/cookie";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

const addInput = z.object({
  productId: z.coerce.number().int().positive(),
  quantity: quantitySchema,
});

export async function addToCart(_: CartFormState, payload: FormData): Promise<CartFormState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const parsed = addInput.safeParse({ productId: form.get("productId"), quantity: form.get("quantity") });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.productId) return { status: "error", message: "That product is not available." };
    return { status: "error", message: "Check the quantity.", fieldErrors: { quantity: fieldErrors.quantity } };
  }
  // The cart comes from the visitor's cookie or account, never from the form.
  const cartId = await requireCartId((await currentUser())?.id);
  const result = await addItem(cartId, parsed.data.productId, parsed.data.quantity);
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/cart");
  const added = parsed.data.quantity;
  return { status: "ok", message: `Added ${added} to your cart (${result.quantity} in total).` };
}
