"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CartFormState } from "@/components/cart/form-state";
import { action } from "@/lib/actions/action";
import { MAX_LINE_QUANTITY, removeItem, setQuantity } from "@/lib/cart";
import { requireCartId } from "@/lib/cart/cookie";
import { fieldMessage } from "@/lib/i18n/notice";
import { productNoticeText, requestTranslator } from "@/lib/i18n/server";

const productId = z.coerce.number().int().positive();
const NOT_IN_CART = { productId: fieldMessage("notInCart") };

// In the cart, 0 is a way to remove a line; below that, or not a number, is refused.
const updateForm = z.object({
  productId,
  quantity: z.preprocess(
    (raw) => (typeof raw === "string" && raw.trim() === "" ? Number.NaN : raw),
    z.coerce
      .number({ message: fieldMessage("enterQuantity") })
      .refine(Number.isFinite, fieldMessage("enterQuantity"))
      .int(fieldMessage("wholeNumber"))
      .min(0, fieldMessage("notNegative"))
      .max(MAX_LINE_QUANTITY, fieldMessage("atMostPerItem", { max: MAX_LINE_QUANTITY })),
  ),
});

// Ownership: the cart is the visitor's own, from their cookie or account, never from the form.

export const updateCartItem = action({ input: updateForm, auth: "visitor", hiddenFields: NOT_IN_CART }, async (data, { actor }): Promise<CartFormState> => {
  const result = await setQuantity(await requireCartId(actor?.id), data.productId, data.quantity);
  if (!result.ok) return { ok: false, message: await productNoticeText(result, data.productId) };
  revalidatePath("/cart");
  const t = await requestTranslator("CartActions");
  return { ok: true, message: result.quantity === 0 ? t("removed") : t("updated") };
});

export const removeCartItem = action({ input: z.object({ productId }), auth: "visitor", hiddenFields: NOT_IN_CART }, async (data, { actor }): Promise<CartFormState> => {
  await removeItem(await requireCartId(actor?.id), data.productId);
  revalidatePath("/cart");
  return { ok: true, message: (await requestTranslator("CartActions"))("removed") };
});
