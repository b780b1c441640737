"use server";

import { redirect } from "next/navigation";
import type { ShippingFormState } from "@/components/checkout/shipping-form-state";
import { action, textOf } from "@/lib/actions/action";
import { requireCartId } from "@/lib/cart/cookie";
import { startCheckout, wordSoldOut } from "@/lib/checkout";
import { inShopperLanguage } from "@/lib/catalog/names";
import { noticeText, requestLocale, requestNotices } from "@/lib/i18n/server";
import { SHIPPING_FIELDS, shippingSchema } from "@/lib/checkout/shipping";

/** What was typed, so the form shows it again after an error. */
function typedShipping(form: FormData) {
  return Object.fromEntries(SHIPPING_FIELDS.map((field) => [field, textOf(form, field)]));
}

/**
 * The shipping step: validates the fields (only these are read: prices and anything else the
 * browser sends are dropped), then creates (or reuses) the pending order with its stock reserved
 * and its PaymentIntent, and shows the payment step. The cart and the user come from the session,
 * the order's language from the request.
 */
export const submitShippingAction = action(
  { input: shippingSchema, auth: "visitor", keep: typedShipping },
  async (shipping, { actor, form }): Promise<ShippingFormState> => {
    const userId = actor?.id ?? null;
    const locale = await requestLocale();
    const result = await startCheckout({ cartId: await requireCartId(userId), userId, shipping, locale });
    if (result.ok) redirect("/checkout");
    if (result.reason === "already_paid") redirect(result.completeUrl);
    if (result.reason === "empty_cart") redirect("/cart");
    const message =
      result.reason === "sold_out"
        ? wordSoldOut(await requestNotices(), await inShopperLanguage(result.soldOut, locale))
        : await noticeText(result);
    return { ok: false, message, reason: result.reason, values: typedShipping(form) };
  },
);
