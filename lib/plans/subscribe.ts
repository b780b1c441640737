import "server-only";
import type Stripe from "stripe";
import { getStripe } from "@/lib/payments/stripe";
import { getPlan, type PlanDefinition, type PlanId } from "./catalog";
import { getOrCreateStripeCustomer, storedCustomerId } from "./customer";
import { isStripeNotFound, paymentFailureMessage, stripeErrorSentence } from "@/lib/payments/errors";
import { notice, type Noticed } from "@/lib/i18n/notice";
import { planForPrice, requirePlanPrice } from "./stripe-prices";
import { isHeld } from "./status";
import { upsertSubscription } from "./sync";


export type StartSubscriptionResult =
  | { status: "pay"; subscriptionId: string; clientSecret: string; amountCents: number; plan: PlanId }
  | { status: "has_plan" }
  | ({ status: "error" } & Noticed);

function idOf(value: string | { id: string } | null): string | null {
  return value === null ? null : typeof value === "string" ? value : value.id;
}

function openInvoiceSecret(subscription: Stripe.Subscription): { clientSecret: string; amountCents: number } | null {
  const invoice = subscription.latest_invoice;
  if (!invoice || typeof invoice === "string" || invoice.status !== "open") return null;
  const secret = invoice.confirmation_secret?.client_secret;
  return secret ? { clientSecret: secret, amountCents: invoice.amount_due } : null;
}

function friendly(error: unknown): Noticed {
  const failed = notice("planStartFailed");
  stripeErrorSentence(error, "Plans", failed.message);
  return failed;
}

/**
 * Starts (or resumes) buying a plan: a subscription created `default_incomplete`, whose first
 * invoice the browser pays with its `confirmation_secret`. A user who already holds a plan gets
 * `has_plan` (manage it instead). An unpaid attempt for the same plan is picked up again; one for
 * another plan is canceled first, so an abandoned attempt never blocks a new one.
 */
export async function startSubscription(userId: string, planId: PlanId): Promise<StartSubscriptionResult> {
  try {
    const price = await requirePlanPrice(planId);
    if (!price) return { status: "error", ...notice("planNotOnSaleLater") };
    const customer = await getOrCreateStripeCustomer(userId);
    if (!customer) return { status: "error", ...notice("accountNotFound") };
    const stripe = getStripe();

    const existing = await stripe.subscriptions.list({ customer, status: "all", limit: 20, expand: ["data.latest_invoice.confirmation_secret"] });
    const held = existing.data.find((subscription) => isHeld(subscription.status));
    if (held) {
      await upsertSubscription(held);
      return { status: "has_plan" };
    }
    for (const attempt of existing.data.filter((subscription) => subscription.status === "incomplete")) {
      const open = openInvoiceSecret(attempt);
      if (open && attempt.items.data[0]?.price.id === price.priceId) {
        await upsertSubscription(attempt);
        return { status: "pay", subscriptionId: attempt.id, clientSecret: open.clientSecret, amountCents: open.amountCents, plan: planId };
      }
      await upsertSubscription(await stripe.subscriptions.cancel(attempt.id));
    }

    // Two tabs (or a double click) racing here send the same key and get the same subscription.
    const newest = existing.data[0]?.id ?? "none";
    const subscription = await stripe.subscriptions.create(
      {
        customer,
        items: [{ price: price.priceId }],
        payment_behavior: "default_incomplete",
        payment_settings: { save_default_payment_method: "on_subscription" },
        expand: ["latest_invoice.confirmation_secret"],
        metadata: { userId, plan: planId },
      },
      { idempotencyKey: `subscribe-${userId}-${planId}-after-${newest}` },
    );
    await upsertSubscription(subscription);
    const open = openInvoiceSecret(subscription);
    if (subscription.status !== "incomplete" || !open) return { status: "has_plan" };
    return { status: "pay", subscriptionId: subscription.id, clientSecret: open.clientSecret, amountCents: open.amountCents, plan: planId };
  } catch (error) {
    return { status: "error", ...friendly(error) };
  }
}

export type CompletionResult =
  | { status: "paid"; plan: PlanDefinition; amountCents: number; currentPeriodEnd: Date | null }
  | { status: "processing"; plan: PlanDefinition }
  | ({ status: "failed"; plan: PlanDefinition } & Noticed)
  | { status: "not_found" };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What `/plans/complete` shows, decided on the server from Stripe (never from the redirect's
 * query string): the subscription must belong to this user, and the PaymentIntent must be the
 * one that paid one of its invoices. Records the subscription as it stands, so the page works
 * even when the webhook is late.
 */
export async function completeSubscription(userId: string, input: { subscriptionId: string; paymentIntentId?: string }): Promise<CompletionResult> {
  const customer = await storedCustomerId(userId);
  if (!customer) return { status: "not_found" };
  const stripe = getStripe();
  const retrieve = () => stripe.subscriptions.retrieve(input.subscriptionId, { expand: ["latest_invoice", "schedule"] });
  let subscription: Stripe.Subscription;
  try {
    subscription = await retrieve();
  } catch (error) {
    if (isStripeNotFound(error)) return { status: "not_found" };
    throw error;
  }
  if (idOf(subscription.customer) !== customer) return { status: "not_found" };
  const recorded = await upsertSubscription(subscription);
  const plan = recorded ? getPlan(recorded.plan) : undefined;
  if (!plan) return { status: "not_found" };

  let invoiceId = idOf(subscription.latest_invoice);
  if (input.paymentIntentId) {
    const payments = await stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: input.paymentIntentId }, limit: 1 });
    invoiceId = payments.data[0] ? idOf(payments.data[0].invoice) : null;
  }
  if (!invoiceId) return { status: "not_found" };
  let invoice = await stripe.invoices.retrieve(invoiceId);
  if (invoice.parent?.subscription_details?.subscription && idOf(invoice.parent.subscription_details.subscription) !== subscription.id) {
    return { status: "not_found" };
  }

  if (invoice.status !== "paid" && input.paymentIntentId) {
    const paymentIntent = await stripe.paymentIntents.retrieve(input.paymentIntentId);
    if (paymentIntent.status === "requires_payment_method" || paymentIntent.status === "canceled") {
      return { status: "failed", plan, ...(paymentFailureMessage(paymentIntent) ?? notice("Declines.paymentNotCompleted")) };
    }
    // Stripe marks the invoice paid a moment after the PaymentIntent succeeds.
    for (let attempt = 0; paymentIntent.status === "succeeded" && invoice.status !== "paid" && attempt < 5; attempt++) {
      await sleep(400);
      invoice = await stripe.invoices.retrieve(invoiceId);
    }
  }
  if (invoice.status !== "paid") return { status: "processing", plan };

  const current = await upsertSubscription(await retrieve());
  const paidFor = (await planForPrice(invoice.lines.data[0]?.pricing?.price_details?.price)) ?? plan;
  return { status: "paid", plan: paidFor, amountCents: invoice.amount_paid, currentPeriodEnd: current?.currentPeriodEnd ?? null };
}
