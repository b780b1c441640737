// Client-safe: what the browser's payment form needs to know, shared by the server that decides it
// (lib/checkout/payments-config.ts) and the form that reads it.

export type PaymentsClientConfig = { mode: "sandbox" } | { mode: "stripe"; publishableKey: string | null };

/** Stripe needs an absolute return URL; a path is taken relative to the page. */
export function absoluteReturnUrl(returnUrl: string): string {
  return new URL(returnUrl, window.location.href).toString();
}

/** What Stripe.js's `confirmPayment` error carries that decides the shopper's sentence. */
export type ConfirmError = { type: string; code?: string; message?: string; payment_intent?: { status?: string } | null };

export const EXPIRED_PAYMENT_MESSAGE = "This payment has expired and can no longer be made. Reload the page to start again.";
export const ALREADY_PAID_MESSAGE = "This payment has already been made. Reload the page to see your confirmation.";

/**
 * The sentence for a payment that did not go through on real Stripe, saying what the sandbox says:
 * an expired (canceled) PaymentIntent can never be paid, so "try again" would be a dead end.
 */
export function confirmErrorMessage(error: ConfirmError): string {
  if (error.type === "card_error" || error.type === "validation_error") return error.message ?? "Your card was declined.";
  if (error.code === "payment_intent_unexpected_state") {
    if (error.payment_intent?.status === "canceled") return EXPIRED_PAYMENT_MESSAGE;
    if (error.payment_intent?.status === "succeeded") return ALREADY_PAID_MESSAGE;
  }
  return "The payment could not be completed. Please try again.";
}
