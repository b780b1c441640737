import "server-only";
import { z } from "zod";
import { markOrderPaid } from "@/lib/orders/payment";
import { getOrderDetailForPaymentIntent, type OrderDetail } from "@/lib/orders/queries";
import { sweepExpiredReservationsSoon } from "@/lib/orders/sweeper";
import { paymentIntentForClientSecret } from "@/lib/payments/client-secret";
import { paymentFailureMessage } from "@/lib/payments/errors";
import { notice, type Noticed } from "@/lib/i18n/notice";

/**
 * The return page after paying (`/checkout/complete?payment_intent=…&payment_intent_client_secret=…`).
 * The query string proves nothing by itself: the PaymentIntent is read from Stripe, the secret
 * must match it, the order must be the one it pays, and only a succeeded intent marks the order
 * paid (through the same idempotent function as the webhook, so reloading changes nothing).
 */
export const returnParamsSchema = z.object({
  payment_intent: z.string().regex(/^pi_[A-Za-z0-9]+$/),
  payment_intent_client_secret: z.string().min(1).max(200),
});

export type CheckoutReturn =
  | { kind: "not_found" }
  | { kind: "paid"; order: OrderDetail; amountChargedCents: number; currency: string; paymentIntentId: string }
  | { kind: "processing"; order: OrderDetail; paymentIntentId: string }
  | { kind: "needs_authentication"; order: OrderDetail; paymentIntentId: string; authenticationUrl: string | null }
  | { kind: "failed"; order: OrderDetail; paymentIntentId: string; failure: Noticed }
  | { kind: "canceled"; order: OrderDetail; paymentIntentId: string };


export async function verifyCheckoutReturn(params: Record<string, string | string[] | undefined>): Promise<CheckoutReturn> {
  const parsed = returnParamsSchema.safeParse(params);
  if (!parsed.success) return { kind: "not_found" };
  await sweepExpiredReservationsSoon();
  const paymentIntent = await paymentIntentForClientSecret(parsed.data.payment_intent_client_secret, parsed.data.payment_intent);
  if (!paymentIntent) return { kind: "not_found" };
  const found = await getOrderDetailForPaymentIntent(paymentIntent.id);
  if (!found || (paymentIntent.metadata.orderId && paymentIntent.metadata.orderId !== found.id)) return { kind: "not_found" };

  const paymentIntentId = paymentIntent.id;
  switch (paymentIntent.status) {
    case "succeeded": {
      await markOrderPaid(paymentIntentId, { paymentIntent });
      const order = (await getOrderDetailForPaymentIntent(paymentIntentId)) ?? found;
      return { kind: "paid", order, amountChargedCents: paymentIntent.amount_received, currency: paymentIntent.currency, paymentIntentId };
    }
    case "processing":
      return { kind: "processing", order: found, paymentIntentId };
    case "requires_action":
      return { kind: "needs_authentication", order: found, paymentIntentId, authenticationUrl: paymentIntent.next_action?.redirect_to_url?.url ?? null };
    case "canceled":
      return { kind: "canceled", order: found, paymentIntentId };
    default:
      return { kind: "failed", order: found, paymentIntentId, failure: paymentFailureMessage(paymentIntent) ?? notice("Declines.paymentNotCompleted") };
  }
}
