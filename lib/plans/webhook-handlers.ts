import type { WebhookHandlers } from "@/lib/payments/webhook-types";

/** Subscription events: customer.subscription.*, invoice.paid, invoice.payment_failed. */
export const planEventHandlers: WebhookHandlers = {};
