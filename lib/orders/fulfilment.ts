import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/db/client";
import { orderEvents, orders, type FulfilmentStatus, type OrderStatus } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "@/lib/admin/access";
import { refundState, requestRefund, restockOrder } from "@/lib/admin/refunds";
import { enqueueShipped } from "@/lib/email/order-emails";
import { formatCents } from "@/lib/money/format";
import { getStripe } from "@/lib/payments/stripe";
import { addOrderEvent, applyRefunds } from "./payment";

/**
 * Fulfilment of a paid order: `unfulfilled → packed → shipped → delivered`, one step at a time,
 * each written on the order's timeline. A step is one conditional update, so two operators
 * clicking at once move the order once.
 */

export const FULFILMENT_LABELS: Record<FulfilmentStatus, string> = {
  unfulfilled: "Not packed yet",
  packed: "Packed",
  shipped: "Shipped",
  delivered: "Delivered",
  canceled: "Canceled",
};

/** Timeline type of an order canceled (and refunded) before it shipped; written once per order. */
export const ORDER_CANCELED = "order_canceled";

/** Orders that may be packed and shipped: paid, and not refunded in full. */
const FULFILLABLE_STATUSES: readonly OrderStatus[] = ["paid", "partially_refunded"];

const STEPS = {
  pack: { from: "unfulfilled", to: "packed" },
  ship: { from: "packed", to: "shipped" },
  deliver: { from: "shipped", to: "delivered" },
} as const satisfies Record<string, { from: FulfilmentStatus; to: FulfilmentStatus }>;
export type FulfilmentStep = keyof typeof STEPS;

const CARRIER_TRACKING: Record<string, (number: string) => string> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
  "royal mail": (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  postnl: (n) => `https://jouw.postnl.nl/track-and-trace/${n}`,
};

export const KNOWN_CARRIERS = ["UPS", "USPS", "FedEx", "DHL", "Royal Mail", "PostNL"] as const;

/** The carrier's tracking page for a parcel, or null for a carrier we do not know. */
export function trackingUrl(carrier: string | null, trackingNumber: string | null): string | null {
  if (!carrier || !trackingNumber) return null;
  const link = CARRIER_TRACKING[carrier.trim().toLowerCase()];
  return link ? link(encodeURIComponent(trackingNumber)) : null;
}

const stepInput = z.object({
  orderId: z.string().min(1).max(100),
  step: z.enum(["pack", "ship", "deliver"], { error: "Choose pack, ship or deliver." }),
});
const shipmentInput = z.object({
  carrier: z.string().trim().min(1, "Enter the carrier.").max(40, "At most 40 characters."),
  trackingNumber: z
    .string()
    .trim()
    .min(3, "Enter the tracking number.")
    .max(40, "At most 40 characters.")
    .regex(/^[A-Za-z0-9 -]+$/, "Letters, digits, spaces and dashes only."),
});

const WRONG_STEP: Record<FulfilmentStep, (current: FulfilmentStatus) => string> = {
  pack: (current) => (current === "unfulfilled" ? "" : `This order is already ${current}.`),
  ship: (current) => (current === "unfulfilled" ? "Pack the order before shipping it." : `This order is already ${current}.`),
  deliver: (current) => (current === "delivered" ? "This order is already delivered." : "This order is not shipped yet."),
};

export type FulfilmentResult = { ok: true; message: string } | Failure | Refusal;

export async function fulfilOrder(actor: Actor, input: Record<string, unknown>): Promise<FulfilmentResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = stepInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose an order and a step.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { orderId, step } = parsed.data;
  let shipment: z.infer<typeof shipmentInput> | null = null;
  if (step === "ship") {
    const shipped = shipmentInput.safeParse(input);
    if (!shipped.success) return { ok: false, message: "Check the shipment details.", fieldErrors: z.flattenError(shipped.error).fieldErrors };
    shipment = shipped.data;
  }

  const [order] = await db.select({ status: orders.status, fulfilment: orders.fulfilment }).from(orders).where(eq(orders.id, orderId));
  if (!order) return { ok: false, message: "No such order." };
  if (!FULFILLABLE_STATUSES.includes(order.status)) return { ok: false, message: "Only a paid order that is not refunded in full can be fulfilled." };
  const { from, to } = STEPS[step];
  if (order.fulfilment !== from) return { ok: false, message: WRONG_STEP[step](order.fulfilment) };

  const now = new Date();
  const moved = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(orders)
      .set({
        fulfilment: to,
        ...(step === "pack" ? { packedAt: now } : {}),
        ...(step === "ship" && shipment ? { shippedAt: now, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber } : {}),
        ...(step === "deliver" ? { deliveredAt: now } : {}),
      })
      .where(and(eq(orders.id, orderId), eq(orders.fulfilment, from), inArray(orders.status, [...FULFILLABLE_STATUSES])))
      .returning();
    if (!updated) return false;
    if (step === "ship" && shipment) {
      await enqueueShipped(tx, updated, { ...shipment, trackingUrl: trackingUrl(shipment.carrier, shipment.trackingNumber) });
    }
    const message =
      step === "ship" && shipment
        ? `Shipped with ${shipment.carrier}, tracking number ${shipment.trackingNumber}.`
        : step === "pack"
          ? "Packed and ready to ship."
          : "Delivered.";
    await addOrderEvent(tx, orderId, to, message);
    return true;
  });
  if (!moved) return { ok: false, message: "Someone else changed this order just now; reload to see it." };
  return { ok: true, message: `Order ${FULFILMENT_LABELS[to].toLowerCase()}.` };
}

const CANCELABLE_FROM: readonly FulfilmentStatus[] = ["unfulfilled", "packed"];

/**
 * Cancels a paid order that has not shipped, refunding everything not yet refunded and putting
 * its items back on sale. The fulfilment is claimed first (one conditional update, so a
 * concurrent Ship loses or wins cleanly), then Stripe refunds; a refund Stripe refuses cancels
 * nothing. The refund is applied from the charge at once, through the same applyRefunds as the
 * refund webhooks, so whichever comes second changes nothing (and the refund email, keyed on the
 * refunded total, is written once). A cancel interrupted after its claim is finished by the next.
 */
export async function cancelAndRefund(actor: Actor, input: Record<string, unknown>): Promise<FulfilmentResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = z.object({ orderId: z.string().min(1).max(100) }).safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose an order." };
  const [order] = await db.select().from(orders).where(eq(orders.id, parsed.data.orderId));
  if (!order) return { ok: false, message: "No such order." };
  if (order.fulfilment === "shipped" || order.fulfilment === "delivered") {
    return { ok: false, message: `This order is already ${order.fulfilment}; it can no longer be canceled. Refund it instead.` };
  }
  const fulfillable = FULFILLABLE_STATUSES.includes(order.status) && Boolean(order.paymentIntentId);
  if (order.fulfilment === "canceled" && !fulfillable) return { ok: false, message: "This order is already canceled." };
  if (!fulfillable) return { ok: false, message: "Only a paid order that is not refunded in full can be canceled and refunded." };

  const from = order.fulfilment;
  if (from !== "canceled") {
    const [claimed] = await db
      .update(orders)
      .set({ fulfilment: "canceled", canceledAt: new Date() })
      .where(and(eq(orders.id, order.id), inArray(orders.fulfilment, [...CANCELABLE_FROM]), inArray(orders.status, [...FULFILLABLE_STATUSES])))
      .returning({ id: orders.id });
    if (!claimed) return { ok: false, message: "Someone else changed this order just now; reload to see it." };
  }

  const who = actor.email ?? "an operator";
  const state = await refundState(order);
  let refund: Stripe.Refund | null = null;
  if (state.refundableCents > 0) {
    const requested = await requestRefund(order, state.refundableCents, { restock: true, actorEmail: who, idempotencyKey: `cancel-refund:${order.id}` });
    if (!requested.ok) {
      if (from !== "canceled") {
        await db
          .update(orders)
          .set({ fulfilment: from, canceledAt: null })
          .where(and(eq(orders.id, order.id), eq(orders.fulfilment, "canceled")));
      }
      return { ok: false, message: `${requested.message} The order was not canceled.` };
    }
    refund = requested.refund;
  }

  await db.transaction(async (tx) => {
    const [seen] = await tx
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, ORDER_CANCELED)));
    if (seen) return;
    const refunded = refund ? ` ${formatCents(refund.amount, refund.currency)} is refunded to the card it was paid with.` : "";
    await addOrderEvent(tx, order.id, ORDER_CANCELED, `Order canceled before shipping.${refunded}`);
  });
  const restocked = await restockOrder(order.id, who);
  if (refund) await settleRefund(refund);

  const parts = ["Order canceled."];
  if (refund) parts.push(`Refund of ${formatCents(refund.amount, refund.currency)} accepted by Stripe (${refund.id}).`);
  if (restocked.restocked) parts.push("The items are back in stock.");
  return { ok: true, message: parts.join(" ") };
}

/** Applies a refund from its charge now; when Stripe cannot be read, the refund webhooks do it later. */
async function settleRefund(refund: Stripe.Refund) {
  const chargeId = typeof refund.charge === "string" ? refund.charge : refund.charge?.id;
  if (!chargeId) return;
  let charge: Stripe.Charge;
  try {
    charge = await getStripe().charges.retrieve(chargeId);
  } catch (error) {
    console.warn(`Could not read ${chargeId} after refund ${refund.id}; its webhook will apply it: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  await applyRefunds(charge);
}

/** Paid orders waiting to be packed or shipped, oldest payment first (the dashboard's queue). */
export async function ordersToFulfil(limit = 50) {
  return db
    .select({ orderId: orders.id, email: orders.email, fulfilment: orders.fulfilment, paidAt: orders.paidAt })
    .from(orders)
    .where(and(inArray(orders.fulfilment, ["unfulfilled", "packed"]), inArray(orders.status, [...FULFILLABLE_STATUSES])))
    .orderBy(orders.paidAt, orders.id)
    .limit(limit);
}
