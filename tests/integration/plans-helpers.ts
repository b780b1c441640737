import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscriptions, users } from "@/db/schema";
import { getStripe } from "@/lib/payments/stripe";
import type { PlanId } from "@/lib/plans/catalog";
import { startSubscription } from "@/lib/plans/subscribe";
import { deliverWebhooks } from "@/tests/support/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";

/** Shared by the plans integration tests: a user, a subscription paid like the browser pays it. */

let counter = 0;

export async function createUser(name = "Subscriber") {
  counter += 1;
  const [user] = await getDb()
    .insert(users)
    .values({ email: `plans-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`, name })
    .returning();
  return user;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function paymentIntentIdOf(clientSecret: string): string {
  return clientSecret.split("_secret_")[0];
}

/** What the card form does in the browser: confirm the invoice's PaymentIntent with a test card. */
export async function payInBrowser(clientSecret: string, paymentMethod: string) {
  return getStripe().paymentIntents.confirm(paymentIntentIdOf(clientSecret), {
    payment_method: paymentMethod,
    return_url: "http://localhost/plans/complete",
  });
}

export async function startPaid(userId: string, plan: PlanId, paymentMethod = "pm_card_visa") {
  const started = await startSubscription(userId, plan);
  if (started.status !== "pay") throw new Error(`expected a payment to make, got ${JSON.stringify(started)}`);
  await payInBrowser(started.clientSecret, paymentMethod);
  await deliverWebhooks();
  return started;
}

export async function subscriptionRow(id: string) {
  const [row] = await getDb().select().from(subscriptions).where(eq(subscriptions.id, id));
  return row;
}

/** Moves the sandbox clock (renewals, retries, expiries run), then lets the webhooks land. */
export async function advance(ms: number) {
  const result = await stripeSandbox().clock.advance(ms);
  await deliverWebhooks();
  return result;
}
