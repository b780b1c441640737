import "server-only";
import { and, asc, desc, eq, getTableColumns, notInArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { orderEvents, orderItems, orders, products, type Order, type OrderItem } from "@/db/schema";
import { OPERATOR_TIMELINE_TYPES } from "./status";

/** Read side of orders: a shopper's history and one order with its items and timeline. */

export type OrderSummary = Pick<Order, "id" | "status" | "totalCents" | "refundedCents" | "currency" | "createdAt" | "paidAt" | "paymentIntentId"> & {
  itemCount: number;
};

export async function listOrdersForUser(userId: string, limit = 50): Promise<OrderSummary[]> {
  const rows = await db
    .select({
      id: orders.id,
      status: orders.status,
      totalCents: orders.totalCents,
      refundedCents: orders.refundedCents,
      currency: orders.currency,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      paymentIntentId: orders.paymentIntentId,
      itemCount: sql<number>`coalesce(sum(${orderItems.quantity}), 0)`,
    })
    .from(orders)
    .leftJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(eq(orders.userId, userId))
    .groupBy(orders.id)
    .orderBy(desc(orders.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, itemCount: Number(row.itemCount) }));
}

export type OrderTimelineEntry = { id: number; type: string; message: string; createdAt: Date };
/** A line as bought, with the product's picture today (null when the product was deleted). */
export type OrderDetailItem = OrderItem & { image: string | null; photo: string | null };

export type OrderDetail = Order & { items: OrderDetailItem[]; timeline: OrderTimelineEntry[] };

/**
 * One order with its items and timeline. The shopper (the default) sees the timeline without the operator's
 * entries; the admin console asks for all of them.
 */
export async function getOrderDetail(orderId: string, audience: "shopper" | "operator" = "shopper"): Promise<OrderDetail | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return undefined;
  const ofOrder = eq(orderEvents.orderId, orderId);
  const [items, timeline] = await Promise.all([
    db
      .select({ ...getTableColumns(orderItems), image: products.image, photo: products.photo })
      .from(orderItems)
      .leftJoin(products, eq(products.id, orderItems.productId))
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.id)),
    db
      .select({ id: orderEvents.id, type: orderEvents.type, message: orderEvents.message, createdAt: orderEvents.createdAt })
      .from(orderEvents)
      .where(audience === "operator" ? ofOrder : and(ofOrder, notInArray(orderEvents.type, [...OPERATOR_TIMELINE_TYPES])))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
  ]);
  return { ...order, items, timeline };
}

/** One of this shopper's orders, or undefined when it is someone else's (which a page shows as 404). */
export async function getOrderForUser(orderId: string, userId: string): Promise<OrderDetail | undefined> {
  const [owned] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, orderId), eq(orders.userId, userId)));
  return owned ? getOrderDetail(owned.id) : undefined;
}

export async function getOrderDetailForPaymentIntent(paymentIntentId: string): Promise<OrderDetail | undefined> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.paymentIntentId, paymentIntentId));
  return order ? getOrderDetail(order.id) : undefined;
}
