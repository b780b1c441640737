import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderEvents } from "@/db/schema";
import { getDashboard } from "@/lib/admin/dashboard";
import { refundOrder, refundState } from "@/lib/admin/refunds";
import { startCheckout } from "@/lib/checkout";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { adminActor, customerActor } from "./admin-helpers";
import { cartWith, orderRow, shipping, stockOf } from "./checkout-helpers";
import { stripeSandbox } from "@/lib/payments/sandbox";

beforeAll(() => {
  routeWebhooksToHandler();
});

/** A real paid order: checkout through the sandbox, paid with 4242, webhooks delivered. */
async function paidOrder(quantity = 3, priceCents = 1000, card = "pm_card_visa") {
  const product = await createProduct({ priceCents, stock: 10 });
  const cartId = await cartWith([[product.id, quantity]]);
  const checkout = await startCheckout({ cartId, userId: null, shipping });
  if (!checkout.ok) throw new Error(checkout.message);
  await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: card, return_url: "http://localhost/checkout/complete" });
  await deliverWebhooks();
  const order = await orderRow(checkout.orderId);
  expect(order.status).toBe("paid");
  expect(await stockOf(product.id)).toBe(10 - quantity);
  return { order, product };
}

async function timeline(orderId: string) {
  const rows = await getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  return rows.map((row) => row.type);
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

describe("refunds from the operator console", () => {
  it("refunds in full with restock: waiting for Stripe until charge.refunded, then refunded, items back on sale", async () => {
    const admin = await adminActor();
    const { order, product } = await paidOrder(3);

    const result = await refundOrder(admin, { orderId: order.id, amount: dollars(order.totalCents), restock: "on", requestId: randomUUID() });
    expect(result).toMatchObject({ ok: true, refundId: expect.stringMatching(/^re_/) });
    expect(await stockOf(product.id)).toBe(10);

    // Stripe has accepted it; the order changes only when the webhook says so.
    const before = await orderRow(order.id);
    expect(before).toMatchObject({ status: "paid", refundedCents: 0 });
    expect(await refundState(before)).toMatchObject({ waitingCents: order.totalCents, refundableCents: 0, canRefund: false, restocked: true });

    await deliverWebhooks();
    const after = await orderRow(order.id);
    expect(after).toMatchObject({ status: "refunded", refundedCents: order.totalCents });
    expect(await refundState(after)).toMatchObject({ waitingCents: 0, canRefund: false });
    const types = await timeline(order.id);
    expect(types.filter((t) => t === "refund_requested")).toHaveLength(1);
    expect(types.filter((t) => t === "restocked")).toHaveLength(1);
    expect(types.filter((t) => t === "refunded")).toHaveLength(1);

    const refunds = await getStripe().refunds.list({ payment_intent: order.paymentIntentId! });
    expect(refunds.data).toHaveLength(1);
    expect(refunds.data[0]).toMatchObject({ amount: order.totalCents, metadata: { orderId: order.id, restock: "true" } });
  });

  it("refunds in part without restock, then the rest with restock; the items go back once", async () => {
    const admin = await adminActor();
    const { order, product } = await paidOrder(2, 1500);

    expect(await refundOrder(admin, { orderId: order.id, amount: "5", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 500 });
    expect(await stockOf(product.id)).toBe(8);

    const rest = order.totalCents - 500;
    expect(await refundOrder(admin, { orderId: order.id, amount: dollars(rest), restock: "on", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: order.totalCents });
    expect(await stockOf(product.id)).toBe(10);

    const again = await refundOrder(admin, { orderId: order.id, amount: "1.00", restock: "on", requestId: randomUUID() });
    expect(again).toMatchObject({ ok: false });
    expect(await stockOf(product.id)).toBe(10);
    expect((await timeline(order.id)).filter((t) => t === "restocked")).toHaveLength(1);
  });

  it("submitting the same form twice makes one refund", async () => {
    const admin = await adminActor();
    const { order, product } = await paidOrder(1);
    const input = { orderId: order.id, amount: "2.50", restock: "on", requestId: randomUUID() };
    // React runs a form's submissions one after another, so a double click arrives like this.
    const first = await refundOrder(admin, input);
    const second = await refundOrder(admin, input);
    expect(first.ok && second.ok && first.refundId === second.refundId).toBe(true);
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 250 });
    expect(await stockOf(product.id)).toBe(10);
    expect((await timeline(order.id)).filter((t) => t === "refund_requested")).toHaveLength(1);
  });

  it("validates the amount against what is left to refund and changes nothing on bad input", async () => {
    const admin = await adminActor();
    const { order, product } = await paidOrder(1);
    const cases: [string, RegExp][] = [
      ["0", /more than \$0\.00/],
      ["abc", /in dollars/],
      ["", /Enter the refund amount/],
      [dollars(order.totalCents + 1), /At most/],
    ];
    for (const [amount, message] of cases) {
      const result = await refundOrder(admin, { orderId: order.id, amount, restock: "on", requestId: randomUUID() });
      expect(result.ok).toBe(false);
      expect(!result.ok && "fieldErrors" in result && result.fieldErrors?.amount?.[0]).toMatch(message);
    }
    expect(await refundOrder(admin, { orderId: order.id, amount: "1", requestId: "not-a-uuid" })).toMatchObject({ ok: false });
    expect((await getStripe().refunds.list({ payment_intent: order.paymentIntentId! })).data).toHaveLength(0);
    expect(await stockOf(product.id)).toBe(9);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 0 });
  });

  it("refuses to refund an order that was never paid", async () => {
    const admin = await adminActor();
    const product = await createProduct({ stock: 5 });
    const checkout = await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping });
    if (!checkout.ok) throw new Error(checkout.message);
    const result = await refundOrder(admin, { orderId: checkout.orderId, amount: "1", requestId: randomUUID() });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/only a paid order/) });
  });

  it("refuses a customer and a signed-out caller: no refund at Stripe, no stock change", async () => {
    const { order, product } = await paidOrder(2);
    for (const actor of [await customerActor(), null]) {
      const result = await refundOrder(actor, { orderId: order.id, amount: dollars(order.totalCents), restock: "on", requestId: randomUUID() });
      expect(result).toEqual({ ok: false, message: "Not found" });
    }
    expect((await getStripe().refunds.list({ payment_intent: order.paymentIntentId! })).data).toHaveLength(0);
    expect(await stockOf(product.id)).toBe(8);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 0 });
  });

  it("a refund that fails after charge.refunded takes the order back to paid, and the operator sees why", async () => {
    const admin = await adminActor();
    // Stripe's test card whose refunds succeed at first and fail a while later (refund.failed).
    const { order } = await paidOrder(2, 1000, "pm_card_refundFail");
    expect(await refundOrder(admin, { orderId: order.id, amount: "5", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 500 });

    await stripeSandbox().clock.advance(5 * 60_000);
    await deliverWebhooks();
    const after = await orderRow(order.id);
    expect(after).toMatchObject({ status: "paid", refundedCents: 0 });
    const events = await getDb().select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(orderEvents.id);
    const failed = events.filter((event) => event.type === "refund_failed");
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(/refund of \$5\.00 failed/i);
    expect(failed[0].message).toMatch(/\$0\.00 is refunded/);
    // What failed can be refunded again, and the dashboard lists the failure for the operator.
    expect(await refundState(after)).toMatchObject({ refundableCents: order.totalCents, canRefund: true });
    const dashboard = await getDashboard(admin);
    expect(dashboard.ok && dashboard.failedRefunds.map((entry) => entry.orderId)).toContain(order.id);

    // Replaying every event again changes nothing.
    await stripeSandbox().clock.advance(5 * 60_000);
    await deliverWebhooks();
    expect((await timeline(order.id)).filter((t) => t === "refund_failed")).toHaveLength(1);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 0 });
  });
});
