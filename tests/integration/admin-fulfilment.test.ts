import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderEvents, orders } from "@/db/schema";
import { getDashboard } from "@/lib/admin/dashboard";
import { listAdminOrders } from "@/lib/admin/orders";
import { fulfilOrder, trackingUrl } from "@/lib/orders/fulfilment";
import { getOrderDetail } from "@/lib/orders/queries";
import { adminActor, customerActor, insertOrder } from "./admin-helpers";
import { outboxFor } from "@/tests/support/outbox";

async function paidOrder(minutesAgo = 5) {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  return insertOrder({ status: "paid", totalCents: 2400, createdAt: at, paidAt: at });
}

async function timelineTypes(orderId: string) {
  const rows = await getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  return rows.map((row) => row.type);
}

describe("fulfilment: unfulfilled → packed → shipped → delivered", () => {
  it("moves a paid order forward, records each step, and the shopper sees the carrier and tracking link", async () => {
    const admin = await adminActor();
    const orderId = await paidOrder();
    expect(await fulfilOrder(admin, { orderId, step: "pack" })).toMatchObject({ ok: true });
    expect(await fulfilOrder(admin, { orderId, step: "ship", carrier: "UPS", trackingNumber: " 1Z999AA10123456784 " })).toMatchObject({ ok: true });
    const shipped = await getOrderDetail(orderId);
    expect(shipped).toMatchObject({ fulfilment: "shipped", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(shipped?.shippedAt).toBeInstanceOf(Date);
    expect(shipped?.timeline.find((entry) => entry.type === "shipped")?.message).toMatch(/Shipped with UPS, tracking number 1Z999AA10123456784/);
    expect(await fulfilOrder(admin, { orderId, step: "deliver" })).toMatchObject({ ok: true });
    expect((await getOrderDetail(orderId))?.fulfilment).toBe("delivered");
    expect(await timelineTypes(orderId)).toEqual(["created", "packed", "shipped", "delivered"]);
  });

  it("emails the shopper once when the parcel ships, with the carrier, tracking number and tracking link", async () => {
    const admin = await adminActor();
    const orderId = await paidOrder();
    const [order] = await getDb().select().from(orders).where(eq(orders.id, orderId));
    await fulfilOrder(admin, { orderId, step: "pack" });
    await fulfilOrder(admin, { orderId, step: "ship", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    await fulfilOrder(admin, { orderId, step: "ship", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    const sent = await outboxFor(order.email);
    const shippedMails = sent.filter((mail) => mail.subject === `Your order ${orderId} has shipped`);
    expect(shippedMails).toHaveLength(1);
    expect(shippedMails[0].text).toContain("1Z999AA10123456784");
    expect(shippedMails[0].text).toContain(trackingUrl("UPS", "1Z999AA10123456784"));
  });

  it("refuses steps out of order, repeated steps, unpaid orders and bad tracking input with a sentence, changing nothing", async () => {
    const admin = await adminActor();
    const orderId = await paidOrder();
    expect(await fulfilOrder(admin, { orderId, step: "deliver" })).toMatchObject({ ok: false, message: expect.stringMatching(/not shipped/i) });
    expect(await fulfilOrder(admin, { orderId, step: "ship", carrier: "UPS", trackingNumber: "1Z1" })).toMatchObject({ ok: false, message: expect.stringMatching(/pack/i) });
    await fulfilOrder(admin, { orderId, step: "pack" });
    expect(await fulfilOrder(admin, { orderId, step: "pack" })).toMatchObject({ ok: false, message: expect.stringMatching(/already packed/i) });
    const bad = await fulfilOrder(admin, { orderId, step: "ship", carrier: "", trackingNumber: "x".repeat(80) });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && "fieldErrors" in bad && bad.fieldErrors).toMatchObject({ carrier: [expect.any(String)], trackingNumber: [expect.any(String)] });
    expect(await fulfilOrder(admin, { orderId, step: "fly" })).toMatchObject({ ok: false });
    expect(await fulfilOrder(admin, { orderId: 42 })).toMatchObject({ ok: false });
    expect((await getOrderDetail(orderId))?.fulfilment).toBe("packed");

    const pending = await insertOrder({ status: "pending", totalCents: 900, createdAt: new Date() });
    expect(await fulfilOrder(admin, { orderId: pending, step: "pack" })).toMatchObject({ ok: false, message: expect.stringMatching(/paid/i) });
    const refunded = await insertOrder({ status: "refunded", totalCents: 900, refundedCents: 900, createdAt: new Date(), paidAt: new Date() });
    expect(await fulfilOrder(admin, { orderId: refunded, step: "pack" })).toMatchObject({ ok: false });
    expect(await fulfilOrder(admin, { orderId: "ord_missing", step: "pack" })).toMatchObject({ ok: false });
  });

  it("refuses customers and signed-out callers", async () => {
    const orderId = await paidOrder();
    for (const actor of [await customerActor(), null]) {
      expect(await fulfilOrder(actor, { orderId, step: "pack" })).toEqual({ ok: false, message: "Not found" });
    }
    expect((await getOrderDetail(orderId))?.fulfilment).toBe("unfulfilled");
  });

  it("lists orders by fulfilment status, and the dashboard shows what waits to be packed and shipped, oldest first", async () => {
    const admin = await adminActor();
    const older = await paidOrder(600);
    const newer = await paidOrder(300);
    await fulfilOrder(admin, { orderId: newer, step: "pack" });
    const packed = await listAdminOrders(admin, { fulfilment: "packed" });
    expect(packed.ok && packed.rows.map((row) => row.id)).toContain(newer);
    expect(packed.ok && packed.rows.map((row) => row.id)).not.toContain(older);
    const dashboard = await getDashboard(admin);
    if (!dashboard.ok) throw new Error("not admin");
    const toPack = dashboard.toFulfil.filter((entry) => entry.fulfilment === "unfulfilled").map((entry) => entry.orderId);
    expect(toPack.indexOf(older)).toBeGreaterThanOrEqual(0);
    expect(dashboard.toFulfil.find((entry) => entry.orderId === newer)?.fulfilment).toBe("packed");
    const ids = dashboard.toFulfil.map((entry) => entry.orderId);
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(newer));
  });

  it("links known carriers' tracking pages and no others", () => {
    expect(trackingUrl("UPS", "1Z999AA10123456784")).toBe("https://www.ups.com/track?tracknum=1Z999AA10123456784");
    expect(trackingUrl("DHL", "JD 0146")).toMatch(/^https:\/\/www\.dhl\.com\/.*JD%200146$/);
    expect(trackingUrl("Local courier", "123")).toBeNull();
  });
});
