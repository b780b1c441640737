import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { cartIdForUser, addItem } from "@/lib/cart";
import { lastShippingForUser, startCheckout } from "@/lib/checkout";
import { addOrderEvent, markOrderPaid } from "@/lib/orders/payment";
import { getOrderForUser, listOrdersForUser } from "@/lib/orders/queries";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "@/tests/support/catalog";
import { shipping } from "./checkout-helpers";
import { stripeSandbox } from "@/lib/payments/sandbox";

beforeAll(() => {
  stripeSandbox().webhooks.configure({ automatic: false, deliver: async () => 500 });
});

async function user(email: string) {
  const [row] = await db.insert(users).values({ email, name: email.split("@")[0] }).returning({ id: users.id });
  return row.id;
}

async function paidOrderFor(userId: string) {
  const product = await createProduct({ name: "Oat Milk", priceCents: 275, stock: 20 });
  const cartId = await cartIdForUser(userId);
  await addItem(cartId, product.id, 3);
  const started = await startCheckout({ cartId, userId, shipping: { ...shipping, city: "Eugene" } });
  if (!started.ok) throw new Error(started.message);
  await getStripe().paymentIntents.confirm(started.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
  await markOrderPaid(started.paymentIntentId);
  return started;
}

describe("a signed-in shopper's orders", () => {
  it("lists their own orders with status, items, total and pi_…, and nobody else's", async () => {
    const alice = await user("alice@example.com");
    const bob = await user("bob@example.com");
    const order = await paidOrderFor(alice);

    const list = await listOrdersForUser(alice);
    expect(list).toEqual([
      expect.objectContaining({ id: order.orderId, status: "paid", totalCents: 3 * 275 + 495, itemCount: 3, paymentIntentId: order.paymentIntentId }),
    ]);
    expect(await listOrdersForUser(bob)).toEqual([]);

    const detail = await getOrderForUser(order.orderId, alice);
    expect(detail?.items.map((item) => [item.name, item.quantity])).toEqual([["Oat Milk", 3]]);
    expect(detail?.timeline.map((entry) => entry.type)).toEqual(["created", "paid"]);
    // Another shopper asking for this order gets nothing (the page answers 404).
    expect(await getOrderForUser(order.orderId, bob)).toBeUndefined();
  });

  it("prefills the next checkout with the last shipping address", async () => {
    const carol = await user(`dana-${Date.now()}@example.com`);
    await paidOrderFor(carol);
    expect(await lastShippingForUser(carol)).toMatchObject({ address: shipping.address, city: "Eugene", postalCode: shipping.postalCode, country: "US" });
  });

  it("shows the shopper their order's story, not the operator's notes", async () => {
    const carol = await user(`dana-${Date.now()}@example.com`);
    const order = await paidOrderFor(carol);
    for (const type of ["shortage", "refund_failed", "refund_requested", "restocked"]) {
      await addOrderEvent(db, order.orderId, type, `operator note: ${type}`);
    }
    const detail = await getOrderForUser(order.orderId, carol);
    const types = detail?.timeline.map((entry) => entry.type) ?? [];
    expect(types).toContain("paid");
    expect(detail?.timeline.some((entry) => entry.message.startsWith("operator note"))).toBe(false);
  });
});
