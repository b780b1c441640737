import type Stripe from "stripe";
import { PLAN_PRODUCT, plans, type PlanDefinition } from "./catalog";
import { isStripeNotFound } from "@/lib/payments/errors";

/**
 * Makes a Stripe account sell the plans of `catalog.ts`: one product and one active recurring
 * price per plan, found by lookup key. Idempotent: a second run changes nothing. A plan whose
 * amount or interval changed gets a new price that takes over the lookup key (Stripe prices are
 * immutable), and the old price is archived; existing subscribers keep their old price.
 * Takes the client as an argument so it runs from a plain script, without the app's server modules.
 */
export type SyncStep = { what: string; action: "created" | "updated" | "unchanged" | "replaced"; id: string };

function matches(price: Stripe.Price, plan: PlanDefinition): boolean {
  const product = typeof price.product === "string" ? price.product : price.product.id;
  return (
    price.active &&
    price.unit_amount === plan.amountCents &&
    price.currency === plan.currency &&
    price.recurring?.interval === plan.interval &&
    price.recurring.interval_count === plan.intervalCount &&
    product === PLAN_PRODUCT.id
  );
}

async function syncProduct(stripe: Stripe): Promise<SyncStep> {
  const existing = await stripe.products.retrieve(PLAN_PRODUCT.id).catch((error: unknown) => {
    if (isStripeNotFound(error)) return null;
    throw error;
  });
  if (!existing) {
    const created = await stripe.products.create({ id: PLAN_PRODUCT.id, name: PLAN_PRODUCT.name, description: PLAN_PRODUCT.description });
    return { what: `product ${PLAN_PRODUCT.name}`, action: "created", id: created.id };
  }
  if (existing.name === PLAN_PRODUCT.name && existing.description === PLAN_PRODUCT.description && existing.active) {
    return { what: `product ${PLAN_PRODUCT.name}`, action: "unchanged", id: existing.id };
  }
  await stripe.products.update(existing.id, { name: PLAN_PRODUCT.name, description: PLAN_PRODUCT.description, active: true });
  return { what: `product ${PLAN_PRODUCT.name}`, action: "updated", id: existing.id };
}

async function syncPrice(stripe: Stripe, plan: PlanDefinition): Promise<SyncStep> {
  const what = `price ${plan.lookupKey}`;
  const [existing] = (await stripe.prices.list({ lookup_keys: [plan.lookupKey], limit: 1 })).data;
  const wanted = {
    nickname: plan.name,
    metadata: { plan: plan.id },
  };
  if (existing && matches(existing, plan)) {
    if (existing.nickname === wanted.nickname && existing.metadata.plan === plan.id) return { what, action: "unchanged", id: existing.id };
    await stripe.prices.update(existing.id, wanted);
    return { what, action: "updated", id: existing.id };
  }
  const created = await stripe.prices.create({
    product: PLAN_PRODUCT.id,
    currency: plan.currency,
    unit_amount: plan.amountCents,
    recurring: { interval: plan.interval, interval_count: plan.intervalCount },
    lookup_key: plan.lookupKey,
    transfer_lookup_key: true,
    ...wanted,
  });
  if (!existing) return { what, action: "created", id: created.id };
  if (existing.active) await stripe.prices.update(existing.id, { active: false });
  return { what, action: "replaced", id: created.id };
}

export async function syncPlanCatalog(stripe: Stripe): Promise<SyncStep[]> {
  const steps = [await syncProduct(stripe)];
  for (const plan of plans) steps.push(await syncPrice(stripe, plan));
  return steps;
}
