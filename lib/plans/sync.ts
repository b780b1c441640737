import "server-only";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { db, type Executor } from "@/db/client";
import { subscriptions, users, type Subscription } from "@/db/schema";
import { getStripe } from "@/lib/payments/stripe";
import type { PlanId } from "./catalog";
import { isStripeNotFound } from "@/lib/payments/errors";
import { planForPrice } from "./stripe-prices";
import { logger } from "@/lib/observability/logger";

function idOf(value: string | { id: string }): string {
  return typeof value === "string" ? value : value.id;
}

function ms(seconds: number | null | undefined): Date | null {
  return seconds === null || seconds === undefined ? null : new Date(seconds * 1000);
}

async function ownerOf(subscription: Stripe.Subscription): Promise<string | null> {
  const byMetadata = subscription.metadata.userId;
  if (byMetadata) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, byMetadata));
    if (user) return user.id;
  }
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.stripeCustomerId, idOf(subscription.customer)));
  return user?.id ?? null;
}

/**
 * The plan a schedule moves the subscription to at its next period, if it differs from today's.
 * A subscription read without `expand: ["schedule"]` names its schedule by id only; the schedule is
 * then read, so a missing expansion never wipes a booked switch.
 */
async function scheduledPlanOf(subscription: Stripe.Subscription, currentPlan: PlanId): Promise<PlanId | null> {
  const schedule = typeof subscription.schedule === "string" ? await getStripe().subscriptionSchedules.retrieve(subscription.schedule) : subscription.schedule;
  if (!schedule || schedule.status !== "active") return null;
  const periodEnd = subscription.items.data[0]?.current_period_end;
  const next = schedule.phases.find((phase) => phase.start_date >= periodEnd);
  const nextPrice = next?.items[0]?.price;
  if (!nextPrice) return null;
  const plan = await planForPrice(nextPrice);
  return plan && plan.id !== currentPlan ? plan.id : null;
}

/**
 * Writes Stripe's view of one subscription into the `subscriptions` table. Every caller (each
 * webhook, the /plans/complete page, the account actions) passes a subscription it has just
 * re-read from Stripe, so duplicate and out-of-order events all settle on Stripe's current state.
 * Returns null for a subscription that is not one of ours (unknown price or no such user).
 */
export async function upsertSubscription(
  subscription: Stripe.Subscription,
  options: { alongside?: (tx: Executor, row: Subscription) => Promise<void> } = {},
): Promise<Subscription | null> {
  const item = subscription.items.data[0];
  if (!item) return null;
  const plan = await planForPrice(item.price);
  if (!plan) {
    logger().warn(`Plans: subscription ${subscription.id} uses price ${item.price.id}, which is not a plan price; not recorded.`);
    return null;
  }
  const userId = await ownerOf(subscription);
  if (!userId) return null;

  const periodStart = ms(item.current_period_start);
  const periodEnd = ms(item.current_period_end);
  const cancelAtPeriodEnd =
    subscription.cancel_at_period_end || (subscription.cancel_at !== null && subscription.cancel_at <= item.current_period_end);
  const [existing] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscription.id));
  // A renewal that fails starts the new period unpaid: the grace counts from that moment, and
  // a later period (Stripe still retrying) never extends it.
  let pastDueSince: Date | null = null;
  if (subscription.status === "past_due") {
    pastDueSince = periodStart;
    if (existing?.pastDueSince && existing.status === "past_due" && (!pastDueSince || existing.pastDueSince < pastDueSince)) {
      pastDueSince = existing.pastDueSince;
    }
  }
  const values = {
    userId,
    customerId: idOf(subscription.customer),
    plan: plan.id,
    priceId: item.price.id,
    status: subscription.status,
    currentPeriodStart: periodStart,
    currentPeriodEnd: periodEnd,
    cancelAtPeriodEnd,
    canceledAt: ms(subscription.canceled_at),
    pastDueSince,
  };
  const scheduledPlan = await scheduledPlanOf(subscription, plan.id);
  // `alongside` (an email about this change) is written in the same transaction as the row.
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(subscriptions)
      .values({ id: subscription.id, ...values, scheduledPlan })
      .onConflictDoUpdate({ target: subscriptions.id, set: { ...values, scheduledPlan } })
      .returning();
    if (options.alongside) await options.alongside(tx, row);
    return row;
  });
}

/** Re-reads a subscription from Stripe and records it. */
export async function syncSubscription(
  subscriptionId: string,
  options: { alongside?: (tx: Executor, row: Subscription) => Promise<void> } = {},
): Promise<Subscription | null> {
  let subscription: Stripe.Subscription;
  try {
    subscription = await getStripe().subscriptions.retrieve(subscriptionId, { expand: ["schedule"] });
  } catch (error) {
    if (isStripeNotFound(error)) return null;
    throw error;
  }
  return upsertSubscription(subscription, options);
}
