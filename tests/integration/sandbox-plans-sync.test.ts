import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { planLookupKeys, plans } from "@/lib/plans/catalog";
import { planPrices } from "@/lib/plans/stripe-prices";
import { syncPlanCatalog } from "@/lib/plans/stripe-sync";
import { createStripeSandbox } from "@/lib/stripe-sandbox";

// The plans reach the sandbox the way they reach a fresh Stripe account: by `stripe:sync`'s code
// (syncPlanCatalog), never by ids the sandbox makes up.
const dir = mkdtempSync(join(tmpdir(), "sandbox-plans-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freshSandbox(name: string, prepare?: (stripe: Stripe) => Promise<unknown>) {
  const client = createClient({ url: `file:${join(dir, `${name}.db`)}` });
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const sandbox = createStripeSandbox({
    database: client,
    webhook: { url: "http://127.0.0.1:9/webhooks", secret: "whsec_test" },
    threeDSecureUrl: "http://127.0.0.1:9/3ds",
    prepare,
    delivery: { automatic: false, deliver: async () => 200 },
  });
  return new Stripe("sk_test_probe", { httpClient: Stripe.createFetchHttpClient(sandbox.fetch), maxNetworkRetries: 0 });
}

describe("plans in a fresh sandbox", () => {
  it("a sandbox nobody prepared sells no plans: the sandbox has no built-in prices", async () => {
    const stripe = await freshSandbox("bare");
    const prices = await stripe.prices.list({ lookup_keys: planLookupKeys });
    expect(prices.data).toEqual([]);
    await expect(stripe.products.retrieve("beyond_earth_assistant")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("a sandbox prepared with stripe:sync's code has every plan's price, by lookup key, and a second sync changes nothing", async () => {
    const stripe = await freshSandbox("synced", syncPlanCatalog);
    const prices = await stripe.prices.list({ lookup_keys: planLookupKeys, active: true, expand: ["data.product"] });
    expect(prices.data.map((price) => price.lookup_key).sort()).toEqual([...planLookupKeys].sort());
    for (const plan of plans) {
      const price = prices.data.find((candidate) => candidate.lookup_key === plan.lookupKey)!;
      expect(price).toMatchObject({ unit_amount: plan.amountCents, currency: plan.currency, metadata: { plan: plan.id }, recurring: { interval: plan.interval, interval_count: plan.intervalCount } });
      expect((price.product as Stripe.Product).name).toBe("Beyond Earth recipe assistant");
    }
    const again = await syncPlanCatalog(stripe);
    expect(again.map((step) => step.action)).toEqual(again.map(() => "unchanged"));
  });

  it("the app's sandbox (lib/payments/sandbox.ts) finds its plans by lookup key, as the sync created them", async () => {
    const byPlan = await planPrices({ fresh: true });
    expect([...byPlan.keys()].sort()).toEqual(plans.map((plan) => plan.id).sort());
    for (const entry of byPlan.values()) expect(entry.priceId).toMatch(/^price_[A-Za-z0-9]{24}$/);
  });
});
