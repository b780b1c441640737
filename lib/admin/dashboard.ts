import "server-only";
import { LOW_STOCK } from "@/lib/catalog/stock";
import { ordersToFulfil } from "@/lib/orders/fulfilment";
import { PAID_STATUSES, REFUND_FAILED } from "@/lib/orders/status";
import { PAYING_STATUSES } from "@/lib/plans/status";
import { and, asc, count, eq, gt, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { orderEvents, orders, planIds, products, stockReservations, subscriptions, type PlanId } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Refusal } from "./access";

const DAY_MS = 24 * 60 * 60 * 1000;


/** Each plan's price as a monthly amount: Monthly $5, Quarterly $12 / 3, Annual $50 / 12. */
export const PLAN_MONTHLY_CENTS: Record<PlanId, number> = { monthly: 500, quarterly: 1200 / 3, annual: 5000 / 12 };


export type RevenueDay = { day: string; cents: number };

export type Dashboard = {
  ok: true;
  revenue: RevenueDay[];
  revenueTotalCents: number;
  orders: { today: number; month: number; paidToday: number; paidMonth: number };
  subscriptions: { plan: PlanId; active: number; mrrCents: number }[];
  mrrCents: number;
  pastDue: number;
  lowStock: { id: number; slug: string; name: string; stock: number; visible: boolean }[];
  /** Paid orders whose late payment bought units that had been sold meanwhile, oldest first. */
  shortages: { orderId: string; units: number }[];
  /** Refunds Stripe accepted and then could not make, in the last 30 days, newest first. */
  failedRefunds: { orderId: string; message: string; at: Date }[];
  /** Paid orders waiting to be packed or shipped, oldest payment first. */
  toFulfil: Awaited<ReturnType<typeof ordersToFulfil>>;
};

function startOfUtcDay(at: Date) {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

function startOfUtcMonth(at: Date) {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

function isoDay(at: Date) {
  return at.toISOString().slice(0, 10);
}

/**
 * Revenue per UTC day for the last `days` days (today included), by the day each order was paid:
 * paid totals minus refunds. Days without sales are present with 0, so the chart has no gaps.
 */
export async function revenueByDay(now: Date, days = 30): Promise<RevenueDay[]> {
  const first = new Date(startOfUtcDay(now).getTime() - (days - 1) * DAY_MS);
  const day = sql<string>`date(${orders.paidAt} / 1000, 'unixepoch')`;
  const rows = await db
    .select({ day, cents: sql<number>`sum(${orders.totalCents} - ${orders.refundedCents})` })
    .from(orders)
    .where(and(inArray(orders.status, [...PAID_STATUSES]), gte(orders.paidAt, first), lte(orders.paidAt, now)))
    .groupBy(day);
  const byDay = new Map(rows.map((row) => [row.day, Number(row.cents)]));
  return Array.from({ length: days }, (_, index) => {
    const key = isoDay(new Date(first.getTime() + index * DAY_MS));
    return { day: key, cents: byDay.get(key) ?? 0 };
  });
}

async function orderCounts(now: Date) {
  const today = startOfUtcDay(now);
  const month = startOfUtcMonth(now);
  const end = new Date(today.getTime() + DAY_MS);
  const [row] = await db
    .select({
      today: sql<number>`sum(case when ${orders.createdAt} >= ${today.getTime()} then 1 else 0 end)`,
      month: count(),
    })
    .from(orders)
    .where(and(gte(orders.createdAt, month), lt(orders.createdAt, end)));
  const [paid] = await db
    .select({
      today: sql<number>`sum(case when ${orders.paidAt} >= ${today.getTime()} then 1 else 0 end)`,
      month: count(),
    })
    .from(orders)
    .where(and(inArray(orders.status, [...PAID_STATUSES]), gte(orders.paidAt, month), lt(orders.paidAt, end)));
  return { today: Number(row?.today ?? 0), month: Number(row?.month ?? 0), paidToday: Number(paid?.today ?? 0), paidMonth: Number(paid?.month ?? 0) };
}

async function subscriptionSummary() {
  const rows = await db
    .select({ plan: subscriptions.plan, active: count() })
    .from(subscriptions)
    .where(inArray(subscriptions.status, [...PAYING_STATUSES]))
    .groupBy(subscriptions.plan);
  const active = new Map(rows.map((row) => [row.plan, Number(row.active)]));
  const byPlan = planIds.map((plan) => {
    const n = active.get(plan) ?? 0;
    return { plan, active: n, mrrCents: Math.round(n * PLAN_MONTHLY_CENTS[plan]) };
  });
  // Rounded once over the exact sum, so three annual plans make $12.50, not 3 × $4.17.
  const mrrCents = Math.round(planIds.reduce((sum, plan) => sum + (active.get(plan) ?? 0) * PLAN_MONTHLY_CENTS[plan], 0));
  const [pastDue] = await db.select({ n: count() }).from(subscriptions).where(eq(subscriptions.status, "past_due"));
  return { byPlan, mrrCents, pastDue: Number(pastDue?.n ?? 0) };
}

async function lowStock() {
  return db
    .select({ id: products.id, slug: products.slug, name: products.name, stock: products.stock, visible: products.visible })
    .from(products)
    .where(lte(products.stock, LOW_STOCK))
    .orderBy(asc(products.stock), asc(products.name))
    .limit(50);
}

async function shortages() {
  const units = sql<number>`sum(${stockReservations.shortfall})`;
  const rows = await db
    .select({ orderId: stockReservations.orderId, units })
    .from(stockReservations)
    .innerJoin(orders, eq(orders.id, stockReservations.orderId))
    .where(and(gt(stockReservations.shortfall, 0), inArray(orders.status, [...PAID_STATUSES])))
    .groupBy(stockReservations.orderId)
    .orderBy(asc(sql`min(${orders.paidAt})`))
    .limit(50);
  return rows.map((row) => ({ orderId: row.orderId, units: Number(row.units) }));
}

async function failedRefunds(now: Date) {
  return db
    .select({ orderId: orderEvents.orderId, message: orderEvents.message, at: orderEvents.createdAt })
    .from(orderEvents)
    .where(and(eq(orderEvents.type, REFUND_FAILED), gte(orderEvents.createdAt, new Date(now.getTime() - 30 * DAY_MS))))
    .orderBy(sql`${orderEvents.createdAt} desc`, sql`${orderEvents.id} desc`)
    .limit(50);
}

export async function getDashboard(actor: Actor, now = new Date()): Promise<Dashboard | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const [revenue, counts, subs, low, short, failed, toFulfil] = await Promise.all([
    revenueByDay(now),
    orderCounts(now),
    subscriptionSummary(),
    lowStock(),
    shortages(),
    failedRefunds(now),
    ordersToFulfil(),
  ]);
  return {
    ok: true,
    revenue,
    revenueTotalCents: revenue.reduce((sum, day) => sum + day.cents, 0),
    orders: counts,
    subscriptions: subs.byPlan,
    mrrCents: subs.mrrCents,
    pastDue: subs.pastDue,
    lowStock: low,
    shortages: short,
    failedRefunds: failed,
    toFulfil,
  };
}
