import "server-only";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Executor } from "@/db/client";
import { users, type Subscription } from "@/db/schema";
import { appUrl } from "@/lib/orders/order-link";
import { draftEmail } from "./messages";
import { enqueueEmail } from "./outbox";

/**
 * The plan emails, written in the transaction that records the subscription after an invoice
 * event: a paid invoice confirms the payment, a renewal whose payment failed asks the shopper to
 * pay, in the account's language. Each invoice gets each email once (dedupe keys), however often the event is replayed.
 */
export async function enqueueInvoiceEmail(executor: Executor, invoice: Stripe.Invoice, eventType: string, subscription: Subscription) {
  const [user] = await executor.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, subscription.userId));
  if (!user) return;
  const about = { to: user.email, locale: user.locale, invoiceId: invoice.id ?? subscription.id, plan: subscription.plan, currency: invoice.currency };
  if (eventType === "invoice.paid" && invoice.status === "paid" && invoice.amount_paid > 0) {
    const renewsOn = subscription.status === "active" && subscription.currentPeriodEnd ? subscription.currentPeriodEnd.toISOString() : null;
    await enqueueEmail(executor, await draftEmail("planPaid", { ...about, amountCents: invoice.amount_paid, renewsOn, accountUrl: appUrl("/account") }));
  } else if (eventType === "invoice.payment_failed" && invoice.billing_reason === "subscription_cycle" && invoice.status !== "paid") {
    await enqueueEmail(executor, await draftEmail("renewalFailed", { ...about, amountCents: invoice.amount_due, payUrl: invoice.hosted_invoice_url ?? appUrl("/account") }));
  }
}
