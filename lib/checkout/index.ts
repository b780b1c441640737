import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type Stripe from "stripe";
import { db, type Executor } from "@/db/client";
import { orderItems, orders, users, type Order } from "@/db/schema";
import { cartRows, stockHeldByOwnCheckout, type CartRow } from "@/lib/cart";
import { catalogChanged } from "@/lib/catalog/cache";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money/format";
import { addOrderEvent, cancelOrderPayment, cancelPendingOrder, endPendingOrder, markOrderPaid } from "@/lib/orders/payment";
import { RESERVATION_MINUTES, reserveStock, type SoldOutLine } from "@/lib/orders/stock";
import { sweepExpiredReservationsSoon } from "@/lib/orders/sweeper";
import { paymentFailureMessage } from "@/lib/payments/errors";
import { englishNotices, notice, type Noticed, type NoticeTranslator } from "@/lib/i18n/notice";
import { getStripe } from "@/lib/payments/stripe";
import { orderTotals, type OrderTotals } from "./pricing";
import { shippingSchema, type ShippingDetails } from "./shipping";
import { logger } from "@/lib/observability/logger";

/**
 * Checkout: from a cart to a pending order with its stock reserved and a PaymentIntent to pay it.
 * Totals come from the database only. Submitting again with the same cart reuses the pending
 * order (and its reservation and PaymentIntent) instead of reserving the stock twice.
 */

/** A pending order is reused only if enough of its reservation is left to pay in comfort. */
const REUSE_MIN_REMAINING_MS = 5 * 60_000;


export type CheckoutStart =
  | { ok: true; orderId: string; paymentIntentId: string; clientSecret: string; reused: boolean }
  | { ok: false; reason: "empty_cart"; message: string }
  | { ok: false; reason: "sold_out"; message: string; soldOut: SoldOutLine[] }
  | { ok: false; reason: "already_paid"; message: string; orderId: string; completeUrl: string }
  | ({ ok: false; reason: "payment_unavailable" } & Noticed);

class SoldOut extends Error {
  constructor(readonly lines: SoldOutLine[]) {
    super("sold out");
  }
}

/** The return page, as Stripe.js would open it after a successful payment. */
export function completeUrlFor(paymentIntentId: string, clientSecret: string): string {
  const params = new URLSearchParams({ payment_intent: paymentIntentId, payment_intent_client_secret: clientSecret, redirect_status: "succeeded" });
  return `/checkout/complete?${params}`;
}

export function newOrderId(): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `BE-${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("")}`;
}

type ItemKey = { productId: number | null; quantity: number; unitPriceCents: number };
const keyOf = (items: readonly ItemKey[]) =>
  items
    .map((item) => `${item.productId}:${item.quantity}:${item.unitPriceCents}`)
    .sort()
    .join(",");

/** The cart's pending orders, split into the one that still matches the cart exactly and the rest. */
async function pendingOrdersOfCart(executor: Executor, cartId: string, lines: readonly CartRow[], userId: string | null, now: Date) {
  const pending = await executor
    .select()
    .from(orders)
    .where(and(eq(orders.cartId, cartId), eq(orders.status, "pending")))
    .orderBy(desc(orders.createdAt));
  if (pending.length === 0) return { current: undefined, stale: [] as Order[] };
  const items = await executor
    .select({ orderId: orderItems.orderId, productId: orderItems.productId, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents })
    .from(orderItems)
    .where(inArray(orderItems.orderId, pending.map((order) => order.id)));
  const cartKey = keyOf(lines);
  let current: Order | undefined;
  const stale: Order[] = [];
  for (const order of pending) {
    const matches =
      !current &&
      order.userId === userId &&
      order.expiresAt.getTime() - now.getTime() > REUSE_MIN_REMAINING_MS &&
      keyOf(items.filter((item) => item.orderId === order.id)) === cartKey;
    if (matches) current = order;
    else stale.push(order);
  }
  return { current, stale };
}

/** What ran out while checking out, worded by `t` (English here; the shopper's language in the action). */
export function wordSoldOut(t: NoticeTranslator, lines: readonly Pick<SoldOutLine, "name" | "available">[]): string {
  const parts = lines.map((line) => (line.available === 0 ? t("soldOutLine", { name: line.name }) : t("fewLeftLine", { count: line.available, name: line.name })));
  return t("soldOutAtCheckout", { lines: parts.join("; ") });
}

function shippingColumns(shipping: ShippingDetails) {
  return {
    email: shipping.email,
    shippingName: shipping.name,
    shippingAddress: shipping.address,
    shippingCity: shipping.city,
    shippingPostalCode: shipping.postalCode,
    shippingCountry: shipping.country,
  };
}

/**
 * Before a changed cart replaces its pending orders, their payments are canceled at Stripe, and
 * only then may their stock go back. A payment that already succeeded (its webhook late, the
 * shopper never back on the return page) makes that order paid instead, keeping its units, and
 * its lines leave the cart. Answers the orders whose stock may now be released.
 */
async function cancelStalePayments(input: { cartId: string; userId: string | null }, now: Date): Promise<Set<string>> {
  const lines = await cartRows(input.cartId);
  if (lines.length === 0) return new Set();
  const { stale } = await pendingOrdersOfCart(db, input.cartId, lines, input.userId, now);
  const endable = new Set<string>();
  for (const order of stale) {
    if (!order.paymentIntentId) continue;
    const cancellation = await cancelOrderPayment(order.paymentIntentId);
    if (cancellation.state === "canceled") endable.add(order.id);
  }
  return endable;
}

/**
 * Submits the shipping step: reuses the cart's pending order when the cart is unchanged, or
 * creates a new order reserving every line's stock in one transaction (all or nothing), then
 * makes sure it has a PaymentIntent. Anything the browser might claim about prices is never
 * read: only the cart's products and quantities are. `locale`, the language the shopper checks
 * out in, is the order's (its emails are written in it) and becomes a signed-in shopper's.
 */
export async function startCheckout(
  input: { cartId: string; userId: string | null; shipping: ShippingDetails; locale?: Locale },
  now = new Date(),
): Promise<CheckoutStart> {
  const locale = input.locale ?? DEFAULT_LOCALE;
  await sweepExpiredReservationsSoon();
  const endable = await cancelStalePayments(input, now);
  let outcome: { order: Order; reused: boolean; stale: Order[] } | { empty: true };
  try {
    outcome = await db.transaction(async (tx) => {
      const lines = await cartRows(input.cartId, tx);
      if (lines.length === 0) return { empty: true as const };
      const { current, stale } = await pendingOrdersOfCart(tx, input.cartId, lines, input.userId, now);
      // Only orders whose payment is known to be canceled (or that never had one) give their stock
      // back; one whose cancel could not be confirmed keeps it until the sweeper settles it.
      for (const order of stale) {
        if (order.paymentIntentId && !endable.has(order.id)) continue;
        await endPendingOrder(tx, order.id, "replaced");
      }
      if (input.userId) await tx.update(users).set({ locale }).where(eq(users.id, input.userId));
      if (current) {
        const [updated] = await tx
          .update(orders)
          .set({ ...shippingColumns(input.shipping), locale })
          .where(eq(orders.id, current.id))
          .returning();
        return { order: updated, reused: true, stale };
      }

      const id = newOrderId();
      const totals = orderTotals(lines);
      const expiresAt = new Date(now.getTime() + RESERVATION_MINUTES * 60_000);
      const [order] = await tx
        .insert(orders)
        .values({ id, userId: input.userId, cartId: input.cartId, currency: "usd", locale, ...totals, ...shippingColumns(input.shipping), expiresAt })
        .returning();
      const reserved = await reserveStock(tx, id, lines, expiresAt);
      if (!reserved.ok) throw new SoldOut(reserved.soldOut);
      await tx.insert(orderItems).values(lines.map((line) => ({ orderId: id, productId: line.productId, name: line.name, unitPriceCents: line.unitPriceCents, quantity: line.quantity })));
      const units = lines.reduce((sum, line) => sum + line.quantity, 0);
      await addOrderEvent(tx, id, "created", `Order placed for ${formatCents(totals.totalCents)}; ${units} ${units === 1 ? "item" : "items"} reserved for ${RESERVATION_MINUTES} minutes.`);
      return { order, reused: false, stale };
    });
  } catch (error) {
    if (error instanceof SoldOut) return { ok: false, reason: "sold_out", message: wordSoldOut(englishNotices, error.lines), soldOut: error.lines };
    throw error;
  }
  if ("empty" in outcome) return { ok: false, reason: "empty_cart", ...notice("cartEmpty") };

  await catalogChanged();

  const payment = await ensurePaymentIntent(outcome.order);
  if (!payment.ok) return payment;
  if (payment.paymentIntent.status === "succeeded") {
    await markOrderPaid(payment.paymentIntent.id, { paymentIntent: payment.paymentIntent });
    return {
      ok: false,
      reason: "already_paid",
      orderId: outcome.order.id,
      ...notice("alreadyPaid"),
      completeUrl: completeUrlFor(payment.paymentIntent.id, payment.paymentIntent.client_secret ?? ""),
    };
  }
  if (payment.paymentIntent.status === "canceled") {
    // Its PaymentIntent was canceled elsewhere (an operator, the sweeper of another process):
    // end the order and start afresh.
    await cancelPendingOrder(outcome.order.id, "payment_canceled");
    return startCheckout(input, now);
  }
  return {
    ok: true,
    orderId: outcome.order.id,
    paymentIntentId: payment.paymentIntent.id,
    clientSecret: payment.paymentIntent.client_secret ?? "",
    reused: outcome.reused,
  };
}

/**
 * The order's PaymentIntent, created on first need. The idempotency key comes from the order id,
 * so a retry after a lost response (or two racing submits) gets the same PaymentIntent.
 */
export async function ensurePaymentIntent(
  order: Order,
): Promise<{ ok: true; paymentIntent: Stripe.PaymentIntent } | ({ ok: false; reason: "payment_unavailable" } & Noticed)> {
  const stripe = getStripe();
  try {
    if (order.paymentIntentId) return { ok: true, paymentIntent: await stripe.paymentIntents.retrieve(order.paymentIntentId) };
    const paymentIntent = await stripe.paymentIntents.create(
      {
        amount: order.totalCents,
        currency: order.currency,
        automatic_payment_methods: { enabled: true },
        description: `Beyond Earth order ${order.id}`,
        metadata: { orderId: order.id },
        receipt_email: order.email,
      },
      { idempotencyKey: `order-${order.id}-payment-intent` },
    );
    await db
      .update(orders)
      .set({ paymentIntentId: paymentIntent.id })
      .where(and(eq(orders.id, order.id), isNull(orders.paymentIntentId)));
    return { ok: true, paymentIntent };
  } catch (error) {
    logger().error(`Could not start the payment for order ${order.id}: ${error instanceof Error ? error.message : String(error)}`);
    if (!order.paymentIntentId) await cancelPendingOrder(order.id, "payment_unavailable");
    return { ok: false, reason: "payment_unavailable", ...notice("paymentUnavailable") };
  }
}

export type CheckoutPayment = {
  orderId: string;
  paymentIntentId: string;
  clientSecret: string;
  status: Stripe.PaymentIntent.Status;
  lastError: Noticed | null;
  expiresAt: Date;
  totals: OrderTotals;
  shipping: ShippingDetails;
};

export type CheckoutState = {
  lines: CartRow[];
  totals: OrderTotals;
  /** The pending order for exactly this cart, ready to pay. */
  payment: CheckoutPayment | null;
  /** Where to go when this cart's pending order was paid already (another tab, a lost redirect). */
  paidOrderUrl: string | null;
  /** Lines asking for more than can still be sold. */
  shortages: SoldOutLine[];
  /** Shipping details of the cart's latest pending order, to prefill the form. */
  lastShipping: ShippingDetails | null;
};

function shippingOf(order: Order): ShippingDetails {
  return {
    name: order.shippingName,
    email: order.email,
    address: order.shippingAddress,
    city: order.shippingCity,
    postalCode: order.shippingPostalCode,
    country: shippingSchema.shape.country.safeParse(order.shippingCountry).data ?? "US",
  };
}

/** What the checkout page shows for this cart right now. */
export async function loadCheckout(cartId: string | undefined, userId: string | null, now = new Date()): Promise<CheckoutState> {
  await sweepExpiredReservationsSoon();
  const empty: CheckoutState = { lines: [], totals: orderTotals([]), payment: null, paidOrderUrl: null, shortages: [], lastShipping: null };
  if (!cartId) return empty;
  const lines = await cartRows(cartId);
  if (lines.length === 0) return empty;
  const totals = orderTotals(lines);
  const { current, stale } = await pendingOrdersOfCart(db, cartId, lines, userId, now);
  const lastShipping = current ? shippingOf(current) : stale[0] ? shippingOf(stale[0]) : null;

  let payment: CheckoutPayment | null = null;
  let paidOrderUrl: string | null = null;
  if (current?.paymentIntentId) {
    const paymentIntent = await getStripe().paymentIntents.retrieve(current.paymentIntentId);
    if (paymentIntent.status === "succeeded") {
      paidOrderUrl = completeUrlFor(paymentIntent.id, paymentIntent.client_secret ?? "");
    } else if (paymentIntent.status !== "canceled" && paymentIntent.client_secret) {
      payment = {
        orderId: current.id,
        paymentIntentId: paymentIntent.id,
        clientSecret: paymentIntent.client_secret,
        status: paymentIntent.status,
        lastError: paymentFailureMessage(paymentIntent),
        expiresAt: current.expiresAt,
        totals: { subtotalCents: current.subtotalCents, shippingCents: current.shippingCents, totalCents: current.totalCents },
        shipping: shippingOf(current),
      };
    }
  }
  // Stock this cart's own pending orders hold is the shopper's: a new checkout releases it first.
  const held = payment ? new Map<number, number>() : await stockHeldByOwnCheckout(cartId);
  const shortages = payment
    ? []
    : lines
        .map((line) => ({ ...line, available: Math.max(0, line.stock + (held.get(line.productId) ?? 0)) }))
        .filter((line) => line.quantity > line.available)
        .map((line) => ({ productId: line.productId, name: line.name, wanted: line.quantity, available: line.available }));
  return { lines, totals, payment, paidOrderUrl, shortages, lastShipping };
}

/** The shipping details of a signed-in shopper's latest order, to prefill the next checkout. */
export async function lastShippingForUser(userId: string): Promise<ShippingDetails | null> {
  const [order] = await db.select().from(orders).where(eq(orders.userId, userId)).orderBy(desc(orders.createdAt)).limit(1);
  return order ? shippingOf(order) : null;
}
