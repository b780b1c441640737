import type Stripe from "stripe";

// Which Stripe subscription statuses mean what, in one place: subscribing, managing a plan, the
// assistant's entitlement and the operator dashboard all read these lists.

type Status = Stripe.Subscription.Status;

/** Paying now: these unlock the assistant and count as active subscribers. */
export const PAYING_STATUSES: readonly Status[] = ["active", "trialing"];

/** A renewal failed; the plan still unlocks for a grace period (lib/plans/entitlement.ts). */
export const GRACE_STATUS: Status = "past_due";

/** Statuses whose plan may still unlock the assistant (the grace period decides for past_due). */
export const ENTITLING_STATUSES: readonly Status[] = [...PAYING_STATUSES, GRACE_STATUS];

/** The shopper manages this plan in /account (cancel, resume, switch, pay a failed renewal). */
export const MANAGEABLE_STATUSES: readonly Status[] = [...ENTITLING_STATUSES, "unpaid"];

/**
 * The user already has a plan, so /plans must not sell a second one. A paused subscription (a
 * trial that ended without a payment method) is held too, though there is nothing in it to manage.
 */
export const HELD_STATUSES: readonly Status[] = [...MANAGEABLE_STATUSES, "paused"];

export function isHeld(status: string): boolean {
  return (HELD_STATUSES as readonly string[]).includes(status);
}

export function isManageable(status: string): boolean {
  return (MANAGEABLE_STATUSES as readonly string[]).includes(status);
}
