// Client-safe: what the browser's payment form needs to know, shared by the server that decides it
// (lib/checkout/payments-config.ts) and the form that reads it.

export type PaymentsClientConfig = { mode: "sandbox" } | { mode: "stripe"; publishableKey: string | null };

/** Stripe needs an absolute return URL; a path is taken relative to the page. */
export function absoluteReturnUrl(returnUrl: string): string {
  return new URL(returnUrl, window.location.href).toString();
}
