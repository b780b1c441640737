import "server-only";
import { getDb } from "@/db/client";
import { env, webhookSecret } from "@/lib/config/env";
import { logger } from "@/lib/observability/logger";
import { syncPlanCatalog } from "@/lib/plans/stripe-sync";
import { createStripeSandbox, type StripeSandbox } from "@/lib/stripe-sandbox";

/**
 * The one place the app wires in the Stripe sandbox component (lib/stripe-sandbox): its tables
 * live in the app's database, its events go to the app's webhook route, challenged payments go
 * to the app's 3-D Secure page, and a fresh sandbox gets the plans by the same `stripe:sync` code
 * a real Stripe account gets them by. Everything else in the app talks to the sandbox through
 * the Stripe SDK (lib/payments/stripe.ts) or through this module.
 */
type Holder = { sandbox?: StripeSandbox };
// Next bundles server code into several chunks; one instance per process on globalThis.
const holder = ((globalThis as { __beyondEarthStripeSandbox?: Holder }).__beyondEarthStripeSandbox ??= {});

export function stripeSandbox(): StripeSandbox {
  holder.sandbox ??= createStripeSandbox({
    database: () => getDb().$client,
    webhook: { url: () => new URL("/api/webhooks/stripe", env().APP_URL).toString(), secret: webhookSecret },
    threeDSecureUrl: () => new URL("/checkout/3d-secure", env().APP_URL).toString(),
    prepare: (stripe) => syncPlanCatalog(stripe),
    logger: { error: (message) => logger().error(message) },
  });
  return holder.sandbox;
}

/** Sandbox "now" in milliseconds (the sandbox's test clock). */
export function sandboxNow(): Promise<number> {
  return stripeSandbox().clock.now();
}
