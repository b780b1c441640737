import "server-only";
import { and, eq, inArray, like, lte, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { db, type Executor } from "@/db/client";
import { cartItems, orderEvents, orderItems, orders, type Order } from "@/db/schema";
import { catalogChanged } from "@/lib/catalog/cache";
import { formatCents } from "@/lib/money/format";
import { isStripeInvalidRequestError } from "@/lib/payments/errors";
import { getStripe } from "@/lib/payments/stripe";
import { enqueueReceipt, enqueueRefund } from "@/lib/email/order-emails";
import { PAID_STATUSES, REFUND_FAILED } from "./status";
import { commitStock, RESERVATION_MINUTES, releaseStock, retakeReleasedStock } from "./stock";
import { logger } from "@/lib/observability/logger";
import { count } from "@/lib/observability/tracing";

/**
 * The payment side of an order. Every function here is idempotent and safe to race: the
 * webhook, the return page, the sweeper and an operator's replay may all call them for the same
 * order, in any order, any number of times, and each effect happens once.
 */

export async function addOrderEvent(executor: Executor, orderId: string, type: string, message: string) {
  await executor.insert(orderEvents).values({ orderId, type, message });
}

/** Adds a timeline entry unless the very same one is there already (replayed events). */
async function addOrderEventOnce(executor: Executor, orderId: string, type: string, message: string) {
  const [existing] = await executor
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type), eq(orderEvents.message, message)));
  if (!existing) await addOrderEvent(executor, orderId, type, message);
}

/** The order a PaymentIntent pays: by the id stored on the order, else by its `metadata.orderId`. */
export async function findOrderForPaymentIntent(paymentIntent: Pick<Stripe.PaymentIntent, "id" | "metadata">, executor: Executor = db): Promise<Order | undefined> {
  const [byIntent] = await executor.select().from(orders).where(eq(orders.paymentIntentId, paymentIntent.id));
  if (byIntent) return byIntent;
  const orderId = paymentIntent.metadata?.orderId;
  if (!orderId) return undefined;
  const [byMetadata] = await executor.select().from(orders).where(eq(orders.id, orderId));
  return byMetadata && (byMetadata.paymentIntentId === null || byMetadata.paymentIntentId === paymentIntent.id) ? byMetadata : undefined;
}

export type MarkPaidResult =
  | { status: "paid"; orderId: string; changed: boolean }
  | { status: "not_succeeded"; paymentStatus: Stripe.PaymentIntent.Status }
  | { status: "no_order" };

/**
 * The one function that marks an order paid. It never trusts its caller: it reads the
 * PaymentIntent from Stripe (or takes one the caller has just read) and acts only when it has
 * succeeded. A conditional UPDATE (pending → paid) decides the single winner when the webhook
 * and the return page race; the winner commits the reservations, takes the bought items out of
 * the cart and writes the one 'paid' timeline entry.
 */
export async function markOrderPaid(paymentIntentId: string, options: { paymentIntent?: Stripe.PaymentIntent } = {}): Promise<MarkPaidResult> {
  const paymentIntent =
    options.paymentIntent?.id === paymentIntentId ? options.paymentIntent : await getStripe().paymentIntents.retrieve(paymentIntentId);
  if (paymentIntent.status !== "succeeded") return { status: "not_succeeded", paymentStatus: paymentIntent.status };
  const { outcome, afterCommit } = await db.transaction((tx) => markSucceededOrderPaid(tx, paymentIntent));
  await afterCommit();
  return outcome;
}

/**
 * `markOrderPaid`'s writes, in the caller's transaction, for a PaymentIntent known to have
 * succeeded (a signature-checked `payment_intent.succeeded` carries it). `afterCommit` is for the
 * caller to run once the transaction has committed.
 */
export async function markSucceededOrderPaid(
  tx: Executor,
  paymentIntent: Stripe.PaymentIntent,
): Promise<{ outcome: MarkPaidResult; afterCommit: () => Promise<void> }> {
  // Only a payment that arrived after its order was released changes stock (it takes the units again).
  let stockRetaken = false;
  const outcome = await settlePaid(tx, paymentIntent, () => (stockRetaken = true));
  const afterCommit = async () => {
    // The usual payment leaves stock as its checkout reserved it: no catalogue read on the webhook's path.
    if (stockRetaken) await catalogChanged();
    if (outcome.status === "paid" && outcome.changed) count("ordersPaid", { currency: paymentIntent.currency });
  };
  return { outcome, afterCommit };
}

/** What marking an order paid reads back of it: its cart, and what its receipt says (lib/email/order-emails.ts). */
const paidOrderColumns = {
  id: orders.id,
  userId: orders.userId,
  cartId: orders.cartId,
  email: orders.email,
  locale: orders.locale,
  totalCents: orders.totalCents,
  currency: orders.currency,
  shippingName: orders.shippingName,
  shippingAddress: orders.shippingAddress,
  shippingCity: orders.shippingCity,
  shippingPostalCode: orders.shippingPostalCode,
  shippingCountry: orders.shippingCountry,
};

async function settlePaid(tx: Executor, paymentIntent: Stripe.PaymentIntent, onStockRetaken: () => void): Promise<MarkPaidResult> {
  const paidAt = new Date();
  const paid = { status: "paid" as const, paidAt, failureMessage: null };
  // The usual case in one statement: the pending order this PaymentIntent pays becomes paid.
  let [order] = await tx
    .update(orders)
    .set(paid)
    .where(and(eq(orders.paymentIntentId, paymentIntent.id), eq(orders.status, "pending")))
    .returning(paidOrderColumns);
  if (order) {
    await commitStock(tx, order.id);
  } else {
    const found = await findOrderForPaymentIntent(paymentIntent, tx);
    if (!found) return { status: "no_order" };
    [order] = await tx
      .update(orders)
      .set({ ...paid, paymentIntentId: paymentIntent.id })
      .where(and(eq(orders.id, found.id), inArray(orders.status, ["pending", "canceled", "failed"])))
      .returning(paidOrderColumns);
    if (!order) return { status: "paid", orderId: found.id, changed: false };
    if (found.status === "pending") {
      await commitStock(tx, order.id);
    } else {
      const retaken = await retakeReleasedStock(tx, order.id);
      onStockRetaken();
      await addOrderEvent(tx, order.id, "note", "The payment succeeded after the order had been canceled, so its items were taken from stock again.");
      for (const shortage of retaken.shortages) {
        await addOrderEvent(
          tx,
          order.id,
          "shortage",
          `Short of stock: ${shortage.wanted - shortage.taken} of ${shortage.wanted} × ${shortage.name} had been sold meanwhile. Restock it or refund the shopper.`,
        );
      }
    }
  }
  await removePurchasedFromCart(tx, order);
  const received = paymentIntent.amount_received || paymentIntent.amount;
  const entries = [{ orderId: order.id, type: "paid", message: `Payment of ${formatCents(received, paymentIntent.currency)} received (${paymentIntent.id}).` }];
  if (received !== order.totalCents || paymentIntent.currency !== order.currency) {
    entries.push({
      orderId: order.id,
      type: "note",
      message: `The amount received (${formatCents(received, paymentIntent.currency)}) differs from the order total (${formatCents(order.totalCents, order.currency)}).`,
    });
  }
  await tx.insert(orderEvents).values(entries);
  await enqueueReceipt(tx, order, paymentIntent);
  return { status: "paid", orderId: order.id, changed: true };
}

/** Takes what was bought out of the cart it came from, leaving anything added since. */
async function removePurchasedFromCart(executor: Executor, order: Pick<Order, "id" | "cartId">) {
  if (!order.cartId) return;
  const bought = sql`(select sum(${orderItems.quantity}) from ${orderItems} where ${orderItems.orderId} = ${order.id} and ${orderItems.productId} = ${cartItems.productId})`;
  const boughtProducts = executor.select({ productId: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, order.id));
  await executor
    .update(cartItems)
    .set({ quantity: sql`${cartItems.quantity} - ${bought}` })
    .where(and(eq(cartItems.cartId, order.cartId), inArray(cartItems.productId, boughtProducts)));
  await executor.delete(cartItems).where(and(eq(cartItems.cartId, order.cartId), lte(cartItems.quantity, 0)));
}

/**
 * A declined or unauthenticated attempt: the order stays pending with its stock reserved so the
 * shopper can try another card; the timeline and the order remember why it failed.
 */
export async function recordPaymentFailure(paymentIntent: Stripe.PaymentIntent, attemptId: string) {
  const error = paymentIntent.last_payment_error;
  if (!error) return;
  const reason = error.message ?? "The payment failed.";
  const charge = typeof error.charge === "string" ? error.charge : attemptId;
  await db.transaction(async (tx) => {
    const order = await findOrderForPaymentIntent(paymentIntent, tx);
    if (!order || order.status !== "pending") return;
    await tx.update(orders).set({ failureMessage: reason }).where(and(eq(orders.id, order.id), eq(orders.status, "pending")));
    await addOrderEventOnce(tx, order.id, "payment_failed", `Payment attempt failed: ${reason} (${charge})`);
  });
}

export type CancelReason = "expired" | "payment_canceled" | "replaced" | "payment_unavailable";

const CANCEL_MESSAGES: Record<CancelReason, string> = {
  expired: `The reservation expired after ${RESERVATION_MINUTES} minutes without payment; the items went back on sale.`,
  payment_canceled: "The payment was canceled; the items went back on sale.",
  replaced: "The cart changed, so this checkout was replaced by a new one; the items went back on sale.",
  payment_unavailable: "The payment could not be started; the items went back on sale.",
};

/**
 * Ends a pending order without payment and gives its stock back, once. An order whose last
 * payment attempt failed ends as `failed`, any other as `canceled`. Answers false when the order
 * was not pending (someone else ended it first). The caller calls `catalogChanged` after commit.
 */
export async function endPendingOrder(executor: Executor, orderId: string, reason: CancelReason, failureMessage?: string | null): Promise<boolean> {
  const [order] = await executor.select({ status: orders.status, failureMessage: orders.failureMessage }).from(orders).where(eq(orders.id, orderId));
  if (!order || order.status !== "pending") return false;
  const lastFailure = failureMessage ?? order.failureMessage;
  const [ended] = await executor
    .update(orders)
    .set({ status: lastFailure ? "failed" : "canceled", failureMessage: lastFailure ?? null })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending")))
    .returning({ id: orders.id });
  if (!ended) return false;
  await releaseStock(executor, orderId);
  await addOrderEvent(executor, orderId, lastFailure ? "failed" : "canceled", lastFailure ? `${CANCEL_MESSAGES[reason]} Last attempt: ${lastFailure}` : CANCEL_MESSAGES[reason]);
  return true;
}

export async function cancelPendingOrder(orderId: string, reason: CancelReason, failureMessage?: string | null): Promise<boolean> {
  const ended = await db.transaction((tx) => endPendingOrder(tx, orderId, reason, failureMessage));
  if (ended) await catalogChanged();
  return ended;
}

function orderStatusForRefunds(refundedCents: number, charge: Stripe.Charge): Order["status"] {
  if (refundedCents <= 0) return "paid";
  return charge.refunded || charge.amount_refunded >= charge.amount ? "refunded" : "partially_refunded";
}

/**
 * Brings an order's refund state to the charge's `amount_refunded`. Refund events may arrive twice
 * or out of order; the charge read from Stripe is the truth, and the amount goes down when a
 * refund fails after `charge.refunded`. `failedRefund`, when a refund failed or was canceled, is
 * written on the timeline once so the operator sees it.
 */
export async function applyRefunds(charge: Stripe.Charge, failedRefund?: Stripe.Refund): Promise<{ orderId: string; refundedCents: number } | null> {
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntentId) return null;
  const [order] = await db.select().from(orders).where(eq(orders.paymentIntentId, paymentIntentId));
  if (!order) return null;
  if (order.status === "pending") await markOrderPaid(paymentIntentId);
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ refundedCents: orders.refundedCents, status: orders.status }).from(orders).where(eq(orders.id, order.id));
    if (!current || !PAID_STATUSES.some((status) => status === current.status)) return null;
    const refundedCents = Math.min(charge.amount_refunded, order.totalCents);
    const so = `${formatCents(refundedCents, charge.currency)} is refunded now`;
    if (failedRefund && !(await hasTimelineEntry(tx, order.id, REFUND_FAILED, failedRefund.id))) {
      const reason = failedRefund.failure_reason ? ` (${failedRefund.failure_reason.replaceAll("_", " ")})` : "";
      await addOrderEvent(
        tx,
        order.id,
        REFUND_FAILED,
        `The refund of ${formatCents(failedRefund.amount, failedRefund.currency)} ${failedRefund.status === "canceled" ? "was canceled" : "failed"}${reason}; ${so}. The shopper did not get this money back: refund again or contact them. [${failedRefund.id}]`,
      );
    }
    if (refundedCents === current.refundedCents) return null;
    const [updated] = await tx
      .update(orders)
      .set({ refundedCents, status: orderStatusForRefunds(refundedCents, charge) })
      .where(and(eq(orders.id, order.id), eq(orders.refundedCents, current.refundedCents)))
      .returning({ id: orders.id });
    if (!updated) return null;
    const change = refundedCents - current.refundedCents;
    if (change > 0) {
      await addOrderEvent(
        tx,
        order.id,
        "refunded",
        refundedCents >= order.totalCents || charge.refunded
          ? `Refunded ${formatCents(change, charge.currency)}; the order is now refunded in full (${formatCents(charge.amount_refunded, charge.currency)}).`
          : `Refunded ${formatCents(change, charge.currency)}; ${formatCents(charge.amount_refunded, charge.currency)} of ${formatCents(charge.amount, charge.currency)} refunded so far.`,
      );
      await enqueueRefund(tx, order, change, refundedCents, charge.currency);
    } else if (!failedRefund) {
      await addOrderEvent(tx, order.id, REFUND_FAILED, `Stripe now reports less refunded: ${so} (${formatCents(-change, charge.currency)} less).`);
    }
    return { orderId: order.id, refundedCents };
  });
}

/** Whether the order's timeline has an entry of `type` naming `reference` (an object id). */
async function hasTimelineEntry(executor: Executor, orderId: string, type: string, reference: string) {
  const [row] = await executor
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type), like(orderEvents.message, `%[${reference}]`)));
  return Boolean(row);
}

export type PaymentCancellation =
  | { state: "canceled"; lastFailure: string | null }
  | { state: "paid" }
  | { state: "processing" }
  | { state: "unreachable" };

/**
 * Cancels the PaymentIntent of an order that is being ended. Stripe refuses when the payment got
 * through in the meantime; then the order is marked paid instead, so a charged shopper always
 * has an order.
 */
export async function cancelOrderPayment(paymentIntentId: string): Promise<PaymentCancellation> {
  const stripe = getStripe();
  try {
    const canceled = await stripe.paymentIntents.cancel(paymentIntentId, { cancellation_reason: "abandoned" });
    return { state: "canceled", lastFailure: canceled.last_payment_error?.message ?? null };
  } catch (error) {
    if (!(isStripeInvalidRequestError(error))) {
      logger().error(`Could not cancel ${paymentIntentId}: ${error instanceof Error ? error.message : String(error)}`);
      return { state: "unreachable" };
    }
    const current = await stripe.paymentIntents.retrieve(paymentIntentId);
    if (current.status === "succeeded") {
      await markOrderPaid(paymentIntentId, { paymentIntent: current });
      return { state: "paid" };
    }
    if (current.status === "canceled") return { state: "canceled", lastFailure: current.last_payment_error?.message ?? null };
    return { state: "processing" };
  }
}
