import { clockOffsetMs, sandboxNow, setClockOffset } from "../clock";
import { scheduleDeliveries } from "../events";
import type { SandboxRoute } from "../router";
import { invoiceRoutes } from "./invoices";
import { priceRoutes } from "./prices";
import { scheduleRoutes } from "./subscription-schedules";
import { processDueBilling } from "../billing/due";
import { cancelSubscriptionNow } from "../billing/ending";
import { getSubscription, presentSubscription } from "./subscription-records";
import { subscriptionRoutes } from "./subscriptions";
import { putObject } from "../store";
import { failDueRefunds } from "./refunds";

/**
 * Stripe Billing in the sandbox: products and prices, subscriptions, subscription schedules,
 * invoices and invoice payments, and the clock that drives renewals.
 */
export const billingRoutes: SandboxRoute[] = [
  ...priceRoutes,
  ...subscriptionRoutes(),
  ...scheduleRoutes(processDueBilling, {
    get: getSubscription,
    put: (subscription, executor) => putObject(subscription, executor),
    cancelNow: cancelSubscriptionNow,
    present: presentSubscription,
  }),
  ...invoiceRoutes(processDueBilling),
];

export type ClockAdvance = { now: Date; offsetMs: number; processed: number };

/**
 * Moves the sandbox clock forward (like advancing a Stripe test clock) and runs everything that
 * became due: renewals and their charges, retries, cancellations at period end, expiries. The
 * resulting events are delivered to the webhook as usual. Refunds due to fail fail too.
 */
export async function advanceSandboxClock(ms: number): Promise<ClockAdvance> {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError("The sandbox clock only moves forward.");
  const offsetMs = (await clockOffsetMs()) + Math.round(ms);
  await setClockOffset(offsetMs);
  const now = await sandboxNow();
  const processed = (await processDueBilling(now)) + (await failDueRefunds(now));
  scheduleDeliveries();
  return { now: new Date(now), offsetMs, processed };
}

export async function sandboxClockState() {
  return { now: new Date(await sandboxNow()), offsetMs: await clockOffsetMs() };
}
