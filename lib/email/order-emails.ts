import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Executor } from "@/db/client";
import { orderItems, productTranslations, type Order } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { orderUrl } from "@/lib/orders/order-link";
import { draftEmail, type MessageItem } from "./messages";
import { enqueueEmail } from "./outbox";

/** The order's lines, named in `locale` (each order email is written in the order's) where the product has a translation, else as bought. */
async function itemsOf(executor: Executor, orderId: string, locale: Locale): Promise<MessageItem[]> {
  return executor
    .select({ name: sql<string>`coalesce(${productTranslations.name}, ${orderItems.name})`, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents })
    .from(orderItems)
    .leftJoin(productTranslations, and(eq(productTranslations.productId, orderItems.productId), eq(productTranslations.locale, locale)))
    .where(eq(orderItems.orderId, orderId));
}

/** What a receipt says of its order. */
export type ReceiptOrder = Pick<Order, "id" | "userId" | "email" | "locale" | "shippingName" | "shippingAddress" | "shippingCity" | "shippingPostalCode" | "shippingCountry">;

/** The receipt, in the transaction that marks the order paid (once per order: its dedupe key). */
export async function enqueueReceipt(executor: Executor, order: ReceiptOrder, paymentIntent: Pick<Stripe.PaymentIntent, "id" | "amount" | "amount_received" | "currency">) {
  const message = await draftEmail("receipt", {
    to: order.email,
    locale: order.locale,
    orderId: order.id,
    items: await itemsOf(executor, order.id, order.locale),
    totalChargedCents: paymentIntent.amount_received || paymentIntent.amount,
    currency: paymentIntent.currency,
    paymentIntentId: paymentIntent.id,
    address: {
      name: order.shippingName,
      address: order.shippingAddress,
      city: order.shippingCity,
      postalCode: order.shippingPostalCode,
      country: order.shippingCountry,
    },
    orderUrl: orderUrl(order),
  });
  await enqueueEmail(executor, message);
}

/** The refund email, in the transaction that records the refunded amount. */
export async function enqueueRefund(executor: Executor, order: Order, amountCents: number, refundedTotalCents: number, currency: string) {
  const message = await draftEmail("refund", {
    to: order.email,
    locale: order.locale,
    orderId: order.id,
    amountCents,
    refundedTotalCents,
    currency,
    items: await itemsOf(executor, order.id, order.locale),
    orderUrl: orderUrl(order),
  });
  await enqueueEmail(executor, message);
}

/** The shipped email, in the transaction that records the shipment (once per tracking number). */
export async function enqueueShipped(executor: Executor, order: Order, shipment: { carrier: string; trackingNumber: string; trackingUrl: string | null }) {
  const message = await draftEmail("shipped", { to: order.email, locale: order.locale, orderId: order.id, ...shipment, orderUrl: orderUrl(order) });
  await enqueueEmail(executor, message);
}
