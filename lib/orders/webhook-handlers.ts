import type { WebhookHandlers } from "@/lib/payments/webhook-types";

/** Payment events: payment_intent.succeeded / payment_failed / canceled, charge.refunded. */
export const paymentEventHandlers: WebhookHandlers = {};
