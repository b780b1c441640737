import { beforeAll, describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout";
import { verifyCheckoutReturn } from "@/lib/checkout/complete";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, orderRow, shipping, timelineTypes } from "./checkout-helpers";
import { stripeSandbox } from "@/lib/payments/sandbox";

// No webhooks here: the return page alone must give a paid shopper their order.
beforeAll(() => {
  stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 500 });
});

async function checkout(priceCents = 1500) {
  const product = await createProduct({ name: "Wild Rice", priceCents, stock: 5 });
  const result = await startCheckout({ cartId: await cartWith([[product.id, 2]]), userId: null, shipping });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const returnParams = (paymentIntentId: string, secret: string, status = "succeeded") => ({
  payment_intent: paymentIntentId,
  payment_intent_client_secret: secret,
  redirect_status: status,
});

describe("/checkout/complete", () => {
  it("verifies the PaymentIntent on the server, marks the order paid and shows the amount charged; a reload changes nothing", async () => {
    const started = await checkout();
    await getStripe().paymentIntents.confirm(started.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });

    const first = await verifyCheckoutReturn(returnParams(started.paymentIntentId, started.clientSecret));
    expect(first).toMatchObject({ kind: "paid", amountChargedCents: 3495, paymentIntentId: started.paymentIntentId });
    if (first.kind !== "paid") return;
    expect(first.order).toMatchObject({ id: started.orderId, status: "paid", shippingCity: "Portland" });
    expect(first.order.items.map((item) => [item.name, item.quantity, item.unitPriceCents])).toEqual([["Wild Rice", 2, 1500]]);

    await verifyCheckoutReturn(returnParams(started.paymentIntentId, started.clientSecret));
    expect((await timelineTypes(started.orderId)).filter((type) => type === "paid")).toHaveLength(1);
  });

  it("trusts the PaymentIntent, not the redirect status: an unpaid intent with redirect_status=succeeded is not paid", async () => {
    const started = await checkout();
    const outcome = await verifyCheckoutReturn(returnParams(started.paymentIntentId, started.clientSecret, "succeeded"));
    expect(outcome.kind).toBe("failed");
    expect(await orderRow(started.orderId)).toMatchObject({ status: "pending" });
  });

  it("shows a decline honestly, with Stripe's message", async () => {
    const started = await checkout();
    await getStripe().paymentIntents.confirm(started.paymentIntentId, { payment_method: "pm_card_visa_chargeDeclined", return_url: "http://localhost/checkout/complete" }).catch(() => undefined);
    expect(await verifyCheckoutReturn(returnParams(started.paymentIntentId, started.clientSecret, "failed"))).toMatchObject({
      kind: "failed",
      failure: { message: "Your card was declined.", notice: { key: "Declines.cardDeclined" } },
    });
  });

  it("finds nothing with a wrong or missing client secret", async () => {
    const started = await checkout();
    await getStripe().paymentIntents.confirm(started.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
    expect(await verifyCheckoutReturn(returnParams(started.paymentIntentId, `${started.paymentIntentId}_secret_guess`))).toEqual({ kind: "not_found" });
    expect(await verifyCheckoutReturn({ payment_intent: started.paymentIntentId })).toEqual({ kind: "not_found" });
    expect(await orderRow(started.orderId)).toMatchObject({ status: "pending" });
  });
});
