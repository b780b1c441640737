import "server-only";
import type Stripe from "stripe";
import { z } from "zod";
import { getStripe } from "@/lib/payments/stripe";
import type { TransactionalWebhookHandlers, WebhookHandlers } from "@/lib/payments/webhook-types";
import { applyRefunds, cancelPendingOrder, findOrderForPaymentIntent, markOrderPaid, markSucceededOrderPaid, recordPaymentFailure } from "./payment";
import { sweepExpiredReservationsSoon } from "./sweeper";

/**
 * Payment events. Events can arrive late, twice or out of order, so a handler does not act on
 * a non-final state inside an event: it re-reads the PaymentIntent from Stripe and acts on its
 * current state. A late `payment_failed` therefore never downgrades a paid order. `succeeded` is
 * final for a PaymentIntent, so that event (signature-checked) is acted on as it is. PaymentIntents
 * that pay no order (plan invoices) are left alone.
 */
const objectWithId = z.object({ id: z.string() });

/** Whatever the event says, the PaymentIntent's current state decides what happens to the order. */
async function settle(paymentIntent: Stripe.PaymentIntent, eventId: string) {
  switch (paymentIntent.status) {
    case "succeeded":
      await markOrderPaid(paymentIntent.id, { paymentIntent });
      return;
    case "canceled": {
      const order = await findOrderForPaymentIntent(paymentIntent);
      if (order) await cancelPendingOrder(order.id, "payment_canceled", paymentIntent.last_payment_error?.message ?? null);
      return;
    }
    case "requires_payment_method":
      await recordPaymentFailure(paymentIntent, eventId);
      return;
    default:
      // requires_action / processing: the shopper is still paying; a later event settles it.
      return;
  }
}

async function onPaymentIntentEvent(event: Stripe.Event) {
  await sweepExpiredReservationsSoon();
  const { id } = objectWithId.parse(event.data.object);
  const paymentIntent = await getStripe().paymentIntents.retrieve(id);
  await settle(paymentIntent, event.id);
}

/** A `payment_intent.succeeded` that says so settles its order without asking Stripe, in the event's own transaction. */
const succeededIntent = (event: Stripe.Event): Stripe.PaymentIntent | null =>
  event.type === "payment_intent.succeeded" && event.data.object.status === "succeeded" ? event.data.object : null;

export const paymentTransactionalHandlers: TransactionalWebhookHandlers = {
  "payment_intent.succeeded": {
    settles: (event) => succeededIntent(event) !== null,
    async run(tx, event) {
      const { afterCommit } = await markSucceededOrderPaid(tx, succeededIntent(event)!);
      return async () => {
        await afterCommit();
        await sweepExpiredReservationsSoon();
      };
    },
  },
};

export const paymentEventHandlers: WebhookHandlers = {
  "payment_intent.succeeded": onPaymentIntentEvent,
  "payment_intent.payment_failed": onPaymentIntentEvent,
  "payment_intent.canceled": onPaymentIntentEvent,
  "charge.refunded": async (event) => {
    const { id } = objectWithId.parse(event.data.object);
    await applyRefunds(await getStripe().charges.retrieve(id));
  },
  // Since API 2024-10-28 a refund can fail or be canceled after `charge.refunded`: the refund and
  // its charge are read again, so the order shows what was really refunded, down as well as up.
  "refund.updated": onRefundEvent,
  "refund.failed": onRefundEvent,
};

async function onRefundEvent(event: Stripe.Event) {
  const { id } = objectWithId.parse(event.data.object);
  const stripe = getStripe();
  const refund = await stripe.refunds.retrieve(id);
  const chargeId = typeof refund.charge === "string" ? refund.charge : refund.charge?.id;
  if (!chargeId) return;
  await applyRefunds(await stripe.charges.retrieve(chargeId), refund.status === "failed" || refund.status === "canceled" ? refund : undefined);
}
