"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CartFormState } from "@/components/cart/form-state";
import { action } from "@/lib/actions/action";
import { addItem, quantitySchema } from "@/lib/cart";
import { requireCartId } from "@/lib/cart/cookie";
import { fieldMessage } from "@/lib/i18n/notice";
import { productNoticeText, requestTranslator } from "@/lib/i18n/server";

const addForm = z.object({
  productId: z.coerce.number().int().positive(),
  quantity: quantitySchema,
});

// The cart comes from the visitor's cookie or account, never from the form.
export const addToCart = action(
  { input: addForm, auth: "visitor", hiddenFields: { productId: fieldMessage("productUnavailable") } },
  async ({ productId, quantity }, { actor }): Promise<CartFormState> => {
    const result = await addItem(await requireCartId(actor?.id), productId, quantity);
    if (!result.ok) return { ok: false, message: await productNoticeText(result, productId) };
    revalidatePath("/cart");
    return { ok: true, message: (await requestTranslator("CartActions"))("added", { quantity, total: result.quantity }) };
  },
);
