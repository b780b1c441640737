import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { sandboxRoutes } from "@/lib/stripe-sandbox/resources";
import { objectProblems, responseProblems } from "@/lib/stripe-sandbox/responses";
import { matchRoute } from "@/lib/stripe-sandbox/router";
import { sandboxModel } from "@/lib/stripe-sandbox/validate";
import { stripeSandbox } from "@/lib/payments/sandbox";

/**
 * Every answer the sandbox gives in the shop's flows is checked against the response model
 * generated from the `stripe` package: new code reading a field Stripe always sends must not get
 * `undefined` from the sandbox.
 */
const answers: { endpoint: string; body: unknown }[] = [];
const events: Stripe.Event[] = [];

async function recordingFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await stripeSandbox().fetch(input, init);
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  const method = (init?.method ?? "GET").toUpperCase();
  const match = matchRoute(sandboxRoutes, method, url.pathname);
  if (response.ok && match) answers.push({ endpoint: `${method} ${match.route.path}`, body: await response.clone().json() });
  return response;
}

const stripe = new Stripe("sk_test_responses", {
  apiVersion: Stripe.API_VERSION,
  httpClient: Stripe.createFetchHttpClient(recordingFetch),
  maxNetworkRetries: 0,
  telemetry: false,
});

beforeAll(() => {
  stripeSandbox().webhooks.configure({
    automatic: false,
    deliver: async (payload) => {
      events.push(JSON.parse(payload) as Stripe.Event);
      return 200;
    },
  });
});

const RETURN_URL = "http://localhost/checkout/complete";
const DAY_MS = 24 * 60 * 60 * 1000;

async function runTheShopsCalls() {
  const customer = await stripe.customers.create({ email: "model@example.com", name: "Model", metadata: { userId: "1" } });
  await stripe.customers.update(customer.id, { name: "Model Shopper" });
  await stripe.customers.retrieve(customer.id);
  await stripe.customers.list({ email: "model@example.com", limit: 5 });

  // A one-off order: paid, refunded in part, a declined attempt, a 3-D Secure challenge, a cancel.
  const order = await stripe.paymentIntents.create({ amount: 2500, currency: "usd", customer: customer.id, automatic_payment_methods: { enabled: true }, metadata: { orderId: "1" } });
  await stripe.paymentIntents.update(order.id, { amount: 2600 });
  await stripe.paymentIntents.confirm(order.id, { payment_method: "pm_card_chargeDeclined", return_url: RETURN_URL }).catch(() => undefined);
  await stripe.paymentIntents.confirm(order.id, { payment_method: "pm_card_visa", return_url: RETURN_URL });
  const paid = await stripe.paymentIntents.retrieve(order.id, { expand: ["latest_charge", "payment_method", "customer"] });
  await stripe.paymentIntents.list({ customer: customer.id, limit: 10 });
  const charge = typeof paid.latest_charge === "string" ? paid.latest_charge : paid.latest_charge!.id;
  await stripe.charges.retrieve(charge);
  await stripe.charges.list({ payment_intent: order.id });
  const refund = await stripe.refunds.create({ payment_intent: order.id, amount: 600, reason: "requested_by_customer" });
  await stripe.refunds.retrieve(refund.id);
  await stripe.refunds.list({ payment_intent: order.id, limit: 100 });
  const challenged = await stripe.paymentIntents.create({ amount: 1200, currency: "usd", automatic_payment_methods: { enabled: true } });
  await stripe.paymentIntents.confirm(challenged.id, { payment_method: "pm_card_authenticationRequiredOnSetup", return_url: RETURN_URL });
  const abandoned = await stripe.paymentIntents.create({ amount: 900, currency: "usd" });
  await stripe.paymentIntents.cancel(abandoned.id, { cancellation_reason: "abandoned" });

  // A plan: product and prices as stripe:sync makes them, a subscription paid in the browser,
  // a booked switch, a renewal, a cancellation.
  const product = await stripe.products.create({ name: "Model plan", description: "For the response check" });
  await stripe.products.update(product.id, { description: "Checked against the model" });
  await stripe.products.retrieve(product.id);
  const monthly = await stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 2900, recurring: { interval: "month" }, lookup_key: `model-monthly-${Date.now()}` });
  const annual = await stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 29000, recurring: { interval: "year" } });
  await stripe.prices.update(annual.id, { metadata: { plan: "annual" } });
  await stripe.prices.retrieve(monthly.id);
  await stripe.prices.list({ lookup_keys: [monthly.lookup_key!], expand: ["data.product"] });
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: monthly.id }],
    payment_behavior: "default_incomplete",
    payment_settings: { save_default_payment_method: "on_subscription" },
    expand: ["latest_invoice.confirmation_secret"],
    metadata: { plan: "monthly" },
  });
  const secret = (subscription.latest_invoice as Stripe.Invoice).confirmation_secret!.client_secret;
  await stripe.paymentIntents.confirm(secret.split("_secret_")[0], { payment_method: "pm_card_visa", return_url: RETURN_URL });
  const active = await stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice", "schedule"] });
  await stripe.subscriptions.list({ customer: customer.id, status: "all", limit: 20, expand: ["data.latest_invoice.confirmation_secret"] });
  const invoice = typeof active.latest_invoice === "string" ? active.latest_invoice : active.latest_invoice!.id;
  await stripe.invoices.retrieve(invoice!, { expand: ["confirmation_secret"] });
  await stripe.invoices.list({ subscription: subscription.id, limit: 10 });
  const payments = await stripe.invoicePayments.list({ invoice: invoice!, limit: 1 });
  if (payments.data[0]) await stripe.invoicePayments.retrieve(payments.data[0].id);
  const paymentMethods = await stripe.paymentMethods.list({ customer: customer.id, type: "card" });
  await stripe.paymentMethods.retrieve(paymentMethods.data[0].id);

  const item = active.items.data[0];
  const schedule = await stripe.subscriptionSchedules.create({ from_subscription: subscription.id });
  await stripe.subscriptionSchedules.update(schedule.id, {
    end_behavior: "release",
    phases: [
      { items: [{ price: monthly.id, quantity: 1 }], start_date: item.current_period_start, end_date: item.current_period_end, proration_behavior: "none" },
      { items: [{ price: annual.id, quantity: 1 }], duration: { interval: "year", interval_count: 1 }, proration_behavior: "none" },
    ],
  });
  await stripe.subscriptionSchedules.retrieve(schedule.id);
  await stripe.subscriptionSchedules.release(schedule.id);
  await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
  await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });
  await stripeSandbox().clock.advance(32 * DAY_MS);
  await stripe.invoices.list({ customer: customer.id, limit: 10 });

  const second = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: annual.id }], payment_behavior: "default_incomplete", expand: ["latest_invoice"] });
  await stripe.subscriptions.cancel(second.id);
  const booked = await stripe.subscriptionSchedules.create({ from_subscription: subscription.id });
  await stripe.subscriptionSchedules.cancel(booked.id);

  const attached = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
  await stripe.paymentMethods.detach(attached.id);
  const leaving = await stripe.customers.create({ email: "leaving@example.com" });
  await stripe.customers.del(leaving.id);
  await stripe.customers.retrieve(leaving.id);
  await stripeSandbox().webhooks.drain();
}

describe("sandbox responses against the generated model", () => {
  it("answers every call with every field Stripe always sends, with Stripe's types, in answers and in events", async () => {
    await runTheShopsCalls();
    const checked = new Set(answers.map((answer) => answer.endpoint));
    expect([...checked].sort()).toEqual(Object.keys(sandboxModel.endpoints).sort());

    const problems = answers.flatMap((answer) => responseProblems(answer.endpoint, answer.body));
    const eventProblems = events.flatMap((event) => objectProblems(event.data.object, `${event.type} data.object`));
    expect([...new Set(problems)]).toEqual([]);
    expect([...new Set(eventProblems)]).toEqual([]);
    expect(answers.length).toBeGreaterThanOrEqual(50);
    expect(events.length).toBeGreaterThanOrEqual(40);
  });
});
