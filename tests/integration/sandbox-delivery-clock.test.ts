import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { createSandboxTables, createStripeSandbox } from "@/lib/stripe-sandbox";

// Webhook retries run on the sandbox's clock, the one billing runs on: a test moves the clock past
// the backoff and the retry is due, with no real waiting. The wall clock under the sandbox clock
// is frozen here, so nothing becomes due by itself while the test runs.
const dir = mkdtempSync(join(tmpdir(), "sandbox-delivery-clock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = "whsec_delivery_clock";
const frozenWallClock = Date.now();

async function sandboxWithFailingEndpoint(name: string, failures: number) {
  const client = createClient({ url: `file:${join(dir, `${name}.db`)}` });
  await createSandboxTables(client);
  const received: Stripe.Event[] = [];
  let failuresLeft = failures;
  const sandbox = createStripeSandbox({
    database: client,
    webhook: { url: "http://127.0.0.1:9/webhooks", secret: SECRET },
    threeDSecureUrl: "http://127.0.0.1:9/3ds",
    wallClock: () => frozenWallClock,
    delivery: {
      automatic: false,
      deliver: async (payload, signature) => {
        if (failuresLeft-- > 0) return 500;
        received.push(Stripe.webhooks.constructEvent(payload, signature, SECRET));
        return 200;
      },
    },
  });
  const stripe = new Stripe("sk_test_probe", { httpClient: Stripe.createFetchHttpClient(sandbox.fetch), maxNetworkRetries: 0 });
  return { sandbox, stripe, received };
}

describe("webhook retries on the sandbox clock", () => {
  it("retries a failed delivery once the clock has moved by the backoff, and not before", async () => {
    const { sandbox, stripe, received } = await sandboxWithFailingEndpoint("retry", 1);
    const paymentIntent = await stripe.paymentIntents.create({ amount: 500, currency: "eur" });
    expect(await sandbox.webhooks.drain()).toBe(1);
    expect(received).toEqual([]);

    // The first retry waits 1 s: not due yet, and not after 999 ms either.
    expect(await sandbox.webhooks.drain()).toBe(0);
    await sandbox.clock.advance(999);
    expect(await sandbox.webhooks.drain()).toBe(0);
    expect(received).toEqual([]);

    await sandbox.clock.advance(1);
    expect(await sandbox.webhooks.drain()).toBe(1);
    expect(received.map((event) => [event.type, (event.data.object as { id: string }).id])).toEqual([["payment_intent.created", paymentIntent.id]]);
  });

  it("backs off further after each failure, on the same clock", async () => {
    const { sandbox, stripe, received } = await sandboxWithFailingEndpoint("backoff", 3);
    await stripe.paymentIntents.create({ amount: 700, currency: "eur" });
    expect(await sandbox.webhooks.drain()).toBe(1);
    await sandbox.clock.advance(1_000);
    expect(await sandbox.webhooks.drain()).toBe(1);
    // The second retry waits 2 s after the second failure.
    await sandbox.clock.advance(1_999);
    expect(await sandbox.webhooks.drain()).toBe(0);
    await sandbox.clock.advance(1);
    expect(await sandbox.webhooks.drain()).toBe(1);
    // The third waits 4 s.
    await sandbox.clock.advance(4_000);
    expect(await sandbox.webhooks.drain()).toBe(1);
    expect(received.map((event) => event.type)).toEqual(["payment_intent.created"]);
  });

  it("an event emitted after the clock moved a month is delivered at once, and its signature is valid now", async () => {
    const { sandbox, stripe, received } = await sandboxWithFailingEndpoint("month", 0);
    await sandbox.clock.advance(31 * 24 * 60 * 60 * 1000);
    await stripe.paymentIntents.create({ amount: 900, currency: "eur" });
    expect(await sandbox.webhooks.drain()).toBe(1);
    expect(received.map((event) => event.type)).toEqual(["payment_intent.created"]);
  });
});
