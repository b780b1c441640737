import { eq, inArray } from "drizzle-orm";
import { Writable } from "node:stream";
import Stripe from "stripe";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/db/client";
import { subscriptions, webhookEvents, type PlanId } from "@/db/schema";
import { webhookSecret } from "@/lib/config/env";
import { logTo } from "@/lib/observability/logger";
import { getStripe } from "@/lib/payments/stripe";
import { deliverWebhooks } from "@/tests/support/stripe";
import { sandboxNow, stripeSandbox } from "@/lib/payments/sandbox";
import { cancelAtPeriodEnd, switchPlan } from "@/lib/plans/manage";
import { upsertSubscription } from "@/lib/plans/sync";
import { advance, createUser, startPaid, subscriptionRow } from "./plans-helpers";

type Captured = { payload: string; signature: string; event: Stripe.Event };
let captured: Captured[] = [];

// Every event the sandbox sends is kept (and acknowledged) instead of delivered, so a test can
// hand them to the real webhook route in any order, any number of times.
beforeEach(() => {
  captured = [];
  stripeSandbox().webhooks.configure({
    automatic: false,
    deliver: async (payload, signature) => {
      captured.push({ payload, signature, event: Stripe.webhooks.constructEvent(payload, signature, webhookSecret()) });
      return 200;
    },
  });
});

async function deliver(event: Captured) {
  const response = await POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": event.signature },
      body: event.payload,
    }),
  );
  return { status: response.status, body: (await response.json()) as { received: boolean; duplicate?: boolean } };
}

const PLAN_EVENTS = ["customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted", "invoice.paid", "invoice.payment_failed"];

function planEvents() {
  return captured.filter((entry) => PLAN_EVENTS.includes(entry.event.type));
}

/** What the table must say: Stripe's state, as a fresh re-read gives it. */
async function stripeState(subscriptionId: string) {
  const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
  const item = subscription.items.data[0];
  return {
    status: subscription.status,
    plan: item.price.lookup_key?.replace("plan_", ""),
    currentPeriodEnd: new Date(item.current_period_end * 1000),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
  };
}

async function wipe(subscriptionId: string) {
  await getDb().delete(subscriptions).where(eq(subscriptions.id, subscriptionId));
}

/** A new member's paid subscription with its row wiped, and the invoice.paid event Stripe sent for it. */
async function paidInvoiceOfWiped(plan: PlanId) {
  const user = await createUser();
  const { subscriptionId } = await startPaid(user.id, plan);
  await wipe(subscriptionId);
  const paid = planEvents().find((entry) => entry.event.type === "invoice.paid");
  expect(paid).toBeDefined();
  return { user, subscriptionId, paid: paid! };
}

describe("subscription webhooks", () => {
  it("delivered in reverse order and twice each, they settle on Stripe's current state", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    await switchPlan(user.id, "quarterly");
    const end = (await getStripe().subscriptions.retrieve(subscriptionId)).items.data[0].current_period_end * 1000;
    await advance(end - (await sandboxNow()) + 60_000);
    await cancelAtPeriodEnd(user.id);
    await deliverWebhooks();

    const events = planEvents();
    expect(events.map((entry) => entry.event.type)).toEqual(
      expect.arrayContaining(["customer.subscription.created", "customer.subscription.updated", "invoice.paid"]),
    );
    expect(events.length).toBeGreaterThanOrEqual(6);
    await wipe(subscriptionId);

    // The oldest event (the subscription still incomplete) lands last; every event lands twice.
    const reversed = [...events].reverse();
    for (const entry of reversed) expect((await deliver(entry)).status).toBe(200);
    for (const entry of reversed) expect((await deliver(entry)).body).toEqual({ received: true, duplicate: true });

    const expected = await stripeState(subscriptionId);
    expect(expected).toMatchObject({ status: "active", plan: "quarterly", cancelAtPeriodEnd: true });
    expect(await subscriptionRow(subscriptionId)).toMatchObject(expected);

    const recorded = await getDb()
      .select()
      .from(webhookEvents)
      .where(inArray(webhookEvents.id, events.map((entry) => entry.event.id)));
    expect(recorded).toHaveLength(events.length);
    expect(recorded.every((row) => row.status === "processed" && row.attempts === 2)).toBe(true);
  });

  it("a late 'created' event never turns an active plan back into an incomplete one", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "annual");
    const created = planEvents().find((entry) => entry.event.type === "customer.subscription.created");
    expect(created).toBeDefined();
    const createdObject = created!.event.data.object as Stripe.Subscription;
    expect(createdObject.status).toBe("incomplete");
    await wipe(subscriptionId);
    for (const entry of planEvents().filter((entry) => entry !== created)) await deliver(entry);
    expect((await subscriptionRow(subscriptionId)).status).toBe("active");
    await deliver(created!);
    expect((await subscriptionRow(subscriptionId)).status).toBe("active");
  });

  it("a deletion delivered before the renewal events still ends with the plan canceled", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    for (const entry of planEvents()) await deliver(entry);
    await cancelAtPeriodEnd(user.id);
    captured = [];
    const end = (await getStripe().subscriptions.retrieve(subscriptionId)).items.data[0].current_period_end * 1000;
    await advance(end - (await sandboxNow()) + 60_000);

    const events = planEvents();
    expect(events.map((entry) => entry.event.type)).toContain("customer.subscription.deleted");
    const deleted = events.filter((entry) => entry.event.type === "customer.subscription.deleted");
    const rest = events.filter((entry) => entry.event.type !== "customer.subscription.deleted");
    for (const entry of [...deleted, ...rest, ...deleted]) await deliver(entry);
    expect(await subscriptionRow(subscriptionId)).toMatchObject(await stripeState(subscriptionId));
    expect((await subscriptionRow(subscriptionId)).status).toBe("canceled");
  });

  it("an invoice event finds its subscription through invoice.parent.subscription_details", async () => {
    const { user, subscriptionId, paid } = await paidInvoiceOfWiped("quarterly");
    expect(await deliver(paid)).toMatchObject({ status: 200 });
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ status: "active", plan: "quarterly", userId: user.id });
  });

  it("an invoice event rendered in an older API version (no parent) is re-read from Stripe, and the version difference is logged", async () => {
    const { user, subscriptionId, paid } = await paidInvoiceOfWiped("annual");
    // Before 2025-03-31 an invoice named its subscription at the top level, not under `parent`.
    const { parent: _parent, ...invoice } = paid.event.data.object as Stripe.Invoice;
    const legacy = { ...paid.event, id: `${paid.event.id}_legacy`, api_version: "2024-06-20", data: { object: { ...invoice, subscription: subscriptionId } } };
    const payload = JSON.stringify(legacy);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
    const lines: string[] = [];
    logTo(new Writable({ write: (chunk: Buffer, _, done) => (lines.push(chunk.toString()), done()) }));
    try {
      expect(await deliver({ payload, signature, event: legacy as unknown as Stripe.Event })).toMatchObject({ status: 200 });
      expect(lines.join("\n")).toMatch(/API version 2024-06-20.*2026-10-28\.endive/);
    } finally {
      logTo();
    }
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ status: "active", plan: "annual", userId: user.id });
  });

  it("a subscription read without its schedule expanded keeps the booked plan switch", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    await switchPlan(user.id, "annual");
    expect((await subscriptionRow(subscriptionId)).scheduledPlan).toBe("annual");
    const unexpanded = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(typeof unexpanded.schedule).toBe("string");
    await upsertSubscription(unexpanded);
    expect((await subscriptionRow(subscriptionId)).scheduledPlan).toBe("annual");
  });
});
