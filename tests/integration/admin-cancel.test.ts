import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { refundOrder } from "@/lib/admin/refunds";
import { startCheckout } from "@/lib/checkout";
import { cancelAndRefund, fulfilOrder } from "@/lib/orders/fulfilment";
import { getOrderDetail } from "@/lib/orders/queries";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { adminActor, customerActor } from "./admin-helpers";
import { cartWith, orderRow, shipping, stockOf, timelineTypes } from "./checkout-helpers";
import { outboxFor } from "@/tests/support/outbox";

beforeAll(() => {
  routeWebhooksToHandler();
});

/** A real paid order: checkout through the sandbox, paid with 4242, webhooks delivered. */
async function paidOrder(quantity = 3, priceCents = 1000) {
  const product = await createProduct({ priceCents, stock: 10 });
  const cartId = await cartWith([[product.id, quantity]]);
  const email = `cancel-${randomUUID()}@example.com`;
  const checkout = await startCheckout({ cartId, userId: null, shipping: { ...shipping, email } });
  if (!checkout.ok) throw new Error(checkout.message);
  await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
  await deliverWebhooks();
  const order = await orderRow(checkout.orderId);
  expect(order.status).toBe("paid");
  return { order, product, email };
}

async function refundEmailsTo(email: string) {
  const rows = await outboxFor(email);
  return rows.filter((row) => row.subject.startsWith("Refund of"));
}

const count = (types: string[], type: string) => types.filter((t) => t === type).length;

describe("cancel and refund before shipping", () => {
  it("refunds a paid, unpacked order in full, restores its stock once, and emails the shopper once, whatever the webhooks do", async () => {
    const admin = await adminActor();
    const { order, product, email } = await paidOrder(3);
    expect(await stockOf(product.id)).toBe(7);

    const result = await cancelAndRefund(admin, { orderId: order.id });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/canceled/i) });

    // The order is settled at once: the operator does not wait for charge.refunded.
    const canceled = await orderRow(order.id);
    expect(canceled).toMatchObject({ status: "refunded", refundedCents: order.totalCents, fulfilment: "canceled" });
    expect(canceled.canceledAt).toBeInstanceOf(Date);
    expect(await stockOf(product.id)).toBe(10);
    expect(await refundEmailsTo(email)).toHaveLength(1);
    expect((await refundEmailsTo(email))[0].text).toContain(`$${(order.totalCents / 100).toFixed(2)}`);

    // The refund's webhooks arrive afterwards (charge.refunded, refund.updated) and change nothing.
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: order.totalCents, fulfilment: "canceled" });
    expect(await stockOf(product.id)).toBe(10);
    expect(await refundEmailsTo(email)).toHaveLength(1);
    const types = await timelineTypes(order.id);
    expect(count(types, "order_canceled")).toBe(1);
    expect(count(types, "refunded")).toBe(1);
    expect(count(types, "restocked")).toBe(1);

    // Again: nothing more is refunded, restocked or sent.
    expect(await cancelAndRefund(admin, { orderId: order.id })).toMatchObject({ ok: false, message: expect.stringMatching(/already canceled/i) });
    const refunds = await getStripe().refunds.list({ payment_intent: order.paymentIntentId! });
    expect(refunds.data).toHaveLength(1);
    expect(refunds.data[0].amount).toBe(order.totalCents);
    expect(await stockOf(product.id)).toBe(10);
    expect(await refundEmailsTo(email)).toHaveLength(1);

    // The shopper sees the cancellation on their order, and the order can no longer be packed.
    const detail = await getOrderDetail(order.id);
    expect(detail?.timeline.map((entry) => entry.message).join("\n")).toMatch(/canceled/i);
    expect(await fulfilOrder(admin, { orderId: order.id, step: "pack" })).toMatchObject({ ok: false });
  });

  it("cancels a packed order that was partly refunded, refunding what is left", async () => {
    const admin = await adminActor();
    const { order, product, email } = await paidOrder(2, 1500);
    expect(await refundOrder(admin, { orderId: order.id, amount: "5", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    expect(await fulfilOrder(admin, { orderId: order.id, step: "pack" })).toMatchObject({ ok: true });

    expect(await cancelAndRefund(admin, { orderId: order.id })).toMatchObject({ ok: true });
    await deliverWebhooks();
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: order.totalCents, fulfilment: "canceled" });
    expect(await stockOf(product.id)).toBe(10);
    const refunds = await getStripe().refunds.list({ payment_intent: order.paymentIntentId! });
    expect(refunds.data.map((refund) => refund.amount).sort((a, b) => a - b)).toEqual([500, order.totalCents - 500].sort((a, b) => a - b));
    expect(await refundEmailsTo(email)).toHaveLength(2);
  });

  it("refuses a shipped order, an unpaid one, customers and signed-out callers, changing nothing", async () => {
    const admin = await adminActor();
    const { order, product } = await paidOrder(1);
    await fulfilOrder(admin, { orderId: order.id, step: "pack" });
    await fulfilOrder(admin, { orderId: order.id, step: "ship", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(await cancelAndRefund(admin, { orderId: order.id })).toMatchObject({ ok: false, message: expect.stringMatching(/shipped/i) });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", fulfilment: "shipped" });

    const other = await paidOrder(1);
    for (const actor of [await customerActor(), null]) {
      expect(await cancelAndRefund(actor, { orderId: other.order.id })).toEqual({ ok: false, message: "Not found" });
    }
    expect(await orderRow(other.order.id)).toMatchObject({ status: "paid", fulfilment: "unfulfilled" });

    const unpaid = await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping });
    if (!unpaid.ok) throw new Error(unpaid.message);
    expect(await cancelAndRefund(admin, { orderId: unpaid.orderId })).toMatchObject({ ok: false, message: expect.stringMatching(/paid/i) });
    expect(await cancelAndRefund(admin, { orderId: 42 })).toMatchObject({ ok: false });
    expect(await cancelAndRefund(admin, { orderId: "ord_missing" })).toMatchObject({ ok: false });
    for (const id of [order.id, other.order.id]) {
      expect((await getStripe().refunds.list({ payment_intent: (await orderRow(id)).paymentIntentId! })).data).toHaveLength(0);
    }
  });
});
