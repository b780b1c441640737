import { sql } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { addItem, ensureCart, getCart, newCartId, setQuantity } from "@/lib/cart";
import { loadCheckout, startCheckout, type CheckoutStart } from "@/lib/checkout";
import { getDashboard } from "@/lib/admin/dashboard";
import { endPendingOrder, markOrderPaid } from "@/lib/orders/payment";
import { releaseExpiredReservations } from "@/lib/orders/sweeper";
import { getStripe } from "@/lib/payments/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, orderRow, reservationStatuses, shipping, shortfallOf, stockOf, timelineTypes } from "@/tests/integration/checkout-helpers";
import { deliverWebhooks, routeWebhooksToHandler } from "@/tests/support/stripe";

beforeAll(() => {
  routeWebhooksToHandler();
});

function started(result: CheckoutStart) {
  if (!result.ok) throw new Error(`checkout did not start: ${result.reason} ${result.message}`);
  return result;
}

async function confirm(paymentIntentId: string, token: string) {
  return getStripe()
    .paymentIntents.confirm(paymentIntentId, { payment_method: token, return_url: "http://localhost/checkout/complete" })
    .catch((error: unknown) => error);
}

describe("checkout with the Stripe sandbox", () => {
  it("pays with 4242: the order is paid once, stock is committed and the cart emptied", async () => {
    const beans = await createProduct({ name: "Black Beans", priceCents: 350, stock: 10 });
    const oats = await createProduct({ name: "Rolled Oats", priceCents: 1200, stock: 4 });
    const cartId = await cartWith([
      [beans.id, 2],
      [oats.id, 1],
    ]);

    const checkout = started(await startCheckout({ cartId, userId: null, shipping }));
    const order = await orderRow(checkout.orderId);
    // 2 × $3.50 + $12.00 = $19.00, under $50: flat $4.95 shipping.
    expect(order).toMatchObject({ status: "pending", subtotalCents: 1900, shippingCents: 495, totalCents: 2395, email: "ada@example.com" });
    expect(await stockOf(beans.id)).toBe(8);
    expect(await stockOf(oats.id)).toBe(3);

    const paymentIntent = await getStripe().paymentIntents.retrieve(checkout.paymentIntentId);
    expect(paymentIntent).toMatchObject({ amount: 2395, currency: "usd", metadata: { orderId: checkout.orderId } });

    // Added in another tab while paying: paying takes out only what was bought.
    const lemons = await createProduct({ name: "Lemons", priceCents: 99, stock: 9 });
    await addItem(cartId, lemons.id, 3);
    await addItem(cartId, beans.id, 1);

    const paid = await confirm(checkout.paymentIntentId, "pm_card_visa");
    expect(paid).toMatchObject({ status: "succeeded" });
    await deliverWebhooks();

    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid", paymentIntentId: checkout.paymentIntentId });
    expect(await reservationStatuses(checkout.orderId)).toEqual(["committed", "committed"]);
    expect(await stockOf(beans.id)).toBe(8);
    expect((await getCart(cartId)).lines.map((line) => [line.name, line.quantity])).toEqual([
      ["Black Beans", 1],
      ["Lemons", 3],
    ]);

    // The return page calls the same function after the webhook: nothing changes.
    expect(await markOrderPaid(checkout.paymentIntentId)).toEqual({ status: "paid", orderId: checkout.orderId, changed: false });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "paid")).toHaveLength(1);
  });

  it("marks the order paid from the return page when the webhook is late, and the late webhook changes nothing", async () => {
    const product = await createProduct({ priceCents: 6000, stock: 3 });
    const cartId = await cartWith([[product.id, 1]]);
    const checkout = started(await startCheckout({ cartId, userId: null, shipping }));
    expect(await orderRow(checkout.orderId)).toMatchObject({ shippingCents: 0, totalCents: 6000 });

    await confirm(checkout.paymentIntentId, "pm_card_visa");
    expect(await markOrderPaid(checkout.paymentIntentId)).toEqual({ status: "paid", orderId: checkout.orderId, changed: true });
    await deliverWebhooks();
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "paid")).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(2);
  });

  it.each([
    ["pm_card_visa_chargeDeclined", "Your card was declined."],
    ["pm_card_visa_chargeDeclinedInsufficientFunds", "Your card has insufficient funds."],
  ])("keeps the order and its stock after a decline (%s), then takes a retry with another card", async (token, message) => {
    const product = await createProduct({ priceCents: 800, stock: 2 });
    const cartId = await cartWith([[product.id, 2]]);
    const checkout = started(await startCheckout({ cartId, userId: null, shipping }));

    const declined = await confirm(checkout.paymentIntentId, token);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ message });
    await deliverWebhooks();

    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "pending", failureMessage: message });
    expect(await reservationStatuses(checkout.orderId)).toEqual(["active"]);
    expect(await stockOf(product.id)).toBe(0);
    expect(await timelineTypes(checkout.orderId)).toContain("payment_failed");
    // The checkout page shows Stripe's message above the payment form.
    expect((await loadCheckout(cartId, null)).payment).toMatchObject({ orderId: checkout.orderId, lastError: { message } });

    await confirm(checkout.paymentIntentId, "pm_card_visa");
    await deliverWebhooks();
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid", failureMessage: null });
    expect(await stockOf(product.id)).toBe(0);
  });

  it("pays after 3-D Secure is completed, and keeps the order for a retry when it fails", async () => {
    const product = await createProduct({ priceCents: 2500, stock: 5 });
    const completedCart = await cartWith([[product.id, 1]]);
    const completed = started(await startCheckout({ cartId: completedCart, userId: null, shipping }));
    expect(await confirm(completed.paymentIntentId, "pm_card_authenticationRequiredOnSetup")).toMatchObject({ status: "requires_action" });
    await stripeSandbox().testHelpers.authenticatePaymentIntent(completed.paymentIntentId, true);
    await deliverWebhooks();
    expect(await orderRow(completed.orderId)).toMatchObject({ status: "paid" });

    const failedCart = await cartWith([[product.id, 1]]);
    const failed = started(await startCheckout({ cartId: failedCart, userId: null, shipping }));
    await confirm(failed.paymentIntentId, "pm_card_authenticationRequiredOnSetup");
    await stripeSandbox().testHelpers.authenticatePaymentIntent(failed.paymentIntentId, false);
    await deliverWebhooks();
    expect(await orderRow(failed.orderId)).toMatchObject({ status: "pending" });
    expect(await reservationStatuses(failed.orderId)).toEqual(["active"]);

    await confirm(failed.paymentIntentId, "pm_card_visa");
    await deliverWebhooks();
    expect(await orderRow(failed.orderId)).toMatchObject({ status: "paid" });
    expect(await stockOf(product.id)).toBe(3);
  });

  it("reuses the pending order and its PaymentIntent when the same cart is submitted again", async () => {
    const product = await createProduct({ priceCents: 999, stock: 3 });
    const cartId = await cartWith([[product.id, 2]]);
    const first = started(await startCheckout({ cartId, userId: null, shipping }));
    const again = started(await startCheckout({ cartId, userId: null, shipping: { ...shipping, city: "Salem" } }));
    expect(again).toMatchObject({ orderId: first.orderId, paymentIntentId: first.paymentIntentId, reused: true });
    expect(await stockOf(product.id)).toBe(1);
    expect(await orderRow(first.orderId)).toMatchObject({ shippingCity: "Salem" });
  });

  it("replaces the pending order when the cart changes, releasing its stock and canceling its PaymentIntent", async () => {
    const product = await createProduct({ priceCents: 999, stock: 3 });
    const cartId = await cartWith([[product.id, 3]]);
    const first = started(await startCheckout({ cartId, userId: null, shipping }));
    expect(await stockOf(product.id)).toBe(0);

    await setQuantity(cartId, product.id, 1);
    const second = started(await startCheckout({ cartId, userId: null, shipping }));
    expect(second.orderId).not.toBe(first.orderId);
    expect(await orderRow(first.orderId)).toMatchObject({ status: "canceled" });
    expect(await reservationStatuses(first.orderId)).toEqual(["released"]);
    expect(await stockOf(product.id)).toBe(2);
    expect((await getStripe().paymentIntents.retrieve(first.paymentIntentId)).status).toBe("canceled");
  });

  it("keeps a paid order whose webhook is late when the cart changes, so its unit is never sold twice", async () => {
    const last = await createProduct({ priceCents: 900, stock: 1 });
    const other = await createProduct({ priceCents: 300, stock: 5 });
    const cartId = await cartWith([[last.id, 1]]);
    const first = started(await startCheckout({ cartId, userId: null, shipping }));
    // A pays, but payment_intent.succeeded never arrives and A never reaches the return page.
    await confirm(first.paymentIntentId, "pm_card_visa");
    await addItem(cartId, other.id, 1);

    // Submitting the changed cart finds the payment went through: order 1 is paid and keeps its
    // unit, and the new order is only for what is still in the cart.
    const second = started(await startCheckout({ cartId, userId: null, shipping }));
    expect(await orderRow(first.orderId)).toMatchObject({ status: "paid" });
    expect(await reservationStatuses(first.orderId)).toEqual(["committed"]);
    const held = await db.all<{ units: number }>(sql`select coalesce(sum(quantity), 0) as units from stock_reservations where product_id = ${last.id} and status in ('active', 'committed')`);
    expect(Number(held[0].units)).toBe(1);
    expect((await loadCheckout(cartId, null)).lines.map((line) => line.productId)).toEqual([other.id]);
    expect(second.orderId).not.toBe(first.orderId);
    expect(await stockOf(last.id)).toBe(0);

    // B is told it is gone before paying: it cannot even go into a cart.
    const bCart = newCartId();
    await ensureCart(bCart);
    expect(await addItem(bCart, last.id, 1)).toMatchObject({ ok: false });
  });

  it("records a shortage, never a silent clamp, when a payment succeeds after its released unit was sold to someone else", async () => {
    const last = await createProduct({ name: "Saffron Threads", priceCents: 900, stock: 1 });
    const a = started(await startCheckout({ cartId: await cartWith([[last.id, 1]]), userId: null, shipping }));
    // A's order is ended while its PaymentIntent stays payable (the cancel never reached Stripe).
    await db.transaction((tx) => endPendingOrder(tx, a.orderId, "payment_unavailable"));
    expect(await stockOf(last.id)).toBe(1);
    const b = started(await startCheckout({ cartId: await cartWith([[last.id, 1]]), userId: null, shipping }));
    await confirm(b.paymentIntentId, "pm_card_visa");
    await markOrderPaid(b.paymentIntentId);
    expect(await stockOf(last.id)).toBe(0);

    // A's payment goes through after all: A's order is paid, the unit it cannot have is recorded.
    await confirm(a.paymentIntentId, "pm_card_visa");
    expect(await markOrderPaid(a.paymentIntentId)).toMatchObject({ status: "paid", changed: true });
    expect(await orderRow(a.orderId)).toMatchObject({ status: "paid" });
    expect(await stockOf(last.id)).toBe(0);
    expect(await shortfallOf(a.orderId)).toEqual([{ productId: last.id, shortfall: 1 }]);
    expect(await timelineTypes(a.orderId)).toContain("shortage");
    const dashboard = await getDashboard({ id: "operator", role: "admin" });
    expect(dashboard.ok && dashboard.shortages.map((order) => order.orderId)).toContain(a.orderId);
  });

  it("keeps the shopper's own reserved units available in their cart while others see them gone", async () => {
    const product = await createProduct({ name: "Saffron", priceCents: 900, stock: 2 });
    const cartId = await cartWith([[product.id, 2]]);
    started(await startCheckout({ cartId, userId: null, shipping }));
    expect(await stockOf(product.id)).toBe(0);

    // Back in the cart: not "sold out" for this shopper, and the quantity can go down and up again.
    expect((await getCart(cartId)).lines[0]).toMatchObject({ quantity: 2, stock: 2 });
    expect(await setQuantity(cartId, product.id, 1)).toEqual({ ok: true, quantity: 1 });
    expect(await setQuantity(cartId, product.id, 2)).toEqual({ ok: true, quantity: 2 });
    expect(await setQuantity(cartId, product.id, 3)).toMatchObject({ ok: false });

    const someoneElse = await cartWith([]);
    expect(await addItem(someoneElse, product.id, 1)).toEqual({ ok: false, message: "Saffron is sold out.", notice: { key: "soldOut", values: { name: "Saffron" } }, problem: "sold_out" });
  });

  it("releases the stock when the PaymentIntent is canceled", async () => {
    const product = await createProduct({ priceCents: 700, stock: 4 });
    const cartId = await cartWith([[product.id, 4]]);
    const checkout = started(await startCheckout({ cartId, userId: null, shipping }));
    expect(await stockOf(product.id)).toBe(0);

    await getStripe().paymentIntents.cancel(checkout.paymentIntentId);
    await deliverWebhooks();
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "canceled" });
    expect(await reservationStatuses(checkout.orderId)).toEqual(["released"]);
    expect(await stockOf(product.id)).toBe(4);
  });

  it("expires reservations after 30 minutes: stock comes back and the payment can no longer be made", async () => {
    const product = await createProduct({ priceCents: 700, stock: 2 });
    const abandoned = started(await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping }));
    const declinedThenLeft = started(await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping }));
    await confirm(declinedThenLeft.paymentIntentId, "pm_card_visa_chargeDeclined");
    expect(await stockOf(product.id)).toBe(0);

    await releaseExpiredReservations(new Date(Date.now() + 29 * 60_000));
    expect(await orderRow(abandoned.orderId)).toMatchObject({ status: "pending" });
    expect(await stockOf(product.id)).toBe(0);

    await releaseExpiredReservations(new Date(Date.now() + 31 * 60_000));
    expect(await stockOf(product.id)).toBe(2);
    expect(await orderRow(abandoned.orderId)).toMatchObject({ status: "canceled" });
    expect(await orderRow(declinedThenLeft.orderId)).toMatchObject({ status: "failed", failureMessage: "Your card was declined." });
    const late = await confirm(abandoned.paymentIntentId, "pm_card_visa");
    expect(late).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);

    await deliverWebhooks();
    expect(await stockOf(product.id)).toBe(2);
  });

  it("marks an expiring order paid instead when its payment got through first", async () => {
    const product = await createProduct({ priceCents: 700, stock: 1 });
    const checkout = started(await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping }));
    await confirm(checkout.paymentIntentId, "pm_card_visa");
    expect((await releaseExpiredReservations(new Date(Date.now() + 31 * 60_000))).paid).toBeGreaterThanOrEqual(1);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid" });
    expect(await stockOf(product.id)).toBe(0);
  });

  it("refuses an empty cart", async () => {
    const cartId = await cartWith([]);
    expect(await startCheckout({ cartId, userId: null, shipping })).toMatchObject({ ok: false, reason: "empty_cart" });
  });
});

describe("racing for the last units", () => {
  it("20 shoppers, 5 units: exactly 5 pay and 15 are told it sold out before paying; stock never goes negative", async () => {
    const product = await createProduct({ name: "Last Jar of Honey", priceCents: 1500, stock: 5 });
    const carts = await Promise.all(Array.from({ length: 20 }, () => cartWith([[product.id, 1]])));

    const results = await Promise.all(carts.map((cartId) => startCheckout({ cartId, userId: null, shipping })));
    const winners = results.filter((result) => result.ok);
    const soldOut = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(5);
    expect(soldOut).toHaveLength(15);
    for (const result of soldOut) {
      expect(result).toMatchObject({ ok: false, reason: "sold_out" });
      expect(result.message).toContain("Last Jar of Honey is sold out");
    }
    expect(await stockOf(product.id)).toBe(0);

    await Promise.all(winners.map((result) => result.ok && confirm(result.paymentIntentId, "pm_card_visa")));
    await deliverWebhooks();
    const statuses = await Promise.all(winners.map(async (result) => (result.ok ? (await orderRow(result.orderId)).status : "none")));
    expect(statuses).toEqual(Array(5).fill("paid"));
    expect(await stockOf(product.id)).toBe(0);
  });
});
