import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
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
  for (const line of lines) {
    const [taken] = await executor
      .update(products)
      .set({ stock: sql`${products.stock} - ${line.quantity}` })
      .where(and(eq(products.id, line.productId), eq(products.visible, true), sql`${products.stock} >= ${line.quantity}`))
      .returning({ id: products.id });
    if (taken) continue;
    const [current] = await executor.select({ stock: products.stock, visible: products.visible }).from(products).where(eq(products.id, line.productId));
    soldOut.push({ productId: line.productId, name: line.name, wanted: line.quantity, available: current?.visible ? Math.max(0, current.stock) : 0 });
  }
  if (soldOut.length > 0) return { ok: false as const, soldOut };
  await executor.insert(stockReservations).values(lines.map((line) => ({ orderId, productId: line.productId, quantity: line.quantity, expiresAt })));
  return { ok: true as const };
}

type ReservationStatus = "active" | "committed" | "released";
const RESERVATION_STATUSES: ReservationStatus[] = ["active", "committed", "released"];

/**
 * An order's reservations in one state. The state is written as "none of the others" so SQLite
 * finds them through the order index; with `status = ?` it picks the status index instead and
 * walks every reservation in that state.
 */
function reservationsIn(orderId: string, status: ReservationStatus) {
  return and(
    eq(stockReservations.orderId, orderId),
    notInArray(
      stockReservations.status,
      RESERVATION_STATUSES.filter((other) => other !== status),
    ),
  );
}

/** Gives an order's active reservations back to stock; answers whether any stock changed. */
export async function releaseStock(executor: Executor, orderId: string): Promise<boolean> {
  const released = await executor
    .update(stockReservations)
    .set({ status: "released" })
    .where(reservationsIn(orderId, "active"))
    .returning({ productId: stockReservations.productId, quantity: stockReservations.quantity });
  for (const reservation of released) {
    await executor
      .update(products)
      .set({ stock: sql`${products.stock} + ${reservation.quantity}` })
      .where(eq(products.id, reservation.productId));
  }
  return released.length > 0;
}

export async function commitStock(executor: Executor, orderId: string) {
  await executor.update(stockReservations).set({ status: "committed" }).where(reservationsIn(orderId, "active"));
}

export type Shortage = { productId: number; name: string; wanted: number; taken: number };

/**
 * A payment that succeeded after its order had been released (its PaymentIntent could not be
 * canceled in time): the goods are sold after all, so the released units are taken again. Units
 * that were sold to someone else meanwhile cannot be; they are recorded on the reservation as a
 * shortfall (stock never goes below zero, and nothing is silently lost) for the operator to
 * restock or refund.
 */
export async function retakeReleasedStock(executor: Executor, orderId: string): Promise<{ shortages: Shortage[] }> {
  const released = await executor
    .select({ id: stockReservations.id, productId: stockReservations.productId, quantity: stockReservations.quantity })
    .from(stockReservations)
    .where(reservationsIn(orderId, "released"));
  const shortages: Shortage[] = [];
  for (const reservation of released) {
    const taken = await takeUpTo(executor, reservation.productId, reservation.quantity);
    const shortfall = reservation.quantity - taken.units;
    if (shortfall > 0) shortages.push({ productId: reservation.productId, name: taken.name, wanted: reservation.quantity, taken: taken.units });
    await executor.update(stockReservations).set({ status: "committed", shortfall }).where(eq(stockReservations.id, reservation.id));
  }
  return { shortages };
}

/** Takes as many of `wanted` units as are in stock, without a race: a changed count is read again. */
async function takeUpTo(executor: Executor, productId: number, wanted: number) {
  for (;;) {
    const [product] = await executor.select({ stock: products.stock, name: products.name }).from(products).where(eq(products.id, productId));
    if (!product) return { units: 0, name: "A deleted product" };
    const units = Math.min(wanted, Math.max(0, product.stock));
    if (units === 0) return { units, name: product.name };
    const [taken] = await executor
      .update(products)
      .set({ stock: sql`${products.stock} - ${units}` })
      .where(and(eq(products.id, productId), eq(products.stock, product.stock)))
      .returning({ id: products.id });
    if (taken) return { units, name: product.name };
  }
}
