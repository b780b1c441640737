import "server-only";
import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { fulfilmentStatuses, orders, orderStatuses, stockReservations, type FulfilmentStatus, type Order, type OrderStatus } from "@/db/schema";
import { getOrderDetail, type OrderDetail } from "@/lib/orders/queries";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { countByStatus, likeText, readPage, type Paged } from "./paging";

export const ORDERS_PAGE_SIZE = 25;

export type OrderRow = Pick<Order, "id" | "email" | "status" | "fulfilment" | "totalCents" | "refundedCents" | "paymentIntentId" | "createdAt" | "paidAt"> & {
  itemCount: number;
};

/** `pi_…` finds the order paid by that PaymentIntent; anything else searches emails (and matches an order id exactly). */
function searchCondition(q: string): SQL {
  if (q.startsWith("pi_")) return likeText(orders.paymentIntentId, q, "starts");
  return or(likeText(orders.email, q, "contains"), eq(orders.id, q))!;
}

export async function listAdminOrders(
  actor: Actor,
  query: { status?: OrderStatus; fulfilment?: FulfilmentStatus; q?: string; page?: number },
): Promise<(Paged<OrderRow> & { ok: true; statusCounts: Partial<Record<OrderStatus, number>> }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const q = query.q?.trim();
  const condition = and(
    query.status && orderStatuses.includes(query.status) ? eq(orders.status, query.status) : undefined,
    query.fulfilment && fulfilmentStatuses.includes(query.fulfilment) ? eq(orders.fulfilment, query.fulfilment) : undefined,
    q ? searchCondition(q) : undefined,
  );
  const list = await readPage(
    db
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
      .$dynamic(),
    { table: orders, condition, order: [desc(orders.createdAt), desc(orders.id)], size: ORDERS_PAGE_SIZE, page: query.page },
  );
  return {
    ok: true,
    ...list,
    rows: list.rows.map((row) => ({ ...row, itemCount: Number(row.itemCount) })),
    statusCounts: await countByStatus(orders, orders.status),
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
