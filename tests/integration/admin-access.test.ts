import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { orderEvents, orders, products, webhookEvents } from "@/db/schema";
import { getDashboard } from "@/lib/admin/dashboard";
import { getAdminOrder, listAdminOrders } from "@/lib/admin/orders";
import { getAdminProduct, listAdminProducts, updateProduct } from "@/lib/admin/products";
import { listAdminSubscriptions } from "@/lib/admin/subscriptions";
import { listWebhookEvents, replayEvent } from "@/lib/admin/webhook-log";
import { refundOrder } from "@/lib/admin/refunds";
import { createProduct } from "../support/catalog";
import { customerActor, insertOrder } from "./admin-helpers";

// The server actions read the session through `currentUser()`; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: "customer" | "admin"; email: string } }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user }));

const { saveProduct } = await import("@/app/admin/products/actions");
const { replayWebhook } = await import("@/app/admin/webhooks/actions");
const { refundOrderAction } = await import("@/app/admin/orders/actions");

const REFUSAL = { ok: false, message: "Not found" };

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("admin access", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("refuses every admin read to a customer and to a signed-out caller", async () => {
    const orderId = await insertOrder({ status: "paid", totalCents: 1000, createdAt: new Date(), paidAt: new Date() });
    const product = await createProduct();
    for (const actor of [await customerActor(), null, { id: "", role: "admin" as const }]) {
      expect(await getDashboard(actor)).toEqual(REFUSAL);
      expect(await listAdminOrders(actor, {})).toEqual(REFUSAL);
      expect(await getAdminOrder(actor, orderId)).toEqual(REFUSAL);
      expect(await listAdminProducts(actor, {})).toEqual(REFUSAL);
      expect(await getAdminProduct(actor, product.id)).toEqual(REFUSAL);
      expect(await listAdminSubscriptions(actor, {})).toEqual(REFUSAL);
      expect(await listWebhookEvents(actor, {})).toEqual(REFUSAL);
    }
  });

  it("every admin server action checks the role itself: a customer's or a guest's call is refused and changes nothing", async () => {
    const product = await createProduct({ priceCents: 450, stock: 10 });
    const orderId = await insertOrder({
      status: "paid",
      totalCents: 900,
      createdAt: new Date(),
      paidAt: new Date(),
      paymentIntentId: "pi_access_1",
      items: [{ productId: product.id, name: product.name, unitPriceCents: 450, quantity: 2 }],
    });
    const refund = { orderId, amount: "9.00", restock: "on", requestId: crypto.randomUUID() };
    await getDb().insert(webhookEvents).values({ id: "evt_access_1", type: "payment_intent.succeeded", status: "failed", attempts: 1, payload: "{}" });

    for (const user of [{ ...(await customerActor()), email: "c@example.com" }, null]) {
      session.user = user;
      expect(await saveProduct({}, form({ id: String(product.id), price: "0.01", stock: "0", expectedStock: "10", visible: "on" }))).toEqual(REFUSAL);
      expect(await replayWebhook(null, form({ eventId: "evt_access_1" }))).toEqual(REFUSAL);
      expect(await updateProduct(user, { id: product.id, price: "0.01", stock: "0", expectedStock: "10" })).toEqual(REFUSAL);
      expect(await replayEvent(user, { eventId: "evt_access_1" })).toEqual(REFUSAL);
      expect(await refundOrderAction({}, form(refund))).toEqual(REFUSAL);
      expect(await refundOrder(user, refund)).toEqual(REFUSAL);
    }

    const [after] = await getDb().select().from(products).where(eq(products.id, product.id));
    expect(after).toMatchObject({ priceCents: 450, stock: 10, visible: true });
    const [event] = await getDb().select().from(webhookEvents).where(eq(webhookEvents.id, "evt_access_1"));
    expect(event).toMatchObject({ status: "failed", attempts: 1 });
    const [order] = await getDb().select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ status: "paid", refundedCents: 0 });
    const timeline = await getDb().select({ type: orderEvents.type }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(timeline.map((entry) => entry.type)).toEqual(["created"]);
  });
});
