import "server-only";
import Stripe from "stripe";
import { env, paymentsMode } from "@/lib/config/env";
import { stripeSandbox } from "./sandbox";

export const STRIPE_API_VERSION = Stripe.API_VERSION;

type Holder = { client?: Stripe; key?: string };
const holder = ((globalThis as { __beyondEarthStripe?: Holder }).__beyondEarthStripe ??= {});

/**
 * The one Stripe client. Real Stripe when STRIPE_SECRET_KEY is set; otherwise the same SDK talks
 * to the built-in sandbox, so every code path above this line is the same in both modes.
 */
export function getStripe(): Stripe {
  const key = env().STRIPE_SECRET_KEY ?? "sk_test_sandbox";
  if (holder.client && holder.key === key) return holder.client;
  holder.key = key;
  holder.client =
    paymentsMode() === "stripe"
      ? new Stripe(key, { apiVersion: STRIPE_API_VERSION, maxNetworkRetries: 2, appInfo: { name: "Beyond Earth" } })
      : new Stripe(key, {
          apiVersion: STRIPE_API_VERSION,
          httpClient: Stripe.createFetchHttpClient(stripeSandbox().fetch),
          maxNetworkRetries: 0,
          telemetry: false,
        });
  return holder.client;
}

export function isSandbox() {
  return paymentsMode() === "sandbox";
}
