import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { products, stockReservations } from "@/db/schema";

/**
 * Stock reservations. `products.stock` is what can still be sold: reserving takes from it with a
 * conditional UPDATE (so two shoppers racing for the last unit cannot both get it, in one process
 * or many), releasing gives it back, committing only marks the reservation as sold.
 */
export const RESERVATION_MINUTES = 30;

export type ReservationLine = { productId: number; name: string; quantity: number };
export type SoldOutLine = { productId: number; name: string; wanted: number; available: number };

/** Takes every line's quantity from stock, or none: the caller rolls back when lines fail. */
export async function reserveStock(executor: Executor, orderId: string, lines: readonly ReservationLine[], expiresAt: Date) {
  const soldOut: SoldOutLine[] = [];
  const slugs: string[] = [];
  for (const line of lines) {
    const [taken] = await executor
      .update(products)
      .set({ stock: sql`${products.stock} - ${line.quantity}` })
      .where(and(eq(products.id, line.productId), eq(products.visible, true), sql`${products.stock} >= ${line.quantity}`))
      .returning({ slug: products.slug });
    if (taken) {
      slugs.push(taken.slug);
      continue;
    }
    const [current] = await executor.select({ stock: products.stock, visible: products.visible }).from(products).where(eq(products.id, line.productId));
    soldOut.push({ productId: line.productId, name: line.name, wanted: line.quantity, available: current?.visible ? Math.max(0, current.stock) : 0 });
  }
  if (soldOut.length > 0) return { ok: false as const, soldOut };
  await executor.insert(stockReservations).values(lines.map((line) => ({ orderId, productId: line.productId, quantity: line.quantity, expiresAt })));
  return { ok: true as const, slugs };
}

/**
 * The ids of an order's reservations in one state, found through the order index. (With the
 * status in the same WHERE, SQLite picks the status index and walks every active reservation.)
 */
async function reservationIds(executor: Executor, orderId: string, status: "active" | "released"): Promise<number[]> {
  const rows = await executor
    .select({ id: stockReservations.id, status: stockReservations.status })
    .from(stockReservations)
    .where(eq(stockReservations.orderId, orderId));
  return rows.filter((row) => row.status === status).map((row) => row.id);
}

/** Gives an order's active reservations back to stock; answers the slugs whose stock changed. */
export async function releaseStock(executor: Executor, orderId: string): Promise<string[]> {
  const active = await reservationIds(executor, orderId, "active");
  if (active.length === 0) return [];
  const released = await executor
    .update(stockReservations)
    .set({ status: "released" })
    .where(and(inArray(stockReservations.id, active), eq(stockReservations.status, "active")))
    .returning({ productId: stockReservations.productId, quantity: stockReservations.quantity });
  const slugs: string[] = [];
  for (const reservation of released) {
    const [product] = await executor
      .update(products)
      .set({ stock: sql`${products.stock} + ${reservation.quantity}` })
      .where(eq(products.id, reservation.productId))
      .returning({ slug: products.slug });
    if (product) slugs.push(product.slug);
  }
  return slugs;
}

export async function commitStock(executor: Executor, orderId: string) {
  const active = await reservationIds(executor, orderId, "active");
  if (active.length === 0) return;
  await executor
    .update(stockReservations)
    .set({ status: "committed" })
    .where(and(inArray(stockReservations.id, active), eq(stockReservations.status, "active")));
}

/**
 * A payment that succeeded after its order had been released (its PaymentIntent could not be
 * canceled in time): the goods are sold after all, so the released units are taken again,
 * never below zero.
 */
export async function retakeReleasedStock(executor: Executor, orderId: string): Promise<string[]> {
  const releasedIds = await reservationIds(executor, orderId, "released");
  if (releasedIds.length === 0) return [];
  const released = await executor
    .select({ id: stockReservations.id, productId: stockReservations.productId, quantity: stockReservations.quantity })
    .from(stockReservations)
    .where(inArray(stockReservations.id, releasedIds));
  const slugs: string[] = [];
  for (const reservation of released) {
    const [product] = await executor
      .update(products)
      .set({ stock: sql`max(${products.stock} - ${reservation.quantity}, 0)` })
      .where(eq(products.id, reservation.productId))
      .returning({ slug: products.slug });
    if (product) slugs.push(product.slug);
  }
  await executor
    .update(stockReservations)
    .set({ status: "committed" })
    .where(inArray(stockReservations.id, released.map((reservation) => reservation.id)));
  return slugs;
}
