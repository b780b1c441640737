import type { Executor } from "../context";
import { toUnix } from "../clock";
import { invalidRequest, SandboxError } from "../errors";
import { getInvoice, invoicePaymentIntentId, stopCollecting, voidInvoice, type SandboxInvoice } from "../resources/invoices";
import { cancelPaymentIntentRecord } from "../resources/payment-intents";
import { cancelScheduleOf } from "../resources/subscription-schedules";
import { announce, ENDED_STATUSES } from "../resources/subscription-records";
import type { SandboxSubscription } from "../resources/subscription-types";
import { putObject } from "../store";

/**
 * How subscriptions end: canceled (a cancel request, the end of a canceling period, exhausted
 * payment retries) or expired (`incomplete` for 23 hours without its first payment, as
 * `default_incomplete` subscriptions do on Stripe). An open invoice is voided with its
 * PaymentIntent when nothing was ever paid, and otherwise left open, no longer collected.
 */
export const INCOMPLETE_EXPIRY_SECONDS = 23 * 60 * 60;

/** Ends a subscription now: a cancel request, the end of a canceling period, or exhausted retries. */
export async function endSubscription(
  subscription: SandboxSubscription,
  reason: SandboxSubscription["cancellation_details"]["reason"],
  executor: Executor,
  now: number,
  endedAt = toUnix(now),
): Promise<SandboxSubscription> {
  const ended: SandboxSubscription = {
    ...subscription,
    status: "canceled",
    canceled_at: subscription.cancel_at_period_end ? (subscription.canceled_at ?? endedAt) : endedAt,
    ended_at: endedAt,
    cancel_at: subscription.cancel_at,
    cancellation_details: { ...subscription.cancellation_details, reason: subscription.cancellation_details.reason ?? reason },
  };
  await putObject(ended, executor);
  await cancelScheduleOf(subscription, executor, now);
  const invoice = subscription.latest_invoice ? await getInvoice(subscription.latest_invoice, executor) : undefined;
  if (invoice?.status === "open") {
    if (subscription.status === "incomplete") await voidWithPaymentIntent(invoice, executor, now);
    else await stopCollecting(invoice, executor);
  }
  await announce("customer.subscription.deleted", ended, undefined, executor);
  return ended;
}

async function voidWithPaymentIntent(invoice: SandboxInvoice, executor: Executor, now: number) {
  await voidInvoice(invoice, executor, now);
  const paymentIntentId = await invoicePaymentIntentId(invoice.id, executor);
  if (paymentIntentId) await cancelPaymentIntentRecord(paymentIntentId, executor, now).catch(ignoreUnexpectedState);
}

function ignoreUnexpectedState(error: unknown) {
  if (error instanceof SandboxError && error.status === 400) return undefined;
  throw error;
}

export async function expireIncomplete(subscription: SandboxSubscription, executor: Executor, now: number) {
  const expired: SandboxSubscription = { ...subscription, status: "incomplete_expired", ended_at: toUnix(now) };
  await putObject(expired, executor);
  const invoice = subscription.latest_invoice ? await getInvoice(subscription.latest_invoice, executor) : undefined;
  if (invoice?.status === "open") await voidWithPaymentIntent(invoice, executor, now);
  await announce("customer.subscription.deleted", expired, undefined, executor);
}

export async function cancelSubscriptionNow(subscription: SandboxSubscription, executor: Executor, now: number) {
  if (ENDED_STATUSES.includes(subscription.status)) {
    throw invalidRequest(`A canceled subscription can only update its cancellation_details and metadata.`, undefined, "resource_missing");
  }
  return endSubscription(subscription, "cancellation_requested", executor, now);
}

