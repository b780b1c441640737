import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { webhookSecret } from "@/lib/config/env";
import { getStripe } from "@/lib/payments/stripe";
import { sandboxNow, stripeSandbox } from "@/lib/payments/sandbox";

const delivered: Stripe.Event[] = [];

beforeAll(() => {
  stripeSandbox().webhooks.configure({
    automatic: false,
    deliver: async (payload, signature) => {
      delivered.push(Stripe.webhooks.constructEvent(payload, signature, webhookSecret()));
      return 200;
    },
  });
});

async function eventsFor(objectId: string) {
  await stripeSandbox().webhooks.drain();
  return delivered.filter((event) => (event.data.object as { id?: string }).id === objectId).map((event) => event.type);
}

function declineOf(error: unknown) {
  expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
  return error as Stripe.errors.StripeCardError;
}

describe("sandbox PaymentIntents through the official SDK", () => {
  it("charges 4242: succeeded, with a charge and the events Stripe sends", async () => {
    const stripe = getStripe();
    const created = await stripe.paymentIntents.create({
      amount: 1234,
      currency: "usd",
      metadata: { orderId: "order-1" },
      receipt_email: "ada@example.com",
      automatic_payment_methods: { enabled: true },
    });
    expect(created).toMatchObject({ status: "requires_payment_method", amount: 1234, currency: "usd", metadata: { orderId: "order-1" } });
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`));

    const confirmed = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa", return_url: "http://localhost/done" });
    expect(confirmed.status).toBe("succeeded");
    expect(confirmed.amount_received).toBe(1234);
    expect(confirmed.payment_method).toMatch(/^pm_/);

    const expanded = await stripe.paymentIntents.retrieve(created.id, { expand: ["latest_charge"] });
    const charge = expanded.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: "charge", status: "succeeded", paid: true, amount: 1234, amount_refunded: 0, refunded: false, payment_intent: created.id });
    expect(charge.payment_method_details?.card?.last4).toBe("4242");

    expect(await eventsFor(created.id)).toEqual(expect.arrayContaining(["payment_intent.created", "payment_intent.succeeded"]));
    expect(await eventsFor(charge.id)).toEqual(["charge.succeeded"]);
  });

  it.each([
    ["pm_card_visa_chargeDeclined", "generic_decline", "Your card was declined."],
    ["pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds", "Your card has insufficient funds."],
  ])("declines %s with a 402 card_error and lets the customer retry", async (token, declineCode, message) => {
    const stripe = getStripe();
    const created = await stripe.paymentIntents.create({ amount: 2000, currency: "usd" });
    const error = declineOf(await stripe.paymentIntents.confirm(created.id, { payment_method: token, return_url: "http://localhost/done" }).catch((e: unknown) => e));
    expect(error).toMatchObject({ statusCode: 402, type: "StripeCardError", code: "card_declined", decline_code: declineCode, message });
    expect(error.payment_intent?.id).toBe(created.id);
    expect(error.payment_intent?.status).toBe("requires_payment_method");

    const after = await stripe.paymentIntents.retrieve(created.id);
    expect(after.status).toBe("requires_payment_method");
    expect(after.last_payment_error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: declineCode, message });
    expect(await eventsFor(created.id)).toContain("payment_intent.payment_failed");

    const retried = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa", return_url: "http://localhost/done" });
    expect(retried.status).toBe("succeeded");
    expect(retried.last_payment_error).toBeNull();
  });

  it("sends 3155 through 3-D Secure: requires_action with a redirect, then Complete or Fail", async () => {
    const stripe = getStripe();
    const completed = await stripe.paymentIntents.create({ amount: 1500, currency: "usd" });
    const challenged = await stripe.paymentIntents.confirm(completed.id, {
      payment_method: "pm_card_authenticationRequiredOnSetup",
      return_url: "http://localhost/checkout/complete",
    });
    expect(challenged.status).toBe("requires_action");
    expect(challenged.next_action?.type).toBe("redirect_to_url");
    expect(challenged.next_action?.redirect_to_url).toMatchObject({ return_url: "http://localhost/checkout/complete" });
    expect(challenged.next_action?.redirect_to_url?.url).toContain("/checkout/3d-secure?payment_intent=");
    expect(await eventsFor(completed.id)).toContain("payment_intent.requires_action");

    await stripeSandbox().testHelpers.authenticatePaymentIntent(completed.id, true);
    expect((await stripe.paymentIntents.retrieve(completed.id)).status).toBe("succeeded");

    const failed = await stripe.paymentIntents.create({ amount: 1500, currency: "usd" });
    await stripe.paymentIntents.confirm(failed.id, { payment_method: "pm_card_authenticationRequiredOnSetup", return_url: "http://localhost/x" });
    await stripeSandbox().testHelpers.authenticatePaymentIntent(failed.id, false);
    const afterFail = await stripe.paymentIntents.retrieve(failed.id);
    expect(afterFail.status).toBe("requires_payment_method");
    expect(afterFail.last_payment_error?.code).toBe("payment_intent_authentication_failure");
    expect(await eventsFor(failed.id)).toContain("payment_intent.payment_failed");
  });

  it("updates the amount before payment, cancels, and refuses to confirm a canceled intent", async () => {
    const stripe = getStripe();
    const created = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", metadata: { a: "1" } });
    const updated = await stripe.paymentIntents.update(created.id, { amount: 1500, metadata: { b: "2" } });
    expect(updated).toMatchObject({ amount: 1500, metadata: { a: "1", b: "2" } });

    const canceled = await stripe.paymentIntents.cancel(created.id, { cancellation_reason: "abandoned" });
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
    expect(await eventsFor(created.id)).toContain("payment_intent.canceled");

    const refused = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa", return_url: "http://localhost/done" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(refused).toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state" });
  });

  it("refuses to change the amount of a paid intent or to cancel it", async () => {
    const stripe = getStripe();
    const paid = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", payment_method: "pm_card_visa", confirm: true, return_url: "http://localhost/done" });
    expect(paid.status).toBe("succeeded");
    await expect(stripe.paymentIntents.update(paid.id, { amount: 1 })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.paymentIntents.cancel(paid.id)).rejects.toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state" });
    // Metadata stays editable, as on Stripe.
    expect((await stripe.paymentIntents.update(paid.id, { metadata: { note: "gift" } })).metadata).toMatchObject({ note: "gift" });
  });

  it("answers Stripe-shaped errors for missing parameters and unknown intents", async () => {
    const stripe = getStripe();
    await expect(stripe.paymentIntents.create({ currency: "usd" } as Stripe.PaymentIntentCreateParams)).rejects.toMatchObject({
      statusCode: 400,
      code: "parameter_missing",
      param: "amount",
    });
    await expect(stripe.paymentIntents.create({ amount: 10, currency: "usd" })).rejects.toMatchObject({ code: "amount_too_small" });
    await expect(stripe.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
    await expect(stripe.paymentIntents.confirm((await stripe.paymentIntents.create({ amount: 100, currency: "usd" })).id, { payment_method: "pm_nope", return_url: "http://localhost/done" })).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    });
  });

  it("creates one PaymentIntent per Idempotency-Key", async () => {
    const stripe = getStripe();
    const params = { amount: 990, currency: "usd", metadata: { orderId: "order-idem" } };
    const [first, second] = await Promise.all([
      stripe.paymentIntents.create(params, { idempotencyKey: "order-idem-pi" }),
      stripe.paymentIntents.create(params, { idempotencyKey: "order-idem-pi" }),
    ]);
    expect(second.id).toBe(first.id);
    const third = await stripe.paymentIntents.create(params, { idempotencyKey: "order-idem-pi" });
    expect(third.id).toBe(first.id);
  });
});

describe("sandbox refunds", () => {
  it("refunds in part and then in full, updating the charge and emitting charge.refunded", async () => {
    const stripe = getStripe();
    const paid = await stripe.paymentIntents.create({ amount: 5000, currency: "usd", payment_method: "pm_card_visa", confirm: true, return_url: "http://localhost/done" });
    const partial = await stripe.refunds.create({ payment_intent: paid.id, amount: 1200, metadata: { orderId: "o-9" }, reason: "requested_by_customer" });
    expect(partial).toMatchObject({ object: "refund", status: "succeeded", amount: 1200, payment_intent: paid.id, metadata: { orderId: "o-9" } });

    let charge = await stripe.charges.retrieve(String(paid.latest_charge));
    expect(charge).toMatchObject({ amount_refunded: 1200, refunded: false });

    const tooMuch = await stripe.refunds.create({ payment_intent: paid.id, amount: 4000 }).catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({ statusCode: 400, code: "amount_too_large" });

    const rest = await stripe.refunds.create({ charge: charge.id });
    expect(rest.amount).toBe(3800);
    charge = await stripe.charges.retrieve(charge.id);
    expect(charge).toMatchObject({ amount_refunded: 5000, refunded: true });

    await expect(stripe.refunds.create({ payment_intent: paid.id })).rejects.toMatchObject({ code: "charge_already_refunded" });
    expect(await eventsFor(charge.id)).toEqual(["charge.succeeded", "charge.refunded", "charge.refunded"]);
    expect((await stripe.refunds.list({ payment_intent: paid.id })).data.map((refund) => refund.amount).sort()).toEqual([1200, 3800]);
  });

  it("refuses to refund an intent that was never paid", async () => {
    const stripe = getStripe();
    const unpaid = await stripe.paymentIntents.create({ amount: 700, currency: "usd" });
    await expect(stripe.refunds.create({ payment_intent: unpaid.id })).rejects.toMatchObject({ statusCode: 400, param: "payment_intent" });
  });
});

describe("sandbox PaymentMethods", () => {
  it("attaches 0341 to a customer but fails when it is charged off-session; a declining card cannot be attached", async () => {
    const stripe = getStripe();
    const customer = await stripe.customers.create({ email: "renewal@example.com" });
    const attached = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    expect(attached).toMatchObject({ customer: customer.id, card: { last4: "0341" } });

    const renewal = await stripe.paymentIntents
      .create({ amount: 500, currency: "usd", customer: customer.id, payment_method: attached.id, off_session: true, confirm: true, allowed_payment_method_types: ["card"] })
      .catch((e: unknown) => e);
    expect(declineOf(renewal).code).toBe("card_declined");

    await expect(stripe.paymentMethods.attach("pm_card_visa_chargeDeclined", { customer: customer.id })).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
  });

  it("charges a saved 3155 card off-session without a challenge, and saves the card for future use", async () => {
    const stripe = getStripe();
    const customer = await stripe.customers.create({ email: "saved@example.com" });
    const first = await stripe.paymentIntents.create({ amount: 1200, currency: "usd", customer: customer.id, setup_future_usage: "off_session" });
    await stripe.paymentIntents.confirm(first.id, { payment_method: "pm_card_authenticationRequiredOnSetup", return_url: "http://localhost/x" });
    await stripeSandbox().testHelpers.authenticatePaymentIntent(first.id, true);
    const paid = await stripe.paymentIntents.retrieve(first.id);
    const saved = await stripe.paymentMethods.retrieve(String(paid.payment_method));
    expect(saved.customer).toBe(customer.id);

    const renewal = await stripe.paymentIntents.create({
      amount: 1200,
      currency: "usd",
      customer: customer.id,
      payment_method: saved.id,
      off_session: true,
      confirm: true,
      allowed_payment_method_types: ["card"],
    });
    expect(renewal.status).toBe("succeeded");
    expect((await stripe.paymentMethods.list({ customer: customer.id, type: "card" })).data.map((pm) => pm.id)).toContain(saved.id);
  });
});
