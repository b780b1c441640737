import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/admin/dashboard";
import { createProduct } from "../support/catalog";
import { adminActor, createUser, customerActor, insertOrder, insertSubscription } from "./admin-helpers";

const now = new Date("2026-03-15T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("admin dashboard", () => {
  it("reports revenue per UTC day (paid totals less refunds), order counts, MRR and low stock", async () => {
    const admin = await adminActor();
    // Paid late on the 14th UTC: counts for the 14th, whatever the server's time zone.
    await insertOrder({ status: "paid", totalCents: 2500, createdAt: at("2026-03-14T23:50:00Z"), paidAt: at("2026-03-14T23:55:00Z") });
    await insertOrder({ status: "partially_refunded", totalCents: 4000, refundedCents: 1500, createdAt: at("2026-03-15T08:00:00Z"), paidAt: at("2026-03-15T08:01:00Z") });
    await insertOrder({ status: "refunded", totalCents: 1000, refundedCents: 1000, createdAt: at("2026-03-15T09:00:00Z"), paidAt: at("2026-03-15T09:01:00Z") });
    await insertOrder({ status: "pending", totalCents: 9900, createdAt: at("2026-03-15T10:00:00Z") });
    await insertOrder({ status: "failed", totalCents: 9900, createdAt: at("2026-03-02T10:00:00Z") });
    // Outside the 30-day window and in an earlier month.
    await insertOrder({ status: "paid", totalCents: 7000, createdAt: at("2026-02-01T10:00:00Z"), paidAt: at("2026-02-01T10:00:00Z") });

    const user = await createUser();
    await insertSubscription(user.id, "monthly", "active");
    await insertSubscription(user.id, "annual", "active", { cancelAtPeriodEnd: true });
    await insertSubscription(user.id, "annual", "trialing");
    await insertSubscription(user.id, "annual", "active");
    await insertSubscription(user.id, "quarterly", "past_due");
    await insertSubscription(user.id, "quarterly", "canceled");

    const low = await createProduct({ name: "Almost Gone Oats", stock: 2 });
    await createProduct({ name: "Plenty Rice", stock: 40 });

    const dashboard = await getDashboard(admin, now);
    if (!dashboard.ok) throw new Error("refused");

    expect(dashboard.revenue).toHaveLength(30);
    expect(dashboard.revenue.at(-1)).toEqual({ day: "2026-03-15", cents: 2500 });
    expect(dashboard.revenue.at(-2)).toEqual({ day: "2026-03-14", cents: 2500 });
    expect(dashboard.revenue[0].day).toBe("2026-02-14");
    expect(dashboard.revenueTotalCents).toBe(5000);

    expect(dashboard.orders).toEqual({ today: 3, month: 5, paidToday: 2, paidMonth: 3 });

    // 1 × $5 + 3 × $50/12 = $17.50 exactly; past-due and canceled plans are not counted.
    expect(dashboard.mrrCents).toBe(1750);
    expect(dashboard.subscriptions).toEqual([
      { plan: "monthly", active: 1, mrrCents: 500 },
      { plan: "quarterly", active: 0, mrrCents: 0 },
      { plan: "annual", active: 3, mrrCents: 1250 },
    ]);
    expect(dashboard.pastDue).toBe(1);

    expect(dashboard.lowStock.map((p) => p.name)).toContain(low.name);
    expect(dashboard.lowStock.map((p) => p.name)).not.toContain("Plenty Rice");
  });

  it("refuses anyone but an admin", async () => {
    expect(await getDashboard(await customerActor(), now)).toEqual({ ok: false, message: "Not found" });
    expect(await getDashboard(null, now)).toEqual({ ok: false, message: "Not found" });
  });
});
