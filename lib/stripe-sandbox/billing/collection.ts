import type { Executor, PaymentIntentChangeCause } from "../context";
import { SandboxError } from "../errors";
import { getObjectOfType, putObject, type StoredObject } from "../store";
import { requireCustomer, type SandboxCustomer } from "../resources/customers";
import {
  createOpenInvoice,
  getInvoice,
  invoicePaymentIntentId,
  invoiceSubscriptionId,
  markInvoicePaid,
  paymentForPaymentIntent,
  recordInvoiceFailure,
  stopCollecting,
  type BillingReason,
  type SandboxInvoice,
} from "../resources/invoices";
import { confirmPaymentIntentRecord, createPaymentIntentRecord } from "../resources/payment-intents";
import { requireProduct, type SandboxPrice } from "../resources/prices";
import { announce, ENDED_STATUSES, getSubscription, requireSubscription } from "../resources/subscription-records";
import type { SandboxSubscription } from "../resources/subscription-types";
import { endSubscription } from "./ending";
import { DAY_SECONDS } from "./periods";

/**
 * Invoice collection, as Stripe Billing does it: each period's invoice is opened with the
 * PaymentIntent that pays it and charged off-session with the saved payment method. Paying the
 * first invoice makes the subscription `active`. A failed renewal makes the subscription
 * `past_due` and is retried 3, 5 and 7 days after the first attempt; when the last retry fails
 * the subscription is canceled (Stripe's default "cancel the subscription if all retries
 * fail"), and its invoice is left open, past due.
 */
export const RENEWAL_RETRY_DAYS = [3, 5, 7] as const;

async function productName(price: SandboxPrice, executor: Executor) {
  return (await requireProduct(price.product, executor)).name;
}

/** Opens the invoice for one period with the PaymentIntent that will pay it. */
export async function openPeriodInvoice(subscription: SandboxSubscription, reason: BillingReason, executor: Executor, now: number) {
  const item = subscription.items.data[0];
  const customer = await requireCustomer(subscription.customer);
  const paymentIntent = await createPaymentIntentRecord(
    {
      amount: item.price.unit_amount,
      currency: item.price.currency,
      customer: customer.id,
      description: reason === "subscription_create" ? "Subscription creation" : "Subscription update",
      setup_future_usage: subscription.payment_settings.save_default_payment_method === "on_subscription" ? "off_session" : undefined,
    },
    executor,
    now,
  );
  return createOpenInvoice(
    {
      subscriptionId: subscription.id,
      subscriptionItemId: item.id,
      subscriptionMetadata: subscription.metadata,
      customer,
      price: item.price,
      productName: await productName(item.price, executor),
      reason,
      period: { start: item.current_period_start, end: item.current_period_end },
      paymentIntent: { id: paymentIntent.id, client_secret: String(paymentIntent.client_secret) },
    },
    executor,
    now,
  );
}

export async function offSessionPaymentMethod(subscription: SandboxSubscription, executor: Executor): Promise<string | null> {
  if (subscription.default_payment_method) return subscription.default_payment_method;
  const customer = await getObjectOfType<SandboxCustomer>(subscription.customer, "customer", executor);
  return customer?.invoice_settings.default_payment_method ?? null;
}

function retryAfter(invoice: SandboxInvoice, failedAttempts: number): number | null {
  const days = RENEWAL_RETRY_DAYS[failedAttempts - 1];
  const firstAttempt = invoice.status_transitions.finalized_at ?? invoice.created;
  return days === undefined ? null : firstAttempt + days * DAY_SECONDS;
}

/**
 * Charges an open invoice off-session with the saved payment method. Success is recorded by the
 * PaymentIntent listener (the same path as an on-session payment); a failure here schedules the
 * next retry, or cancels the subscription when there is none left.
 */
export async function collectInvoice(invoiceId: string, executor: Executor, now: number) {
  const invoice = await getInvoice(invoiceId, executor);
  if (!invoice || invoice.status !== "open") return;
  const subscription = await requireSubscription(invoiceSubscriptionId(invoice), executor);
  const paymentMethod = await offSessionPaymentMethod(subscription, executor);
  const paymentIntentId = await invoicePaymentIntentId(invoice.id, executor);
  if (paymentMethod && paymentIntentId) {
    try {
      // Billing records this attempt's failure itself (below), with the next retry.
      await confirmPaymentIntentRecord(paymentIntentId, { paymentMethod, offSession: true, collectedByBilling: true }, executor, now);
    } catch (error) {
      if (!(error instanceof SandboxError) || error.status !== 402) throw error;
    }
  }
  const after = await getInvoice(invoiceId, executor);
  if (!after || after.status !== "open") return;
  await failCollection(after, executor, now);
}

async function failCollection(invoice: SandboxInvoice, executor: Executor, now: number) {
  const subscription = await requireSubscription(invoiceSubscriptionId(invoice), executor);
  const renewal = invoice.billing_reason !== "subscription_create";
  const nextAttempt = renewal ? retryAfter(invoice, invoice.attempt_count + 1) : null;
  const failed = await recordInvoiceFailure(invoice, nextAttempt, executor);
  if (!renewal || subscription.latest_invoice !== invoice.id) return;
  if (nextAttempt === null) {
    await stopCollecting(failed, executor);
    await endSubscription(subscription, "payment_failed", executor, now);
    return;
  }
  if (subscription.status === "active" || subscription.status === "trialing") {
    const pastDue = await putObject<SandboxSubscription>({ ...subscription, status: "past_due" }, executor);
    await announce("customer.subscription.updated", pastDue, { status: subscription.status }, executor);
  }
}

/** The listener the PaymentIntent resource calls on every status change (wired in createStripeSandbox). */
export async function onInvoicePaymentIntent(paymentIntent: StoredObject, executor: Executor, now: number, cause: PaymentIntentChangeCause) {
  const payment = await paymentForPaymentIntent(paymentIntent.id, executor);
  if (!payment) return;
  const invoice = await getInvoice(payment.invoice, executor);
  if (!invoice || invoice.status !== "open") return;

  if (paymentIntent.status === "succeeded") {
    await markInvoicePaid(invoice, paymentIntent.id, executor, now);
    const subscription = await getSubscription(invoiceSubscriptionId(invoice), executor);
    if (!subscription || ENDED_STATUSES.includes(subscription.status)) return;
    const previous: Record<string, unknown> = {};
    let next = subscription;
    const paymentMethod = typeof paymentIntent.payment_method === "string" ? paymentIntent.payment_method : null;
    if (paymentMethod && subscription.payment_settings.save_default_payment_method === "on_subscription" && subscription.default_payment_method !== paymentMethod) {
      previous.default_payment_method = subscription.default_payment_method;
      next = { ...next, default_payment_method: paymentMethod };
    }
    if (subscription.latest_invoice === invoice.id && ["incomplete", "past_due", "unpaid"].includes(subscription.status)) {
      previous.status = subscription.status;
      next = { ...next, status: "active" };
    }
    if (Object.keys(previous).length === 0) return;
    await putObject(next, executor);
    await announce("customer.subscription.updated", next, previous, executor);
    return;
  }

  if (paymentIntent.status === "requires_payment_method" && paymentIntent.last_payment_error && !cause.collectedByBilling) {
    // The customer tried to pay (the first invoice, or a past-due one) and the card was refused.
    await recordInvoiceFailure(invoice, invoice.next_payment_attempt, executor);
  }
}

