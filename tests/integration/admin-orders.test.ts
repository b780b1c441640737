import { describe, expect, it } from "vitest";
import { getAdminOrder, listAdminOrders, ORDERS_PAGE_SIZE } from "@/lib/admin/orders";
import { createProduct } from "../support/catalog";
import { adminActor, insertOrder } from "./admin-helpers";

describe("admin order list and detail", () => {
  it("filters by status, searches by email or pi_…, counts items and pages", async () => {
    const admin = await adminActor();
    const beans = await createProduct({ name: "Pinto Beans" });
    const paid = await insertOrder({
      status: "paid",
      totalCents: 1400,
      createdAt: new Date("2026-03-02T10:00:00Z"),
      paidAt: new Date("2026-03-02T10:01:00Z"),
      email: "Grace.Hopper@example.com",
      paymentIntentId: "pi_searchable123",
      items: [
        { productId: beans.id, name: "Pinto Beans", unitPriceCents: 300, quantity: 3 },
        { productId: null, name: "Discontinued Jam", unitPriceCents: 500, quantity: 1 },
      ],
    });
    await insertOrder({ status: "failed", totalCents: 900, createdAt: new Date("2026-03-03T10:00:00Z"), email: "someone.else@example.com" });

    const byEmail = await listAdminOrders(admin, { q: "grace.hopper" });
    expect(byEmail.ok && byEmail.rows.map((row) => [row.id, row.itemCount])).toEqual([[paid, 4]]);
    const byIntent = await listAdminOrders(admin, { q: "pi_searchable" });
    expect(byIntent.ok && byIntent.rows.map((row) => row.id)).toEqual([paid]);
    const failed = await listAdminOrders(admin, { status: "failed" });
    expect(failed.ok && failed.rows.every((row) => row.status === "failed")).toBe(true);
    expect(failed.ok && failed.statusCounts).toMatchObject({ paid: 1, failed: 1 });
    // A wildcard typed into the search is text, not a pattern.
    const literal = await listAdminOrders(admin, { q: "%" });
    expect(literal.ok && literal.rows).toEqual([]);

    for (let i = 0; i < ORDERS_PAGE_SIZE; i += 1) {
      await insertOrder({ status: "pending", totalCents: 100, createdAt: new Date(Date.UTC(2026, 3, 1, 0, i)) });
    }
    const second = await listAdminOrders(admin, { page: 2 });
    expect(second.ok && second.page).toBe(2);
    expect(second.ok && second.rows.map((row) => row.id)).toContain(paid);
    const beyond = await listAdminOrders(admin, { page: 99 });
    expect(beyond.ok && beyond.page).toBe(beyond.ok && beyond.pages);

    const detail = await getAdminOrder(admin, paid);
    if (!detail.ok) throw new Error("missing");
    expect(detail.items.map((item) => item.name)).toEqual(["Pinto Beans", "Discontinued Jam"]);
    expect(detail.timeline.map((entry) => entry.type)).toEqual(["created"]);
    expect(await getAdminOrder(admin, "ord_missing")).toEqual({ ok: false, message: "No such order." });
  });
});
