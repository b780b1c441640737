import type Stripe from "stripe";

/**
 * Recognises the SDK's errors by their `type` rather than with `instanceof`: Next bundles server
 * code in more than one layer, so the error a request raises may come from another copy of the
 * `stripe` module than the class a file imports, and `instanceof` would then say no.
 */
function hasType(error: unknown, type: string): boolean {
  return error instanceof Error && "type" in error && error.type === type && "raw" in error;
}

export function isStripeCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return hasType(error, "StripeCardError");
}

export function isStripeInvalidRequestError(error: unknown): error is Stripe.errors.StripeInvalidRequestError {
  return hasType(error, "StripeInvalidRequestError");
}
