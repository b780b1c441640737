import { timingSafeEqual } from "node:crypto";
import Stripe from "stripe";
import { context, db } from "./context";
import { browserPaymentIntentSchema, confirmRequestSchema, paymentIntentIdOf, returnUrlFor, type BrowserPaymentIntent } from "./browser-api";
import { sandboxNow } from "./clock";
import { SandboxError } from "./errors";
import { scheduleDeliveries } from "./events";
import { authenticatePaymentIntentRecord } from "./resources/payment-intents";

/**
 * What Stripe.js does in the browser with a publishable key and a client secret, done on the
 * sandbox's behalf: confirm a PaymentIntent with a test card's PaymentMethod token, and finish a
 * 3-D Secure challenge. Only the client secret authorises these calls, exactly as on Stripe, and
 * no card number ever arrives here (the browser turns it into a token first).
 */

export type BrowserAnswer = { status: number; body: unknown };

/** The restricted view Stripe.js gets with a publishable key. */
export function publicPaymentIntent(paymentIntent: Stripe.PaymentIntent): BrowserPaymentIntent {
  const error = paymentIntent.last_payment_error;
  const redirect = paymentIntent.next_action?.redirect_to_url;
  return browserPaymentIntentSchema.parse({
    id: paymentIntent.id,
    object: "payment_intent",
    status: paymentIntent.status,
    amount: paymentIntent.amount,
    currency: paymentIntent.currency,
    client_secret: paymentIntent.client_secret,
    next_action:
      paymentIntent.next_action?.type === "redirect_to_url" && redirect?.url
        ? { type: "redirect_to_url", redirect_to_url: { url: redirect.url, return_url: redirect.return_url ?? null } }
        : null,
    last_payment_error: error
      ? { type: error.type, code: error.code ?? undefined, decline_code: error.decline_code ?? undefined, message: error.message ?? "The payment failed." }
      : null,
  });
}

const invalid = (message: string, status = 400): BrowserAnswer => ({ status, body: { error: { type: "invalid_request_error", message } } });

/**
 * Return URLs must lead back to the shop (the origin of its 3-D Secure page), so the sandbox cannot be used as an open
 * redirect; the request's Origin header is not evidence, since whoever sends the request sets it.
 */
function allowedReturnUrl(returnUrl: string): boolean {
  return new URL(returnUrl).origin === context().shopOrigin();
}

export async function confirmFromBrowser(stripe: Stripe, paymentIntentId: string, input: unknown): Promise<BrowserAnswer> {
  const parsed = confirmRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? "Invalid request.");
  const { client_secret: clientSecret, payment_method: paymentMethod, return_url: returnUrl } = parsed.data;
  if (paymentIntentIdOf(clientSecret) !== paymentIntentId) return invalid("The client_secret provided does not match this PaymentIntent.");
  if (!allowedReturnUrl(returnUrl)) return invalid("return_url must lead back to this shop.");
  const paymentIntent = await paymentIntentForClientSecret(stripe, clientSecret);
  if (!paymentIntent) return invalid("No such PaymentIntent, or the client_secret does not match it.", 404);
  // What a shopper sees when a payment page was left open too long, or paid in another tab.
  if (paymentIntent.status === "canceled") return invalid("This payment has expired and can no longer be made. Reload the page to start again.");
  if (paymentIntent.status === "succeeded") return invalid("This payment has already been made. Reload the page to see your confirmation.");

  try {
    const confirmed = await stripe.paymentIntents.confirm(paymentIntent.id, { payment_method: paymentMethod, return_url: returnUrl });
    return { status: 200, body: { paymentIntent: publicPaymentIntent(confirmed) } };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) {
      return {
        status: 402,
        body: {
          error: {
            type: "card_error",
            code: error.code,
            decline_code: error.decline_code,
            message: error.message,
            payment_intent: error.payment_intent ? publicPaymentIntent(error.payment_intent) : undefined,
          },
        },
      };
    }
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      return { status: 400, body: { error: { type: "invalid_request_error", code: error.code, message: error.message } } };
    }
    throw error;
  }
}

export async function retrieveFromBrowser(stripe: Stripe, paymentIntentId: string, clientSecret: string | null): Promise<BrowserAnswer> {
  if (!clientSecret || paymentIntentIdOf(clientSecret) !== paymentIntentId) return invalid("A matching client_secret is required.");
  const paymentIntent = await paymentIntentForClientSecret(stripe, clientSecret);
  if (!paymentIntent) return invalid("No such PaymentIntent, or the client_secret does not match it.", 404);
  return { status: 200, body: { paymentIntent: publicPaymentIntent(paymentIntent) } };
}

export type AuthenticationOutcome =
  | { ok: true; paymentIntent: BrowserPaymentIntent; redirectTo: string | null }
  | { ok: false; message: string };

/**
 * The sandbox 3-D Secure page's buttons. "Complete" charges the card, "Fail" leaves the intent
 * awaiting another card; either way the shopper goes back to the return URL with Stripe's
 * parameters. Pressing a button twice just returns again with the intent's current state.
 */
export async function completeAuthentication(stripe: Stripe, clientSecret: string, passed: boolean): Promise<AuthenticationOutcome> {
  const paymentIntent = await paymentIntentForClientSecret(stripe, clientSecret);
  if (!paymentIntent) return { ok: false, message: "This authentication request is not valid." };
  const returnUrl = paymentIntent.next_action?.redirect_to_url?.return_url ?? null;
  // The page is served from the shop's origin: it must not become an open redirect.
  if (returnUrl && !allowedReturnUrl(returnUrl)) {
    return { ok: false, message: "This payment's return address does not lead back to this shop, so the sandbox will not send you there." };
  }
  if (paymentIntent.status === "requires_action") {
    try {
      await db.transaction(async (tx) => authenticatePaymentIntentRecord(paymentIntent.id, passed, tx, await sandboxNow()));
    } catch (error) {
      if (!(error instanceof SandboxError && error.status === 400)) throw error;
    } finally {
      scheduleDeliveries();
    }
  }
  const after = publicPaymentIntent(await stripe.paymentIntents.retrieve(paymentIntent.id));
  return { ok: true, paymentIntent: after, redirectTo: returnUrl ? returnUrlFor(returnUrl, after) : null };
}

/**
 * The PaymentIntent a client secret belongs to, or null when the id is unknown or the secret does
 * not match (compared in constant time: the secret is what lets a browser see a payment).
 */
async function paymentIntentForClientSecret(stripe: Stripe, clientSecret: string): Promise<Stripe.PaymentIntent | null> {
  const paymentIntentId = paymentIntentIdOf(clientSecret);
  if (!/^pi_[A-Za-z0-9]+$/.test(paymentIntentId)) return null;
  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await stripe.paymentIntents.retrieve(paymentIntentId);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null;
    throw error;
  }
  const expected = Buffer.from(paymentIntent.client_secret ?? "");
  const given = Buffer.from(clientSecret);
  return expected.length === given.length && timingSafeEqual(expected, given) ? paymentIntent : null;
}
