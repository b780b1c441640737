import "server-only";
import { z } from "zod";
import type { WebhookHandler, WebhookHandlers } from "@/lib/payments/webhook-types";
import { syncSubscription } from "./sync";

const withId = z.object({ id: z.string() });
const invoiceWithSubscription = z.object({
  parent: z
    .object({
      subscription_details: z
        .object({ subscription: z.union([z.string(), z.object({ id: z.string() })]) })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});

/**
 * The event only says which subscription changed; the handler re-reads it from Stripe, so a
 * duplicate, a retry or an event that arrives after a newer one all record Stripe's current state.
 */
const fromSubscriptionEvent: WebhookHandler = async (event) => {
  const parsed = withId.safeParse(event.data.object);
  if (parsed.success) await syncSubscription(parsed.data.id);
};

const fromInvoiceEvent: WebhookHandler = async (event) => {
  const parsed = invoiceWithSubscription.safeParse(event.data.object);
  const subscription = parsed.success ? parsed.data.parent?.subscription_details?.subscription : undefined;
  if (!subscription) return;
  await syncSubscription(typeof subscription === "string" ? subscription : subscription.id);
};

const scheduleWithSubscription = z.object({
  subscription: z.string().nullable().optional(),
  released_subscription: z.string().nullable().optional(),
});

/** A plan switch booked for the next period lives on a subscription schedule. */
const fromScheduleEvent: WebhookHandler = async (event) => {
  const parsed = scheduleWithSubscription.safeParse(event.data.object);
  const subscription = parsed.success ? (parsed.data.subscription ?? parsed.data.released_subscription) : undefined;
  if (subscription) await syncSubscription(subscription);
};

/** Subscription events: customer.subscription.*, invoice.paid, invoice.payment_failed, and schedule changes. */
export const planEventHandlers: WebhookHandlers = {
  "customer.subscription.created": fromSubscriptionEvent,
  "customer.subscription.updated": fromSubscriptionEvent,
  "customer.subscription.deleted": fromSubscriptionEvent,
  "invoice.paid": fromInvoiceEvent,
  "invoice.payment_failed": fromInvoiceEvent,
  "subscription_schedule.updated": fromScheduleEvent,
  "subscription_schedule.released": fromScheduleEvent,
};
