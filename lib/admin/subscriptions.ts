import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { planIds, subscriptions, users, type PlanId, type Subscription } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Refusal } from "./access";
import { pageCount, type Paged } from "./paging";

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

export type SubscriptionRow = Pick<
  Subscription,
  "id" | "plan" | "status" | "currentPeriodEnd" | "cancelAtPeriodEnd" | "canceledAt" | "scheduledPlan" | "createdAt"
> & { email: string };

export async function listAdminSubscriptions(
  actor: Actor,
  query: { status?: string; plan?: PlanId; page?: number },
): Promise<(Paged<SubscriptionRow> & { ok: true; statusCounts: Record<string, number> }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const where: SQL[] = [];
  if (query.status) where.push(eq(subscriptions.status, query.status));
  if (query.plan && planIds.includes(query.plan)) where.push(eq(subscriptions.plan, query.plan));
  const condition = where.length ? and(...where) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(subscriptions).where(condition);
  const pages = pageCount(total, SUBSCRIPTIONS_PAGE_SIZE);
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db
    .select({
      id: subscriptions.id,
      email: users.email,
      plan: subscriptions.plan,
      status: subscriptions.status,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      canceledAt: subscriptions.canceledAt,
      scheduledPlan: subscriptions.scheduledPlan,
      createdAt: subscriptions.createdAt,
    })
    .from(subscriptions)
    .innerJoin(users, eq(users.id, subscriptions.userId))
    .where(condition)
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id))
    .limit(SUBSCRIPTIONS_PAGE_SIZE)
    .offset((page - 1) * SUBSCRIPTIONS_PAGE_SIZE);

  const counts = await db.select({ status: subscriptions.status, n: count() }).from(subscriptions).groupBy(subscriptions.status);
  return { ok: true, rows, total, page, pages, statusCounts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) };
}
