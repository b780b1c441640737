import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { fulfilmentStatuses, orders, orderStatuses, stockReservations, type FulfilmentStatus, type Order, type OrderStatus } from "@/db/schema";
import { getOrderDetail, type OrderDetail } from "@/lib/orders/queries";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { pageCount, type Paged } from "./paging";

export const ORDERS_PAGE_SIZE = 25;

export type OrderRow = Pick<Order, "id" | "email" | "status" | "fulfilment" | "totalCents" | "refundedCents" | "paymentIntentId" | "createdAt" | "paidAt"> & {
  itemCount: number;
};

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `pi_…` finds the order paid by that PaymentIntent; anything else searches emails (and matches an order id exactly). */
function searchCondition(q: string): SQL {
  if (q.startsWith("pi_")) return sql`${orders.paymentIntentId} like ${`${escapeLike(q)}%`} escape '\\'`;
  return or(sql`${orders.email} like ${`%${escapeLike(q)}%`} escape '\\'`, eq(orders.id, q))!;
}

export async function listAdminOrders(
  actor: Actor,
  query: { status?: OrderStatus; fulfilment?: FulfilmentStatus; q?: string; page?: number },
): Promise<(Paged<OrderRow> & { ok: true; statusCounts: Partial<Record<OrderStatus, number>> }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const where: SQL[] = [];
  if (query.status && orderStatuses.includes(query.status)) where.push(eq(orders.status, query.status));
  if (query.fulfilment && fulfilmentStatuses.includes(query.fulfilment)) where.push(eq(orders.fulfilment, query.fulfilment));
  const q = query.q?.trim();
  if (q) where.push(searchCondition(q));
  const condition = where.length ? and(...where) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(orders).where(condition);
  const pages = pageCount(total, ORDERS_PAGE_SIZE);
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db
    .select({
      id: orders.id,
      email: orders.email,
      status: orders.status,
      fulfilment: orders.fulfilment,
      totalCents: orders.totalCents,
      refundedCents: orders.refundedCents,
      paymentIntentId: orders.paymentIntentId,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      // Written out: inside a subquery drizzle would leave the outer column unqualified.
      itemCount: sql<number>`(select coalesce(sum(oi.quantity), 0) from order_items oi where oi.order_id = "orders"."id")`,
    })
    .from(orders)
    .where(condition)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ORDERS_PAGE_SIZE)
    .offset((page - 1) * ORDERS_PAGE_SIZE);

  const counts = await db.select({ status: orders.status, n: count() }).from(orders).groupBy(orders.status);
  return {
    ok: true,
    rows: rows.map((row) => ({ ...row, itemCount: Number(row.itemCount) })),
    total,
    page,
    pages,
    statusCounts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

export type AdminOrder = {
  ok: true;
  order: Order;
  items: OrderDetail["items"];
  timeline: OrderDetail["timeline"];
  reservations: { active: number; committed: number; released: number };
  /** Units a late payment bought that had been sold meanwhile (see retakeReleasedStock). */
  shortfall: number;
};

export async function getAdminOrder(actor: Actor, id: string): Promise<AdminOrder | Refusal | Failure> {
  if (!isAdmin(actor)) return REFUSAL;
  const [detail, reservationRows] = await Promise.all([
    getOrderDetail(id, "operator"),
    db
      .select({ status: stockReservations.status, units: sql<number>`sum(${stockReservations.quantity})`, shortfall: sql<number>`sum(${stockReservations.shortfall})` })
      .from(stockReservations)
      .where(eq(stockReservations.orderId, id))
      .groupBy(stockReservations.status),
  ]);
  if (!detail) return { ok: false, message: "No such order." };
  const { items, timeline, ...order } = detail;
  const reservations = { active: 0, committed: 0, released: 0 };
  let shortfall = 0;
  for (const row of reservationRows) {
    reservations[row.status] = Number(row.units);
    shortfall += Number(row.shortfall);
  }
  return { ok: true, order, items, timeline, reservations, shortfall };
}
