import Stripe from "stripe";
import { loadScriptEnv } from "./load-env";
import { planLookupKeys } from "@/lib/plans/catalog";
import { syncPlanCatalog } from "@/lib/plans/stripe-sync";

// `npm run stripe:sync`: creates or updates the plan product and prices in the Stripe account of
// STRIPE_SECRET_KEY, by lookup key, idempotently. The built-in sandbox runs the same
// syncPlanCatalog before its first request (lib/payments/sandbox.ts).
async function main() {
  const env = loadScriptEnv();
  if (!env.STRIPE_SECRET_KEY) {
    console.log(
      `No STRIPE_SECRET_KEY is set, so payments run on the built-in Stripe sandbox, which runs this same sync itself before its first request (${planLookupKeys.join(", ")}). Set STRIPE_SECRET_KEY to sync a real Stripe account.`,
    );
    return;
  }
  const stripe = new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, appInfo: { name: "Beyond Earth stripe:sync" } });
  const mode = env.STRIPE_SECRET_KEY.includes("_live_") ? "live" : "test";
  console.log(`Syncing plans to Stripe (${mode} mode)…`);
  for (const step of await syncPlanCatalog(stripe)) console.log(`  ${step.what}: ${step.action} (${step.id})`);
  console.log("Done. The app finds these prices by lookup key; no ids need copying.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Stripe.errors.StripeError ? `Stripe: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
