import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as confirmRoute } from "@/app/api/stripe-sandbox/payment_intents/[id]/confirm/route";
import { GET as retrieveRoute } from "@/app/api/stripe-sandbox/payment_intents/[id]/route";
import { resetEnvCache } from "@/lib/config/env";
import { getStripe } from "@/lib/payments/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";

const ORIGIN = "http://localhost:3000";

beforeAll(() => {
  stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 200 });
});

afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  resetEnvCache();
});

async function newIntent(amount = 1800) {
  const paymentIntent = await getStripe().paymentIntents.create({ amount, currency: "usd" });
  return { id: paymentIntent.id, secret: paymentIntent.client_secret ?? "" };
}

async function confirm(id: string, body: Record<string, unknown>, origin = ORIGIN) {
  const response = await confirmRoute(
    new Request(`${ORIGIN}/api/stripe-sandbox/payment_intents/${id}/confirm`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: await response.json() };
}

/** Confirms as Stripe.js would from the checkout page, paying with `card`. */
const confirmWith = (intent: { id: string; secret: string }, card: string) =>
  confirm(intent.id, { client_secret: intent.secret, payment_method: card, return_url: `${ORIGIN}/checkout/complete` });

describe("the sandbox's browser endpoints (Stripe.js stand-ins)", () => {
  it("confirms with a test card token and the client secret", async () => {
    const intent = await newIntent();
    const answer = await confirmWith(intent, "pm_card_visa");
    expect(answer).toMatchObject({ status: 200, body: { paymentIntent: { id: intent.id, status: "succeeded", amount: 1800 } } });
  });

  it("answers a decline as Stripe.js does: 402 with the message, and the intent ready for another card", async () => {
    const intent = await newIntent();
    const answer = await confirmWith(intent, "pm_card_visa_chargeDeclinedInsufficientFunds");
    expect(answer).toMatchObject({
      status: 402,
      body: { error: { type: "card_error", decline_code: "insufficient_funds", message: "Your card has insufficient funds.", payment_intent: { status: "requires_payment_method" } } },
    });
  });

  it("sends 3-D Secure cards to the challenge page, which returns to the shop with Stripe's parameters", async () => {
    const intent = await newIntent();
    const answer = await confirmWith(intent, "pm_card_authenticationRequiredOnSetup");
    expect(answer.body.paymentIntent.status).toBe("requires_action");
    expect(answer.body.paymentIntent.next_action.redirect_to_url.url).toContain(`/checkout/3d-secure?payment_intent=${intent.id}`);

    const completed = await stripeSandbox().browser.completeAuthentication(intent.secret, true);
    if (!completed.ok || !completed.redirectTo) throw new Error("authentication did not return");
    const back = new URL(completed.redirectTo);
    expect(`${back.origin}${back.pathname}`).toBe(`${ORIGIN}/checkout/complete`);
    expect(Object.fromEntries(back.searchParams)).toEqual({ payment_intent: intent.id, payment_intent_client_secret: intent.secret, redirect_status: "succeeded" });
    expect((await getStripe().paymentIntents.retrieve(intent.id)).status).toBe("succeeded");
  });

  it("the 3-D Secure page sends the shopper back only to the shop: a foreign return_url set through the API is refused there", async () => {
    const intent = await newIntent();
    await getStripe().paymentIntents.confirm(intent.id, { payment_method: "pm_card_authenticationRequiredOnSetup", return_url: "https://evil.example/phish" });
    const outcome = await stripeSandbox().browser.completeAuthentication(intent.secret, true);
    expect(outcome).toEqual({ ok: false, message: "This payment's return address does not lead back to this shop, so the sandbox will not send you there." });
    expect((await getStripe().paymentIntents.retrieve(intent.id)).status).toBe("requires_action");
  });

  it("refuses a wrong client secret, a foreign return URL, a card number instead of a token, and an unknown card", async () => {
    const intent = await newIntent();
    const good = { client_secret: intent.secret, payment_method: "pm_card_visa", return_url: `${ORIGIN}/checkout/complete` };
    expect((await confirm(intent.id, { ...good, client_secret: `${intent.id}_secret_wrong` })).status).toBe(404);
    expect((await confirm(intent.id, { ...good, return_url: "https://evil.example/steal" })).status).toBe(400);
    // The request's Origin is the attacker's to choose: only the shop's own APP_URL counts.
    expect((await confirm(intent.id, { ...good, return_url: "https://evil.example/steal" }, "https://evil.example")).status).toBe(400);
    expect((await confirm(intent.id, { ...good, payment_method: "4242424242424242" })).status).toBe(400);
    expect((await confirm(intent.id, { ...good, payment_method: "pm_card_mastercard" })).status).toBe(400);
    expect((await getStripe().paymentIntents.retrieve(intent.id)).status).toBe("requires_payment_method");
  });

  it("explains that an expired (canceled) payment can no longer be made", async () => {
    const intent = await newIntent();
    await getStripe().paymentIntents.cancel(intent.id);
    const answer = await confirmWith(intent, "pm_card_visa");
    expect(answer).toMatchObject({ status: 400, body: { error: { message: "This payment has expired and can no longer be made. Reload the page to start again." } } });
  });

  it("shows the intent to the holder of its client secret only", async () => {
    const intent = await newIntent(2500);
    const get = (secret: string) =>
      retrieveRoute(new Request(`${ORIGIN}/api/stripe-sandbox/payment_intents/${intent.id}?client_secret=${secret}`), { params: Promise.resolve({ id: intent.id }) });
    const response = await get(intent.secret);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ paymentIntent: { id: intent.id, amount: 2500, status: "requires_payment_method" } });
    expect((await get(`${intent.id}_secret_nope`)).status).toBe(404);
  });

  it("does not exist when real Stripe is configured", async () => {
    const intent = await newIntent();
    process.env.STRIPE_SECRET_KEY = "sk_test_realkey123";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_realaccount";
    resetEnvCache();
    const answer = await confirmWith(intent, "pm_card_visa");
    expect(answer.status).toBe(404);
  });
});
