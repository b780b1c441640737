import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/db/client";
import { sandboxObjects, webhookEvents } from "@/db/schema";
import { startCheckout } from "@/lib/checkout";
import { getStripe } from "@/lib/payments/stripe";
import { replayWebhookEvent } from "@/lib/payments/webhooks";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, orderRow, shipping, stockOf, timelineTypes } from "./checkout-helpers";
import { stripeSandbox } from "@/lib/payments/sandbox";

// Events are delivered by hand here, in the order each test chooses.
beforeAll(() => {
  stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 500 });
});

async function post(payload: string, signature: string | null = stripeSandbox().webhooks.sign(payload)) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["stripe-signature"] = signature;
  const response = await POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", headers, body: payload }));
  return { status: response.status, body: (await response.json()) as { received: boolean; duplicate?: boolean; error?: string } };
}

/** The events the sandbox emitted for one object, oldest first, as the JSON Stripe would send. */
async function emitted(objectId: string, type: string): Promise<string[]> {
  const rows = await db.select({ data: sandboxObjects.data }).from(sandboxObjects).where(eq(sandboxObjects.object, "event")).orderBy(sandboxObjects.createdAt);
  return rows
    .map((row) => row.data as unknown as Stripe.Event)
    .filter((event) => event.type === type && (event.data.object as { id: string }).id === objectId)
    .map((event) => JSON.stringify(event));
}

async function recorded(payload: string) {
  const id = (JSON.parse(payload) as Stripe.Event).id;
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id));
  return row;
}

/** Pays the checkout's PaymentIntent with `card`, as the card form does. */
function payWith(checkout: { paymentIntentId: string }, card: string) {
  return getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: card, return_url: "http://localhost/checkout/complete" });
}

async function paidCheckout(priceCents = 2000, stock = 5) {
  const product = await createProduct({ priceCents, stock });
  const result = await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: null, shipping });
  if (!result.ok) throw new Error(result.message);
  return { ...result, product };
}

describe("POST /api/webhooks/stripe for payments", () => {
  it("refuses a bad signature with 400 and writes nothing", async () => {
    const checkout = await paidCheckout();
    await payWith(checkout, "pm_card_visa");
    const [payload] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");

    const forged = await post(payload, stripeSandbox().webhooks.sign(payload, "whsec_not_the_secret"));
    expect(forged).toMatchObject({ status: 400, body: { received: false } });
    const cheaper = payload.replace(/"amount":\d+/, '"amount":1');
    expect(cheaper).not.toBe(payload);
    const tampered = await post(cheaper, stripeSandbox().webhooks.sign(payload));
    expect(tampered.status).toBe(400);
    expect(await recorded(payload)).toBeUndefined();
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "pending" });
  });

  it("refuses a missing signature with 400 and writes nothing", async () => {
    const checkout = await paidCheckout();
    await payWith(checkout, "pm_card_visa");
    const [payload] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");
    expect(await post(payload, null)).toMatchObject({ status: 400, body: { received: false, error: "Missing Stripe-Signature header" } });
    expect(await recorded(payload)).toBeUndefined();
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "pending" });
  });

  it("has one effect for a replayed event: delivered twice, and replayed by an operator", async () => {
    const checkout = await paidCheckout(2000, 3);
    await payWith(checkout, "pm_card_visa");
    const [payload] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");

    expect(await post(payload)).toMatchObject({ status: 200, body: { received: true } });
    expect(await post(payload)).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
    const replayed = await replayWebhookEvent((JSON.parse(payload) as Stripe.Event).id);
    expect(replayed).toEqual({ ok: true, status: "processed" });

    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid" });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "paid")).toEqual(["paid"]);
    expect(await recorded(payload)).toMatchObject({ status: "processed", attempts: 3 });
    expect(await stockOf(checkout.product.id)).toBe(2);
  });

  it("never lets a late payment_failed downgrade a paid order", async () => {
    const checkout = await paidCheckout();
    await payWith(checkout, "pm_card_visa_chargeDeclined").catch(() => undefined);
    await payWith(checkout, "pm_card_visa");
    const [failed] = await emitted(checkout.paymentIntentId, "payment_intent.payment_failed");
    const [succeeded] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");

    expect((await post(succeeded)).status).toBe(200);
    expect((await post(failed)).status).toBe(200);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid", failureMessage: null });
    expect(await timelineTypes(checkout.orderId)).not.toContain("payment_failed");
  });

  it("settles a payment_failed that arrives after the payment succeeded (succeeded lost) as paid", async () => {
    const checkout = await paidCheckout();
    await payWith(checkout, "pm_card_visa_chargeDeclinedInsufficientFunds").catch(() => undefined);
    await payWith(checkout, "pm_card_visa");
    const [failed] = await emitted(checkout.paymentIntentId, "payment_intent.payment_failed");
    expect((await post(failed)).status).toBe(200);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid" });
  });

  it("answers 200 to signed bodies that are not usable events and records them as ignored with the reason", async () => {
    for (const payload of ["null", "[]", '{"type":"payment_intent.succeeded"}', '{"id":"evt_no_object","type":"charge.refunded","data":{}}', "not json"]) {
      const answer = await post(payload);
      expect(answer, payload).toMatchObject({ status: 200, body: { received: true, ignored: expect.stringMatching(/not a usable event/) } });
    }
    const rows = await db.select().from(webhookEvents).where(eq(webhookEvents.type, "(not an event)"));
    expect(rows.length).toBe(5);
    expect(rows.every((row) => row.status === "ignored" && /not a usable event/.test(row.error ?? ""))).toBe(true);
  });

  it("records events for objects Stripe does not have as ignored (200), not as failures to retry for days", async () => {
    const event = { id: "evt_missing_pi", object: "event", type: "payment_intent.payment_failed", created: 1, data: { object: { id: "pi_does_not_exist", object: "payment_intent" } } };
    const payload = JSON.stringify(event);
    expect(await post(payload)).toMatchObject({ status: 200, body: { received: true, ignored: expect.stringMatching(/No such payment_intent/) } });
    expect(await recorded(payload)).toMatchObject({ status: "ignored", error: expect.stringMatching(/No such payment_intent/) });
  });

  it("lets a retry take over an event whose first attempt crashed (still received after the lease), once", async () => {
    const checkout = await paidCheckout(2000, 3);
    await payWith(checkout, "pm_card_visa");
    const [payload] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");
    const event = JSON.parse(payload) as Stripe.Event;
    // The first attempt recorded the event, then the process died before the handler finished.
    await db.insert(webhookEvents).values({ id: event.id, type: event.type, objectId: checkout.paymentIntentId, payload, leaseUntil: new Date(Date.now() + 60_000) });

    // Within the lease a retry is a duplicate (the attempt may still be running)…
    expect(await post(payload)).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "pending" });

    // …after it, concurrent retries claim it once and the order is paid once.
    await db.update(webhookEvents).set({ leaseUntil: new Date(Date.now() - 1) }).where(eq(webhookEvents.id, event.id));
    const answers = await Promise.all([post(payload), post(payload), post(payload)]);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => !answer.body.duplicate)).toHaveLength(1);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid" });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "paid")).toEqual(["paid"]);
    expect(await recorded(payload)).toMatchObject({ status: "processed", attempts: 5 });
  });

  it("answers 200 to event types it does not handle, and records them as ignored", async () => {
    const event = { id: "evt_unhandled_1", object: "event", type: "customer.created", created: 1, data: { object: { id: "cus_1", object: "customer" } } };
    const payload = JSON.stringify(event);
    expect(await post(payload)).toMatchObject({ status: 200, body: { received: true } });
    expect(await recorded(payload)).toMatchObject({ type: "customer.created", status: "ignored" });
  });

  it("leaves PaymentIntents that pay no order alone", async () => {
    const stripe = getStripe();
    const other = await stripe.paymentIntents.create({ amount: 500, currency: "usd", payment_method: "pm_card_visa", confirm: true, return_url: "http://localhost/done" });
    const [payload] = await emitted(other.id, "payment_intent.succeeded");
    expect((await post(payload)).status).toBe(200);
    expect(await recorded(payload)).toMatchObject({ status: "processed" });
  });
});

describe("charge.refunded", () => {
  /** A checkout paid by card, its payment_intent.succeeded delivered; gives the checkout and its charge. */
  async function paidOrder(priceCents: number) {
    const checkout = await paidCheckout(priceCents);
    const stripe = getStripe();
    await payWith(checkout, "pm_card_visa");
    const [paid] = await emitted(checkout.paymentIntentId, "payment_intent.succeeded");
    await post(paid);
    const charge = String((await stripe.paymentIntents.retrieve(checkout.paymentIntentId)).latest_charge);
    return { checkout, charge };
  }

  it("marks an order partially refunded, then refunded, from the charge's amount_refunded", async () => {
    // $40.00 + $4.95 shipping.
    const { checkout, charge } = await paidOrder(4000);
    const stripe = getStripe();

    await stripe.refunds.create({ payment_intent: checkout.paymentIntentId, amount: 1000, metadata: { orderId: checkout.orderId } });
    const [partial] = await emitted(charge, "charge.refunded");
    expect((await post(partial)).status).toBe(200);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });

    await stripe.refunds.create({ payment_intent: checkout.paymentIntentId });
    const [, full] = await emitted(charge, "charge.refunded");
    expect((await post(full)).status).toBe(200);
    expect((await post(partial)).body.duplicate).toBe(true);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "refunded", refundedCents: 4495 });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "refunded")).toHaveLength(2);
  });

  it("settles refund events that arrive out of order on the latest amount", async () => {
    const { checkout, charge } = await paidOrder(3000);
    const stripe = getStripe();
    await stripe.refunds.create({ payment_intent: checkout.paymentIntentId, amount: 500 });
    await stripe.refunds.create({ payment_intent: checkout.paymentIntentId, amount: 700 });
    const [first, second] = await emitted(charge, "charge.refunded");

    expect((await post(second)).status).toBe(200);
    expect((await post(first)).status).toBe(200);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "partially_refunded", refundedCents: 1200 });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "refunded")).toHaveLength(1);
  });
});
