import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { getStripe } from "@/lib/payments/stripe";

/** The sandbox refuses what real Stripe refuses, so a typo cannot pass the tests and break production. */
async function refusal(request: Promise<unknown>) {
  const error = await request.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  const invalid = error as Stripe.errors.StripeInvalidRequestError;
  expect(invalid.statusCode).toBe(400);
  return { code: invalid.code, param: invalid.param };
}

describe("a strict Stripe sandbox", () => {
  it("refuses an unknown parameter, naming it like Stripe", async () => {
    const stripe = getStripe();
    expect(await refusal(stripe.customers.create({ emial: "a@example.com" } as Stripe.CustomerCreateParams))).toEqual({ code: "parameter_unknown", param: "emial" });
    const created = await stripe.paymentIntents.create({ amount: 1000, currency: "usd" });
    expect(
      await refusal(
        stripe.paymentIntents.confirm(created.id, {
          payment_method: "pm_card_visa",
          return_url: "http://localhost/done",
          payment_method_options: { card: { foo: "1" } as Stripe.PaymentIntentConfirmParams.PaymentMethodOptions.Card },
        }),
      ),
    ).toEqual({ code: "parameter_unknown", param: "payment_method_options[card][foo]" });
  });

  it("refuses out-of-enum values, wrong types, empty strings and missing required parameters", async () => {
    const stripe = getStripe();
    const created = await stripe.paymentIntents.create({ amount: 1000, currency: "usd" });
    expect(await refusal(stripe.paymentIntents.cancel(created.id, { cancellation_reason: "changed_mind" as "abandoned" }))).toEqual({
      code: "parameter_invalid_string",
      param: "cancellation_reason",
    });
    expect(await refusal(stripe.paymentIntents.create({ amount: "ten" as unknown as number, currency: "usd" }))).toEqual({ code: "parameter_invalid_integer", param: "amount" });
    expect(await refusal(stripe.paymentIntents.create({ amount: 1000, currency: "usd", description: "x", capture_method: "" as "manual" }))).toEqual({
      code: "parameter_invalid_empty",
      param: "capture_method",
    });
    expect(await refusal(stripe.prices.create({ unit_amount: 100, product: "prod_x" } as Stripe.PriceCreateParams))).toEqual({ code: "parameter_missing", param: "currency" });
    expect(await refusal(stripe.refunds.create({ payment_intent: created.id, reason: "because" as "duplicate" }))).toEqual({ code: "parameter_invalid_string", param: "reason" });
  });

  it("refuses a currency that is not an ISO code, more than 10 lookup keys and an invalid expand", async () => {
    const stripe = getStripe();
    expect(await refusal(stripe.paymentIntents.create({ amount: 1000, currency: "usdx" }))).toMatchObject({ param: "currency" });
    const keys = Array.from({ length: 11 }, (_, index) => `key_${index}`);
    expect(await refusal(stripe.prices.list({ lookup_keys: keys }))).toMatchObject({ param: "lookup_keys" });
    const created = await stripe.paymentIntents.create({ amount: 1000, currency: "usd" });
    expect(await refusal(stripe.paymentIntents.retrieve(created.id, { expand: ["amount"] }))).toMatchObject({ param: "expand[0]" });
    expect(await refusal(stripe.paymentIntents.retrieve(created.id, { expand: ["latest_chrage"] }))).toMatchObject({ param: "expand[0]" });
    expect((await stripe.paymentIntents.retrieve(created.id, { expand: ["latest_charge", "customer"] })).id).toBe(created.id);
  });

  it("refuses a confirm without return_url when the intent may redirect, as Stripe does", async () => {
    const stripe = getStripe();
    const automatic = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", automatic_payment_methods: { enabled: true } });
    expect(await refusal(stripe.paymentIntents.confirm(automatic.id, { payment_method: "pm_card_visa" }))).toMatchObject({ param: "return_url" });
    expect((await stripe.paymentIntents.retrieve(automatic.id)).status).toBe("requires_payment_method");

    // Since API 2023-08-16 an intent without payment_method_types accepts the Dashboard's methods.
    const unspecified = await stripe.paymentIntents.create({ amount: 1000, currency: "usd" });
    expect(unspecified.automatic_payment_methods).toEqual({ enabled: true, allow_redirects: "always" });
    expect(await refusal(stripe.paymentIntents.confirm(unspecified.id, { payment_method: "pm_card_visa" }))).toMatchObject({ param: "return_url" });
    expect(await refusal(stripe.paymentIntents.create({ amount: 1000, currency: "usd", payment_method: "pm_card_visa", confirm: true }))).toMatchObject({
      param: "return_url",
    });

    const noRedirects = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", automatic_payment_methods: { enabled: true, allow_redirects: "never" } });
    expect((await stripe.paymentIntents.confirm(noRedirects.id, { payment_method: "pm_card_visa" })).status).toBe("succeeded");
    const cardOnly = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", allowed_payment_method_types: ["card"] });
    expect(cardOnly.automatic_payment_methods).toBeNull();
    expect((await stripe.paymentIntents.confirm(cardOnly.id, { payment_method: "pm_card_visa" })).status).toBe("succeeded");
    expect((await stripe.paymentIntents.confirm(automatic.id, { payment_method: "pm_card_visa", return_url: "http://localhost/done" })).status).toBe("succeeded");
  });

  it("answers a deleted customer like Stripe: 200 with deleted: true; updating it is a 404", async () => {
    const stripe = getStripe();
    const customer = await stripe.customers.create({ email: "gone@example.com" });
    expect(await stripe.customers.del(customer.id)).toEqual(expect.objectContaining({ id: customer.id, object: "customer", deleted: true }));
    const retrieved = await stripe.customers.retrieve(customer.id);
    expect(retrieved).toEqual(expect.objectContaining({ id: customer.id, deleted: true }));
    expect("email" in retrieved).toBe(false);
    await expect(stripe.customers.update(customer.id, { name: "Back" })).rejects.toMatchObject({ statusCode: 404 });
    expect((await stripe.customers.list({ email: "gone@example.com" })).data).toEqual([]);
  });

  it("accepts the shop's real calls", async () => {
    const stripe = getStripe();
    const customer = await stripe.customers.create({ email: "strict@example.com", metadata: { userId: "1" } });
    await stripe.customers.update(customer.id, { name: "Strict", metadata: { userId: "" } });
    const intent = await stripe.paymentIntents.create({
      amount: 1500,
      currency: "usd",
      customer: customer.id,
      automatic_payment_methods: { enabled: true },
      metadata: { orderId: "9" },
    });
    expect(intent.status).toBe("requires_payment_method");
    expect((await stripe.subscriptions.list({ customer: customer.id, status: "all", limit: 20, expand: ["data.latest_invoice.confirmation_secret"] })).data).toEqual([]);
  });
});
