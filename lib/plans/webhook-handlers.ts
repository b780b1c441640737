import "server-only";
import type Stripe from "stripe";
import { z } from "zod";
import { enqueueInvoiceEmail } from "@/lib/email/plan-emails";
import { getStripe } from "@/lib/payments/stripe";
import type { WebhookHandler, WebhookHandlers } from "@/lib/payments/webhook-types";
import { syncSubscription } from "./sync";

const withId = z.object({ id: z.string() });

/**
 * The subscription an invoice bills, from Stripe's current shape of it. The event's payload is
 * not trusted for this: rendered in an older API version it names the subscription elsewhere
 * (before 2025-03-31 at the top level), so the invoice is re-read in the SDK's version.
 */
async function subscriptionOfInvoice(invoiceId: string): Promise<{ invoice: Stripe.Invoice; subscription: string } | null> {
  const invoice = await getStripe().invoices.retrieve(invoiceId);
  const subscription = invoice.parent?.subscription_details?.subscription;
  if (!subscription) return null;
  return { invoice, subscription: typeof subscription === "string" ? subscription : subscription.id };
}

/**
 * The event only says which subscription changed; the handler re-reads it from Stripe, so a
 * duplicate, a retry or an event that arrives after a newer one all record Stripe's current state.
 */
const fromSubscriptionEvent: WebhookHandler = async (event) => {
  const parsed = withId.safeParse(event.data.object);
  if (parsed.success) await syncSubscription(parsed.data.id);
};

const fromInvoiceEvent: WebhookHandler = async (event) => {
  const { id } = withId.parse(event.data.object);
  const found = await subscriptionOfInvoice(id);
  // The plan confirmation or failed-renewal email is written with the subscription's new state.
  if (found) await syncSubscription(found.subscription, { alongside: (tx, row) => enqueueInvoiceEmail(tx, found.invoice, event.type, row) });
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
