import { describe, expect, it } from "vitest";
import { listAdminSubscriptions } from "@/lib/admin/subscriptions";
import { adminActor, createUser, customerActor, insertSubscription } from "./admin-helpers";

describe("admin subscription list", () => {
  it("lists subscriptions with the subscriber's email, filtered by status and plan", async () => {
    const admin = await adminActor();
    const ada = await createUser();
    const bob = await createUser();
    await insertSubscription(ada.id, "quarterly", "active", { cancelAtPeriodEnd: true });
    await insertSubscription(bob.id, "monthly", "past_due");
    await insertSubscription(bob.id, "annual", "active");

    const all = await listAdminSubscriptions(admin, {});
    if (!all.ok) throw new Error("refused");
    expect(all.total).toBe(3);
    expect(all.statusCounts).toEqual({ active: 2, past_due: 1 });

    const active = await listAdminSubscriptions(admin, { status: "active" });
    expect(active.ok && active.rows.map((row) => [row.email, row.plan, row.cancelAtPeriodEnd]).sort()).toEqual(
      [
        [ada.email, "quarterly", true],
        [bob.email, "annual", false],
      ].sort(),
    );
    const monthly = await listAdminSubscriptions(admin, { plan: "monthly" });
    expect(monthly.ok && monthly.rows.map((row) => [row.email, row.status])).toEqual([[bob.email, "past_due"]]);
    expect(monthly.ok && monthly.rows[0].currentPeriodEnd).toBeInstanceOf(Date);

    expect(await listAdminSubscriptions(await customerActor(), {})).toEqual({ ok: false, message: "Not found" });
  });
});
