import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { getStripe } from "@/lib/payments/stripe";
import { isStripeNotFound } from "@/lib/payments/errors";

/**
 * The user's Stripe customer, created on first need and remembered in users.stripeCustomerId.
 * The idempotency key makes two concurrent first calls create one customer; the conditional
 * update keeps whichever id was stored first.
 */
export async function getOrCreateStripeCustomer(userId: string): Promise<string | null> {
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name, customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  if (user.customerId) {
    const existing = await getStripe()
      .customers.retrieve(user.customerId)
      .catch((error: unknown) => {
        if (isStripeNotFound(error)) return null;
        throw error;
      });
    if (existing && !existing.deleted) return user.customerId;
  }
  const customer = await getStripe().customers.create(
    { email: user.email, name: user.name ?? undefined, metadata: { userId: user.id } },
    { idempotencyKey: `customer-for-user-${user.id}-${user.customerId ?? "first"}` },
  );
  await db
    .update(users)
    .set({ stripeCustomerId: customer.id })
    .where(user.customerId ? and(eq(users.id, user.id), eq(users.stripeCustomerId, user.customerId)) : and(eq(users.id, user.id), isNull(users.stripeCustomerId)));
  const [stored] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, user.id));
  return stored?.customerId ?? null;
}

export async function storedCustomerId(userId: string): Promise<string | null> {
  const [user] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  return user?.customerId ?? null;
}
