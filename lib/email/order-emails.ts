import "server-only";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Executor } from "@/db/client";
import { orderItems, type Order } from "@/db/schema";
import { orderUrl } from "@/lib/orders/order-link";
import { receiptEmail, refundEmail, shippedEmail, type MessageItem } from "./messages";
import { enqueueEmail } from "./outbox";

async function itemsOf(executor: Executor, orderId: string): Promise<MessageItem[]> {
  return executor
    .select({ name: orderItems.name, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId));
}

/** The receipt, in the transaction that marks the order paid (once per order: its dedupe key). */
export async function enqueueReceipt(executor: Executor, order: Order, paymentIntent: Pick<Stripe.PaymentIntent, "id" | "amount" | "amount_received" | "currency">) {
  const message = await receiptEmail({
    to: order.email,
    orderId: order.id,
    items: await itemsOf(executor, order.id),
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
  const message = await refundEmail({
    to: order.email,
    orderId: order.id,
    amountCents,
    refundedTotalCents,
    currency,
    items: await itemsOf(executor, order.id),
    orderUrl: orderUrl(order),
  });
  await enqueueEmail(executor, message);
}

/** The shipped email, in the transaction that records the shipment (once per tracking number). */
export async function enqueueShipped(executor: Executor, order: Order, shipment: { carrier: string; trackingNumber: string; trackingUrl: string | null }) {
  const message = await shippedEmail({ to: order.email, orderId: order.id, ...shipment, orderUrl: orderUrl(order) });
  await enqueueEmail(executor, message);
}
