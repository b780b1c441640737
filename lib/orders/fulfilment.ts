import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { orders, type FulfilmentStatus, type OrderStatus } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "@/lib/admin/access";
import { enqueueShipped } from "@/lib/email/order-emails";
import { addOrderEvent } from "./payment";

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
};

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

/** Paid orders waiting to be packed or shipped, oldest payment first (the dashboard's queue). */
export async function ordersToFulfil(limit = 50) {
  return db
    .select({ orderId: orders.id, email: orders.email, fulfilment: orders.fulfilment, paidAt: orders.paidAt })
    .from(orders)
    .where(and(inArray(orders.fulfilment, ["unfulfilled", "packed"]), inArray(orders.status, [...FULFILLABLE_STATUSES])))
    .orderBy(orders.paidAt, orders.id)
    .limit(limit);
}
