import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from "@opentelemetry/sdk-trace";
import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/db/client";
import { emails, sandboxObjects, webhookEvents } from "@/db/schema";
import { startCheckout } from "@/lib/checkout";
import { bodyOf } from "@/lib/email/outbox";
import { sweepExpiredReservationsSoon } from "@/lib/orders/sweeper";
import { stripeSandbox } from "@/lib/payments/sandbox";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, orderRow, shipping, timelineTypes } from "./checkout-helpers";

// What one delivery costs the database, read from the spans the app records for every statement
// (db/client.ts): a design check (one transaction per event, a bounded number of statements), not a timing.
const spans = new InMemorySpanExporter();

beforeAll(() => {
  stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 500 });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] }));
});

beforeEach(() => spans.reset());

/** The database spans recorded under the delivery's "stripe webhook" span. */
async function deliver(payload: string) {
  // The reservation sweep runs at most every 10 s; it has just run, so this delivery does not sweep.
  await sweepExpiredReservationsSoon();
  spans.reset();
  const response = await POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": stripeSandbox().webhooks.sign(payload) },
      body: payload,
    }),
  );
  const finished = spans.getFinishedSpans();
  const root = finished.find((span) => span.name === "stripe webhook");
  if (!root) throw new Error("no stripe webhook span");
  const byId = new Map(finished.map((span) => [span.spanContext().spanId, span]));
  const under = (span: ReadableSpan): boolean => {
    const parent = span.parentSpanContext?.spanId;
    if (!parent) return false;
    if (parent === root.spanContext().spanId) return true;
    const next = byId.get(parent);
    return next ? under(next) : false;
  };
  const statements = finished.filter((span) => span.attributes["db.system.name"] === "sqlite" && under(span)).map((span) => span.name);
  return { status: response.status, body: (await response.json()) as { duplicate?: boolean }, statements };
}

const transactions = (statements: string[]) => statements.filter((name) => name === "BEGIN").length;
/** Statements that read or write rows (BEGIN and COMMIT aside). */
const work = (statements: string[]) => statements.filter((name) => name !== "BEGIN" && name !== "COMMIT");

async function succeededEvent() {
  const product = await createProduct({ priceCents: 1500, stock: 5 });
  const checkout = await startCheckout({ cartId: await cartWith([[product.id, 2]]), userId: null, shipping });
  if (!checkout.ok) throw new Error(checkout.message);
  await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
  const rows = await db.select({ data: sandboxObjects.data }).from(sandboxObjects).where(eq(sandboxObjects.object, "event"));
  const event = rows
    .map((row) => row.data as unknown as Stripe.Event)
    .find((candidate) => candidate.type === "payment_intent.succeeded" && (candidate.data.object as { id: string }).id === checkout.paymentIntentId);
  if (!event) throw new Error("no payment_intent.succeeded event");
  return { checkout, payload: JSON.stringify(event) };
}

describe("statements per webhook event", () => {
  it("a payment_intent.succeeded for a pending order is recorded and settled in one transaction of at most 8 statements", async () => {
    const { checkout, payload } = await succeededEvent();
    const { status, statements } = await deliver(payload);

    expect(status).toBe(200);
    expect(await orderRow(checkout.orderId)).toMatchObject({ status: "paid" });
    expect((await timelineTypes(checkout.orderId)).filter((type) => type === "paid")).toEqual(["paid"]);
    const [recorded] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, (JSON.parse(payload) as Stripe.Event).id));
    expect(recorded).toMatchObject({ status: "processed", attempts: 1, leaseUntil: null });
    expect(await db.select({ id: emails.id }).from(emails).where(eq(emails.dedupeKey, `receipt:${checkout.orderId}`))).toHaveLength(1);

    // Every write, the event's record included, between one BEGIN and its COMMIT.
    expect(transactions(statements), statements.join(", ")).toBe(1);
    expect([statements[0], statements.at(-1)], statements.join(", ")).toEqual(["BEGIN", "COMMIT"]);
    // Record the event, mark the order paid, commit its reservations, take the items out of the
    // cart (update, delete), write the 'paid' entry, read the items for the receipt, queue it.
    expect(work(statements).length, statements.join(", ")).toBeLessThanOrEqual(8);
  });

  it("queues the receipt as its template and data, rendering nothing in the webhook's transaction", async () => {
    const { checkout, payload } = await succeededEvent();
    await deliver(payload);

    const [receipt] = await db.select().from(emails).where(eq(emails.dedupeKey, `receipt:${checkout.orderId}`));
    expect(receipt).toMatchObject({ template: "receipt", text: null, html: null });
    expect(receipt.subject).toMatch(new RegExp(`^Your Beyond Earth receipt: \\$\\d+\\.\\d\\d \\(order ${checkout.orderId}\\)$`));
    expect(JSON.parse(receipt.data ?? "{}")).toMatchObject({ orderId: checkout.orderId, paymentIntentId: checkout.paymentIntentId, locale: "en" });
    // What the sender will send, rendered from that data.
    const { text } = await bodyOf(receipt);
    expect(text).toContain(checkout.paymentIntentId);
    expect(text).toContain(`/guest-orders/${checkout.orderId}?key=`);
  });

  it("its duplicate is answered with two statements, which only count the attempt", async () => {
    const { payload } = await succeededEvent();
    await deliver(payload);
    const duplicate = await deliver(payload);

    expect(duplicate).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(transactions(duplicate.statements)).toBeLessThanOrEqual(1);
    expect(work(duplicate.statements), duplicate.statements.join(", ")).toEqual(["INSERT webhook_events", "UPDATE webhook_events"]);
    const [recorded] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, (JSON.parse(payload) as Stripe.Event).id));
    expect(recorded).toMatchObject({ status: "processed", attempts: 2 });
  });

  it("an event the shop has no handler for is recorded as ignored in one statement", async () => {
    const payload = JSON.stringify({ id: "evt_statements_unhandled", object: "event", type: "charge.succeeded", created: 1, data: { object: { id: "ch_1", object: "charge" } } });
    const { status, statements } = await deliver(payload);

    expect(status).toBe(200);
    const [recorded] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, "evt_statements_unhandled"));
    expect(recorded).toMatchObject({ type: "charge.succeeded", status: "ignored", attempts: 1 });
    expect(recorded.processedAt).not.toBeNull();
    expect(transactions(statements)).toBe(0);
    expect(work(statements), statements.join(", ")).toEqual(["INSERT webhook_events"]);
  });
});
