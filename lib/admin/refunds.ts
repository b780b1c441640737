import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/db/client";
import { orderEvents, orderItems, orders, products, type Order } from "@/db/schema";
import { catalogChanged } from "@/lib/catalog/cache";
import { formatCents } from "@/lib/money/format";
import { addOrderEvent } from "@/lib/orders/payment";
import { stripeErrorOf } from "@/lib/payments/errors";
import { getStripe } from "@/lib/payments/stripe";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { dollarsField } from "./money";
import { logger } from "@/lib/observability/logger";

/** Timeline types this module writes; `refunded` itself comes from the charge.refunded webhook. */
export const REFUND_REQUESTED = "refund_requested";
export const RESTOCKED = "restocked";

const REFUNDABLE_STATUSES: readonly Order["status"][] = ["paid", "partially_refunded"];

export type RefundState = {
  /** What the order says has been refunded: updated when Stripe's charge.refunded arrives. */
  refundedCents: number;
  /** What Stripe has accepted refunds for, including any whose webhook has not arrived yet. */
  requestedCents: number;
  /** Refunds accepted by Stripe that the order does not show yet. */
  waitingCents: number;
  refundableCents: number;
  canRefund: boolean;
  restocked: boolean;
  /** Stripe could not be asked; refunds are still possible, judged by the order alone. */
  stripeUnavailable: boolean;
};

async function hasRestocked(orderId: string) {
  const [row] = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, RESTOCKED)));
  return Boolean(row);
}

/** Refunds Stripe has accepted for this PaymentIntent (succeeded or still pending). */
async function requestedRefundCents(paymentIntentId: string): Promise<number> {
  let total = 0;
  for await (const refund of getStripe().refunds.list({ payment_intent: paymentIntentId, limit: 100 })) {
    if (refund.status === "succeeded" || refund.status === "pending" || refund.status === "requires_action") total += refund.amount;
  }
  return total;
}

export async function refundState(order: Order): Promise<RefundState> {
  let requestedCents = order.refundedCents;
  let stripeUnavailable = false;
  if (order.paymentIntentId && order.status !== "pending") {
    try {
      requestedCents = Math.max(order.refundedCents, await requestedRefundCents(order.paymentIntentId));
    } catch (error) {
      logger().error(`Could not list refunds of ${order.paymentIntentId}: ${error instanceof Error ? error.message : String(error)}`);
      stripeUnavailable = true;
    }
  }
  const refundableCents = Math.max(0, order.totalCents - requestedCents);
  return {
    refundedCents: order.refundedCents,
    requestedCents,
    waitingCents: requestedCents - order.refundedCents,
    refundableCents,
    canRefund: Boolean(order.paymentIntentId) && REFUNDABLE_STATUSES.includes(order.status) && refundableCents > 0,
    restocked: await hasRestocked(order.id),
    stripeUnavailable,
  };
}

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const refundInput = z.object({
  orderId: z.string().trim().min(1, "Unknown order").max(100),
  amount: dollarsField("refund amount").pipe(z.number().min(1, "The refund must be more than $0.00")),
  restock: checkbox,
  // One per rendering of the form: a double submit reaches Stripe with the same idempotency key.
  requestId: z.uuid("Reload the page and try again"),
});

export type RefundResult = { ok: true; message: string; refundId: string } | Failure | Refusal;

/**
 * Puts an order's items back on sale, once per order however many refunds it gets: the guard is
 * the `restocked` timeline entry, checked and written in the same (serialised) transaction.
 */
export async function restockOrder(orderId: string, actorEmail: string): Promise<{ restocked: boolean }> {
  const outcome = await db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, RESTOCKED)));
    if (already) return { restocked: false };
    const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, orderId));
    const restockedLines: string[] = [];
    for (const item of items) {
      if (item.productId === null) continue;
      const [product] = await tx
        .update(products)
        .set({ stock: sql`${products.stock} + ${item.quantity}` })
        .where(eq(products.id, item.productId))
        .returning({ id: products.id });
      if (!product) continue;
      restockedLines.push(`${item.quantity} × ${item.name}`);
    }
    await addOrderEvent(
      tx,
      orderId,
      RESTOCKED,
      restockedLines.length ? `Items returned to stock by ${actorEmail}: ${restockedLines.join(", ")}.` : `Nothing to return to stock (the products no longer exist).`,
    );
    return { restocked: true };
  });
  await catalogChanged();
  return outcome;
}

/**
 * Asks Stripe (real or sandbox) to refund `amount` of a paid order and notes it on the timeline
 * once per refund: a repeated idempotency key gets the same refund back. The order's amounts move
 * only when the refund is applied from the charge (applyRefunds).
 */
export async function requestRefund(
  order: Order,
  amount: number,
  request: { restock: boolean; actorEmail: string; idempotencyKey: string },
): Promise<{ ok: true; refund: Stripe.Refund } | Failure> {
  if (!order.paymentIntentId) return { ok: false, message: "This order has no payment to refund." };
  let refund: Stripe.Refund;
  try {
    refund = await getStripe().refunds.create(
      { payment_intent: order.paymentIntentId, amount, metadata: { orderId: order.id, restock: String(request.restock) } },
      { idempotencyKey: request.idempotencyKey },
    );
  } catch (error) {
    const info = stripeErrorOf(error);
    if (!info) throw error;
    return { ok: false, message: `Stripe refused the refund: ${info.message}` };
  }
  const note = `Refund of ${formatCents(refund.amount, refund.currency)} requested by ${request.actorEmail} (${refund.id}).`;
  await db.transaction(async (tx) => {
    const [seen] = await tx
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, REFUND_REQUESTED), sql`instr(${orderEvents.message}, ${refund.id}) > 0`));
    if (!seen) await addOrderEvent(tx, order.id, REFUND_REQUESTED, note);
  });
  return { ok: true, refund };
}

/**
 * Refunds an order in full or in part through Stripe (real or sandbox), optionally returning its
 * items to stock. The order's status and refunded amount change when Stripe's `charge.refunded`
 * webhook arrives; until then the order page shows the refund as waiting for Stripe.
 */
export async function refundOrder(actor: Actor, input: unknown): Promise<RefundResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = refundInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Check the refund amount.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { orderId, amount, restock, requestId } = parsed.data;

  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return { ok: false, message: "No such order." };
  if (!order.paymentIntentId || !REFUNDABLE_STATUSES.includes(order.status)) {
    return { ok: false, message: `This order is ${order.status.replace("_", " ")}; only a paid order can be refunded.` };
  }
  const state = await refundState(order);
  if (amount > state.refundableCents) {
    const message =
      state.refundableCents === 0 ? "Nothing is left to refund on this order." : `At most ${formatCents(state.refundableCents, order.currency)} can be refunded.`;
    return { ok: false, message, fieldErrors: { amount: [message] } };
  }

  const who = actor.email ?? "an operator";
  const requested = await requestRefund(order, amount, { restock, actorEmail: who, idempotencyKey: `admin-refund:${order.id}:${requestId}` });
  if (!requested.ok) return requested;
  const { refund } = requested;
  const restocked = restock ? await restockOrder(order.id, who) : null;

  const parts = [`Refund of ${formatCents(refund.amount, refund.currency)} accepted by Stripe (${refund.id}).`];
  if (restocked?.restocked) parts.push("The items are back in stock.");
  else if (restock) parts.push("The items had already been returned to stock.");
  return { ok: true, refundId: refund.id, message: parts.join(" ") };
}
