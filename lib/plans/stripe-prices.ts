import "server-only";
import type Stripe from "stripe";
import { getStripe } from "@/lib/payments/stripe";
import { getPlan, isPlanId, planByLookupKey, planLookupKeys, type PlanDefinition, type PlanId } from "./catalog";

export type PlanPrice = { plan: PlanDefinition; priceId: string; amountCents: number; currency: string };

type Cache = { at: number; key: Stripe; byPlan: Map<PlanId, PlanPrice> };
const CACHE_MS = 5 * 60 * 1000;
const holder = ((globalThis as { __beyondEarthPlanPrices?: { cache?: Cache } }).__beyondEarthPlanPrices ??= {});

/**
 * The Stripe price of each plan, found by lookup key (never by a hard-coded id, so the same code
 * serves the sandbox and any account `npm run stripe:sync` prepared). Cached for a few minutes.
 */
export async function planPrices(options: { fresh?: boolean } = {}): Promise<Map<PlanId, PlanPrice>> {
  const stripe = getStripe();
  const cached = holder.cache;
  if (!options.fresh && cached && cached.key === stripe && Date.now() - cached.at < CACHE_MS) return cached.byPlan;
  const prices = await stripe.prices.list({ lookup_keys: planLookupKeys, active: true, expand: ["data.product"], limit: 10 });
  const byPlan = new Map<PlanId, PlanPrice>();
  for (const price of prices.data) {
    const plan = planByLookupKey(price.lookup_key);
    if (!plan || price.unit_amount === null) continue;
    byPlan.set(plan.id, { plan, priceId: price.id, amountCents: price.unit_amount, currency: price.currency });
  }
  holder.cache = { at: Date.now(), key: stripe, byPlan };
  return byPlan;
}

export async function requirePlanPrice(planId: PlanId): Promise<PlanPrice | undefined> {
  return (await planPrices()).get(planId) ?? (await planPrices({ fresh: true })).get(planId);
}

/** Which plan a Stripe price belongs to: by lookup key, by the `plan` metadata stripe:sync sets, or by id. */
export async function planForPrice(price: string | Stripe.Price | Stripe.DeletedPrice | null | undefined): Promise<PlanDefinition | undefined> {
  if (!price) return undefined;
  if (typeof price !== "string" && "lookup_key" in price) {
    const known = planByLookupKey(price.lookup_key) ?? (isPlanId(price.metadata.plan) ? getPlan(price.metadata.plan) : undefined);
    if (known) return known;
  }
  const id = typeof price === "string" ? price : price.id;
  for (const entry of (await planPrices()).values()) if (entry.priceId === id) return entry.plan;
  for (const entry of (await planPrices({ fresh: true })).values()) if (entry.priceId === id) return entry.plan;
  return undefined;
}
