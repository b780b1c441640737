import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/stripe-sandbox/clock/route";
import { resetEnvCache } from "@/lib/config/env";
import { getStripe } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";
import { PLAN_PRODUCT } from "@/lib/plans/catalog";
import { syncPlanCatalog } from "@/lib/plans/stripe-sync";
import { routeWebhooksToHandler } from "@/tests/support/stripe";
import { createUser, DAY_MS, startPaid, subscriptionRow } from "./plans-helpers";

const session: { user: { id: string; role: "admin" | "customer"; email: string; name: null } | null } = { user: null };
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user }));

beforeAll(() => {
  routeWebhooksToHandler();
});

afterEach(() => {
  session.user = null;
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  resetEnvCache();
});

function advanceRequest(body: unknown) {
  return new Request("http://localhost/api/stripe-sandbox/clock", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

describe("the sandbox clock route", () => {
  it("lets an operator move the clock, which renews what fell due", async () => {
    const operator = await createUser("Operator");
    const subscriber = await createUser();
    const { subscriptionId } = await startPaid(subscriber.id, "monthly");
    const before = await subscriptionRow(subscriptionId);
    session.user = { id: operator.id, role: "admin", email: operator.email, name: null };

    const response = await POST(advanceRequest({ days: 32 }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { now: string; offsetMs: number; processed: number };
    expect(body.processed).toBeGreaterThanOrEqual(1);
    expect(Date.parse(body.now)).toBeGreaterThan(Date.now() + 31 * DAY_MS);
    expect(Math.abs((await sandboxNow()) - Date.parse(body.now))).toBeLessThan(5_000);

    const renewed = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(renewed.items.data[0].current_period_start * 1000).toBe(before.currentPeriodEnd?.getTime());
    const state = await GET();
    expect(((await state.json()) as { offsetMs: number }).offsetMs).toBe(body.offsetMs);
  });

  it("refuses strangers and customers, and bad bodies", async () => {
    expect((await POST(advanceRequest({ days: 1 }))).status).toBe(401);
    const customer = await createUser();
    session.user = { id: customer.id, role: "customer", email: customer.email, name: null };
    expect((await POST(advanceRequest({ days: 1 }))).status).toBe(403);
    session.user = { id: customer.id, role: "admin", email: customer.email, name: null };
    for (const body of [{}, { days: -1 }, { days: "a lot" }, { weeks: 2 }, { days: 10_000 }]) {
      const response = await POST(advanceRequest(body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
    }
  });

  it("does not exist when the shop runs on real Stripe", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_realaccount123";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_realaccount";
    resetEnvCache();
    const operator = await createUser("Operator");
    session.user = { id: operator.id, role: "admin", email: operator.email, name: null };
    expect((await POST(advanceRequest({ days: 1 }))).status).toBe(404);
    expect((await GET()).status).toBe(404);
  });
});

describe("stripe:sync", () => {
  it("the sandbox lists the plan prices by lookup key with their product expanded", async () => {
    const prices = await getStripe().prices.list({ lookup_keys: ["plan_quarterly", "plan_annual"], expand: ["data.product"] });
    expect(
      prices.data
        .map((price) => [price.lookup_key, price.unit_amount, price.recurring?.interval, price.recurring?.interval_count, typeof price.product === "object" && "name" in price.product ? price.product.name : null])
        .sort(),
    ).toEqual([
      ["plan_annual", 5000, "year", 1, PLAN_PRODUCT.name],
      ["plan_quarterly", 1200, "month", 3, PLAN_PRODUCT.name],
    ]);
  });

  it("finds the sandbox already in sync, and a second run changes nothing", async () => {
    const steps = await syncPlanCatalog(getStripe());
    expect(steps.map((step) => [step.what, step.action])).toEqual([
      [`product ${PLAN_PRODUCT.name}`, "unchanged"],
      ["price plan_monthly", "unchanged"],
      ["price plan_quarterly", "unchanged"],
      ["price plan_annual", "unchanged"],
    ]);
  });

  it("replaces a price whose amount drifted, moving the lookup key and archiving the old price", async () => {
    const stripe = getStripe();
    const stale = await stripe.prices.create({
      product: PLAN_PRODUCT.id,
      currency: "usd",
      unit_amount: 450,
      recurring: { interval: "month" },
      lookup_key: "plan_monthly",
      transfer_lookup_key: true,
    });
    const steps = await syncPlanCatalog(stripe);
    const monthly = steps.find((step) => step.what === "price plan_monthly");
    expect(monthly?.action).toBe("replaced");
    const [current] = (await stripe.prices.list({ lookup_keys: ["plan_monthly"] })).data;
    expect(current).toMatchObject({ id: monthly?.id, unit_amount: 500, active: true, recurring: { interval: "month", interval_count: 1 } });
    expect(await stripe.prices.retrieve(stale.id)).toMatchObject({ active: false, lookup_key: null });
    expect((await syncPlanCatalog(stripe)).every((step) => step.action === "unchanged")).toBe(true);
  });
});
