import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderEvents, webhookEvents } from "@/db/schema";
import { refundOrder } from "@/lib/admin/refunds";
import { listWebhookEvents, replayEvent } from "@/lib/admin/webhook-log";
import { startCheckout } from "@/lib/checkout";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { adminActor } from "./admin-helpers";
import { cartWith, orderRow, shipping, stockOf } from "./checkout-helpers";

beforeAll(() => {
  routeWebhooksToHandler();
});

async function snapshot(orderId: string, productId: number) {
  const events = await getDb().select({ type: orderEvents.type, message: orderEvents.message }).from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  const order = await orderRow(orderId);
  return { status: order.status, refundedCents: order.refundedCents, paidAt: order.paidAt, events, stock: await stockOf(productId) };
}

describe("webhook event log and replay", () => {
  it("replaying processed payment and refund events changes nothing", async () => {
    const admin = await adminActor();
    const product = await createProduct({ priceCents: 800, stock: 6 });
    const checkout = await startCheckout({ cartId: await cartWith([[product.id, 2]]), userId: null, shipping });
    if (!checkout.ok) throw new Error(checkout.message);
    await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
    await deliverWebhooks();
    expect(await refundOrder(admin, { orderId: checkout.orderId, amount: "3.00", restock: "on", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    const before = await snapshot(checkout.orderId, product.id);
    expect(before).toMatchObject({ status: "partially_refunded", refundedCents: 300, stock: 6 });

    const log = await listWebhookEvents(admin, { status: "processed" });
    if (!log.ok) throw new Error("refused");
    const replayable = log.rows.filter((event) => ["payment_intent.succeeded", "charge.refunded"].includes(event.type));
    expect(replayable.map((event) => event.type).sort()).toEqual(["charge.refunded", "payment_intent.succeeded"]);

    for (const event of replayable) {
      const result = await replayEvent(admin, { eventId: event.id });
      expect(result).toEqual({ ok: true, status: "processed", message: "Replayed: the event is processed." });
      const [row] = await getDb().select().from(webhookEvents).where(eq(webhookEvents.id, event.id));
      expect(row.attempts).toBe(event.attempts + 1);
    }
    expect(await snapshot(checkout.orderId, product.id)).toEqual(before);
  });

  it("filters the log by type and status, and answers unknown or malformed ids", async () => {
    const admin = await adminActor();
    await getDb()
      .insert(webhookEvents)
      .values([
        { id: "evt_filter_a", type: "customer.created", status: "ignored", payload: "{}" },
        { id: "evt_filter_b", type: "invoice.paid", status: "failed", error: "boom", payload: "{}" },
      ]);
    const byType = await listWebhookEvents(admin, { type: "customer.created" });
    expect(byType.ok && byType.rows.map((e) => e.id)).toEqual(["evt_filter_a"]);
    const failed = await listWebhookEvents(admin, { status: "failed" });
    expect(failed.ok && failed.rows.map((e) => e.id)).toEqual(["evt_filter_b"]);
    expect(byType.ok && byType.types).toEqual(expect.arrayContaining(["customer.created", "invoice.paid"]));

    expect(await replayEvent(admin, { eventId: "evt_missing" })).toEqual({ ok: false, message: "No such event." });
    expect(await replayEvent(admin, { eventId: "'; drop table x" })).toEqual({ ok: false, message: "Not a Stripe event id" });
  });
});
