import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { planIds, subscriptions, users, type PlanId, type Subscription } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Refusal } from "./access";
import { countByStatus, readPage, selectWithJoined, type Paged } from "./paging";

export const SUBSCRIPTIONS_PAGE_SIZE = 25;

/** Stripe's subscription statuses, in the order an operator cares about them. */
export const subscriptionStatuses = [
  "active",
  "trialing",
  "past_due",
  "incomplete",
  "incomplete_expired",
  "unpaid",
  "paused",
  "canceled",
] as const;

const subscriptionRowColumns = ["id", "plan", "status", "currentPeriodEnd", "cancelAtPeriodEnd", "canceledAt", "scheduledPlan", "createdAt"] as const;
export type SubscriptionRow = Pick<Subscription, (typeof subscriptionRowColumns)[number]> & { email: string };

export async function listAdminSubscriptions(
  actor: Actor,
  query: { status?: string; plan?: PlanId; page?: number },
): Promise<(Paged<SubscriptionRow> & { ok: true; statusCounts: Record<string, number> }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const condition = and(
    query.status ? eq(subscriptions.status, query.status) : undefined,
    query.plan && planIds.includes(query.plan) ? eq(subscriptions.plan, query.plan) : undefined,
  );
  const rows = selectWithJoined(subscriptions, subscriptionRowColumns, { table: users, on: eq(users.id, subscriptions.userId), fields: { email: users.email } });
  const order = [desc(subscriptions.createdAt), desc(subscriptions.id)];
  const list = await readPage(rows, { table: subscriptions, condition, order, size: SUBSCRIPTIONS_PAGE_SIZE, page: query.page });
  return { ok: true, ...list, statusCounts: await countByStatus(subscriptions, subscriptions.status) };
}
