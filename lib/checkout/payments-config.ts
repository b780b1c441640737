import "server-only";
import type { PaymentsClientConfig } from "@/lib/payments/client-config";
import { env, paymentsMode } from "@/lib/config/env";

/** What the browser's payment form needs to know: the sandbox card form, or Stripe's publishable key. */
export function paymentsClientConfig(): PaymentsClientConfig {
  if (paymentsMode() === "sandbox") return { mode: "sandbox" };
  return { mode: "stripe", publishableKey: env().NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? null };
}
