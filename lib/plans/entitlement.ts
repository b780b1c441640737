import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { subscriptions, type Subscription } from "@/db/schema";
import { ENTITLING_STATUSES } from "./status";
import { billingNow } from "./time";

/** How long a subscription whose renewal failed keeps its benefits while Stripe retries. */
export const PAST_DUE_GRACE_MS = 3 * 24 * 60 * 60 * 1000;

type EntitlementFields = Pick<Subscription, "status" | "pastDueSince" | "currentPeriodEnd"> & Partial<Pick<Subscription, "cancelAtPeriodEnd">>;

/**
 * The rule, pure: active and trialing unlock; past_due unlocks for a 3-day grace. A plan canceled
 * at period end stops at the period's end even if the `deleted` webhook has not arrived yet.
 */
export function isEntitled(subscription: EntitlementFields, now = Date.now()): boolean {
  if (subscription.status === "active" || subscription.status === "trialing") {
    return !(subscription.cancelAtPeriodEnd && subscription.currentPeriodEnd && subscription.currentPeriodEnd.getTime() <= now);
  }
  if (subscription.status === "past_due") {
    const since = subscription.pastDueSince ?? subscription.currentPeriodEnd;
    return since !== null && now - since.getTime() < PAST_DUE_GRACE_MS;
  }
  return false;
}

/**
 * The one question the assistant asks: may this user use it without counting free uses?
 * `now` defaults to billing time (the sandbox clock when running on the sandbox).
 */
export async function hasAssistantAccess(userId: string | null | undefined, now?: number): Promise<boolean> {
  if (!userId) return false;
  const rows = await db
    .select({
      status: subscriptions.status,
      pastDueSince: subscriptions.pastDueSince,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
    })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, [...ENTITLING_STATUSES])))
    .orderBy(desc(subscriptions.updatedAt));
  if (rows.length === 0) return false;
  const at = now ?? (await billingNow());
  return rows.some((row) => isEntitled(row, at));
}
