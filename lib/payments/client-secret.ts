import "server-only";
import { timingSafeEqual } from "node:crypto";
import type Stripe from "stripe";
import { isStripeInvalidRequestError } from "./errors";
import { getStripe } from "./stripe";

/** `pi_123_secret_abc` → `pi_123`, as Stripe.js reads it. */
export function paymentIntentIdOfSecret(clientSecret: string): string {
  const index = clientSecret.indexOf("_secret_");
  return index > 0 ? clientSecret.slice(0, index) : "";
}

/**
 * The PaymentIntent a client secret belongs to, read from Stripe, or null when the id is unknown
 * or the secret does not match. The client secret is what lets a browser (a guest returning from
 * payment) see a payment, so it is compared in constant time.
 */
export async function paymentIntentForClientSecret(clientSecret: string, paymentIntentId = paymentIntentIdOfSecret(clientSecret)): Promise<Stripe.PaymentIntent | null> {
  if (!/^pi_[A-Za-z0-9]+$/.test(paymentIntentId) || paymentIntentIdOfSecret(clientSecret) !== paymentIntentId) return null;
  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await getStripe().paymentIntents.retrieve(paymentIntentId);
  } catch (error) {
    if (isStripeInvalidRequestError(error) && error.statusCode === 404) return null;
    throw error;
  }
  const expected = Buffer.from(paymentIntent.client_secret ?? "");
  const given = Buffer.from(clientSecret);
  return expected.length === given.length && timingSafeEqual(expected, given) ? paymentIntent : null;
}
