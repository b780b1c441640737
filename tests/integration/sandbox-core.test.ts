import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { getStripe } from "@/lib/payments/stripe";
import { decodeStripeForm } from "@/lib/stripe-sandbox/form";
import { webhookSecret } from "@/lib/config/env";
import { stripeSandbox } from "@/lib/payments/sandbox";

describe("Stripe sandbox core, through the official SDK", () => {
  it("creates and retrieves customers, and answers Stripe-shaped 404s", async () => {
    const stripe = getStripe();
    const created = await stripe.customers.create({ email: "ada@example.com", name: "Ada", metadata: { userId: "u1" } });
    expect(created.id).toMatch(/^cus_/);
    const fetched = await stripe.customers.retrieve(created.id);
    expect(fetched).toMatchObject({ email: "ada@example.com", metadata: { userId: "u1" } });
    const missing = await stripe.customers.retrieve("cus_missing").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  it("replays a request with the same Idempotency-Key and refuses one with other parameters", async () => {
    const stripe = getStripe();
    const first = await stripe.customers.create({ email: "same@example.com" }, { idempotencyKey: "key-1" });
    const again = await stripe.customers.create({ email: "same@example.com" }, { idempotencyKey: "key-1" });
    expect(again.id).toBe(first.id);
    const other = await stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "key-1" }).catch((error: unknown) => error);
    expect(other).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("runs only one of two concurrent requests with the same Idempotency-Key; both get its answer", async () => {
    const stripe = getStripe();
    const [first, second] = await Promise.all([
      stripe.customers.create({ email: "race@example.com" }, { idempotencyKey: "race-key" }),
      stripe.customers.create({ email: "race@example.com" }, { idempotencyKey: "race-key" }),
    ]);
    expect(second.id).toBe(first.id);
    const created = await stripe.customers.list({ email: "race@example.com" });
    expect(created.data.map((customer) => customer.id)).toEqual([first.id]);
  });

  it("signs deliveries exactly as Stripe does and retries a failing endpoint", async () => {
    // Earlier tests' events are delivered first, so the one under test is the only one left.
    stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 200 });
    await stripeSandbox().webhooks.drain();
    const received: Stripe.Event[] = [];
    let failuresLeft = 1;
    stripeSandbox().webhooks.configure({
      automatic: false,
      deliver: async (payload, signature) => {
        if (failuresLeft-- > 0) return 500;
        received.push(Stripe.webhooks.constructEvent(payload, signature, webhookSecret()));
        return 200;
      },
    });
    const paymentIntent = await getStripe().paymentIntents.create({ amount: 500, currency: "eur" });
    await stripeSandbox().webhooks.drain();
    expect(received).toHaveLength(0);
    // The first retry is due 1 s later on the sandbox clock, which the test moves instead of waiting.
    await stripeSandbox().clock.advance(1_000);
    await stripeSandbox().webhooks.drain();
    expect(received.map((e) => [e.type, (e.data.object as { id: string }).id])).toEqual([["payment_intent.created", paymentIntent.id]]);
  });

  it("decodes Stripe's nested form encoding", () => {
    expect(decodeStripeForm("amount=100&metadata[orderId]=o1&expand[0]=a&expand[1]=b&items[0][price]=p1&items[1][price]=p2")).toEqual({
      amount: "100",
      metadata: { orderId: "o1" },
      expand: ["a", "b"],
      items: [{ price: "p1" }, { price: "p2" }],
    });
  });
});
