import { getDb } from "@/db/client";
import { orderEvents, orderItems, orders, subscriptions, users, type OrderStatus, type PlanId } from "@/db/schema";
import type { AdminUser } from "@/lib/admin/access";

let counter = 0;

export async function createUser(role: "customer" | "admin" = "customer") {
  counter += 1;
  const [user] = await getDb()
    .insert(users)
    .values({ email: `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`, role })
    .returning();
  return user;
}

export async function adminActor(): Promise<AdminUser> {
  const user = await createUser("admin");
  return { id: user.id, role: "admin", email: user.email };
}

export async function customerActor() {
  const user = await createUser("customer");
  return { id: user.id, role: "customer" as const, email: user.email };
}

/** An order as checkout leaves it, written directly: for reports that only read orders. */
export async function insertOrder(values: {
  status: OrderStatus;
  totalCents: number;
  refundedCents?: number;
  createdAt: Date;
  paidAt?: Date | null;
  email?: string;
  userId?: string;
  paymentIntentId?: string;
  items?: { productId: number | null; name: string; unitPriceCents: number; quantity: number }[];
}) {
  counter += 1;
  const id = `ord_test_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  await getDb().transaction(async (tx) => {
    await tx.insert(orders).values({
      id,
      userId: values.userId ?? null,
      email: values.email ?? `shopper${counter}@example.com`,
      status: values.status,
      subtotalCents: values.totalCents,
      shippingCents: 0,
      totalCents: values.totalCents,
      refundedCents: values.refundedCents ?? 0,
      shippingName: "Ada Lovelace",
      shippingAddress: "1 Garden Row",
      shippingCity: "London",
      shippingPostalCode: "N1 1AA",
      shippingCountry: "GB",
      paymentIntentId: values.paymentIntentId ?? null,
      expiresAt: new Date(values.createdAt.getTime() + 30 * 60_000),
      paidAt: values.paidAt ?? null,
      createdAt: values.createdAt,
      updatedAt: values.createdAt,
    });
    if (values.items?.length) await tx.insert(orderItems).values(values.items.map((item) => ({ ...item, orderId: id })));
    await tx.insert(orderEvents).values({ orderId: id, type: "created", message: "Order created", createdAt: values.createdAt });
  });
  return id;
}

export async function insertSubscription(userId: string, plan: PlanId, status: string, extra: { cancelAtPeriodEnd?: boolean } = {}) {
  counter += 1;
  await getDb()
    .insert(subscriptions)
    .values({
      id: `sub_test_${counter}_${Math.random().toString(36).slice(2, 8)}`,
      userId,
      customerId: `cus_test_${counter}`,
      plan,
      priceId: `price_${plan}`,
      status,
      currentPeriodEnd: new Date(Date.now() + 20 * 24 * 60 * 60_000),
      cancelAtPeriodEnd: extra.cancelAtPeriodEnd ?? false,
    });
}
