import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { orders } from "@/db/schema";
import { cancelOrderPayment, cancelPendingOrder } from "./payment";
import { intervalJob } from "@/lib/jobs/interval-job";

/**
 * Reservations last RESERVATION_MINUTES (lib/orders/stock.ts). The sweeper ends pending orders past their expiry: it cancels
 * the PaymentIntent first (so the shopper cannot pay for stock that went back on sale), then
 * releases the stock. It runs on an interval in the server process and, throttled, on checkout
 * requests and payment returns, so expired stock comes back even if the interval is not running.
 */
const BATCH = 50;
const OPPORTUNISTIC_EVERY_MS = 10_000;
const INTERVAL_MS = 60_000;

export type SweepResult = { canceled: number; paid: number; skipped: number };

export async function releaseExpiredReservations(now: Date = new Date()): Promise<SweepResult> {
  const result: SweepResult = { canceled: 0, paid: 0, skipped: 0 };
  const expired = await db
    .select({ id: orders.id, paymentIntentId: orders.paymentIntentId })
    .from(orders)
    .where(and(eq(orders.status, "pending"), lte(orders.expiresAt, now)))
    .orderBy(asc(orders.expiresAt))
    .limit(BATCH);
  for (const order of expired) {
    let lastFailure: string | null = null;
    if (order.paymentIntentId) {
      const payment = await cancelOrderPayment(order.paymentIntentId);
      if (payment.state === "paid") {
        result.paid += 1;
        continue;
      }
      if (payment.state !== "canceled") {
        // Still processing, or Stripe is unreachable: try again on the next sweep.
        result.skipped += 1;
        continue;
      }
      lastFailure = payment.lastFailure;
    }
    if (await cancelPendingOrder(order.id, "expired", lastFailure)) result.canceled += 1;
  }
  return result;
}

const sweeper = intervalJob({ name: "reservation-sweeper", what: "Reservation sweep", intervalMs: INTERVAL_MS, round: releaseExpiredReservations, idle: { canceled: 0, paid: 0, skipped: 0 } });

/** Called on checkout requests: sweeps at most every 10 seconds per process. */
export async function sweepExpiredReservationsSoon(): Promise<void> {
  if (sweeper.sinceLastRun() < OPPORTUNISTIC_EVERY_MS) return;
  await sweeper.runSoon();
}

/** Started once per server process (instrumentation). */
export const startReservationSweeper = (intervalMs = INTERVAL_MS) => sweeper.start(intervalMs);

export const reservationSweeperRunning = (): boolean => sweeper.started();

/** On shutdown: no new sweeps; the one under way finishes (each order is released in its own transaction). */
export const stopReservationSweeper = (): Promise<void> => sweeper.stop();
