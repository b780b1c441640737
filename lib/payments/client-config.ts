// Client-safe: what the browser's payment form needs to know, shared by the server that decides it
// (lib/checkout/payments-config.ts) and the form that reads it.

import type { DeclineKey } from "@/lib/i18n/notice";

export type PaymentsClientConfig = { mode: "sandbox" } | { mode: "stripe"; publishableKey: string | null };

/** Stripe needs an absolute return URL; a path is taken relative to the page. */
export function absoluteReturnUrl(returnUrl: string): string {
  return new URL(returnUrl, window.location.href).toString();
}

/** What Stripe.js's `confirmPayment` error carries that decides the shopper's sentence. */
export type ConfirmError = { type: string; code?: string; message?: string; payment_intent?: { status?: string } | null };

/**
 * The sentence for a payment that did not go through on real Stripe, saying what the sandbox says:
 * an expired (canceled) PaymentIntent can never be paid, so "try again" would be a dead end.
 * A card's own problem is told in Stripe's words (Stripe.js writes them in the form's language);
 * the rest with `t`, the "Declines" messages in the shopper's language.
 */
export function confirmErrorMessage(error: ConfirmError, t: (key: DeclineKey) => string): string {
  if (error.type === "card_error" || error.type === "validation_error") return error.message ?? t("cardDeclined");
  if (error.code === "payment_intent_unexpected_state") {
    if (error.payment_intent?.status === "canceled") return t("expiredPayment");
    if (error.payment_intent?.status === "succeeded") return t("alreadyPaid");
  }
  return t("retryPayment");
}
