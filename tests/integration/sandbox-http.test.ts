import { createClient } from "@libsql/client";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm run stripe:sandbox` as a real child process, probed with the official SDK over HTTP
// (host/port/protocol), as any Stripe client would talk to it.
const PORT = 3612;
const dir = mkdtempSync(join(tmpdir(), "sandbox-http-"));
let child: ChildProcess;
let output = "";

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "scripts/stripe-sandbox.ts", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: `file:${join(dir, "sandbox.db")}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening on")) resolve();
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => reject(new Error(`stripe:sandbox exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  child?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

const stripe = new Stripe("sk_test_anything_goes", { host: "127.0.0.1", port: PORT, protocol: "http", maxNetworkRetries: 0 });

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  return error as Stripe.errors.StripeInvalidRequestError;
}

describe("npm run stripe:sandbox", () => {
  it("answers the shop's real calls with 200s: a PaymentIntent created and confirmed with a test card", async () => {
    const created = await stripe.paymentIntents.create({ amount: 1999, currency: "eur", metadata: { orderId: "o1" } });
    expect(created).toMatchObject({ object: "payment_intent", status: "requires_payment_method", amount: 1999, metadata: { orderId: "o1" } });
    const confirmed = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa", return_url: "http://localhost:3000/checkout/return" });
    expect(confirmed.status).toBe("succeeded");
  });

  it("has the plans' prices, made by the stripe:sync code at start", async () => {
    const prices = await stripe.prices.list({ lookup_keys: ["plan_monthly", "plan_quarterly", "plan_annual"] });
    expect(prices.data).toHaveLength(3);
  });

  it("refuses an unknown parameter with Stripe's 400", async () => {
    const error = await refusal(stripe.paymentIntents.create({ amount: 100, currency: "eur", colour: "red" } as Stripe.PaymentIntentCreateParams));
    expect(error).toMatchObject({ statusCode: 400, code: "parameter_unknown", param: "colour" });
  });

  it("refuses a value outside the parameter's enum", async () => {
    const error = await refusal(stripe.paymentIntents.create({ amount: 100, currency: "eur", capture_method: "sometimes" as "manual" }));
    expect(error).toMatchObject({ statusCode: 400, type: "StripeInvalidRequestError", param: "capture_method" });
    expect(error.message).toMatch(/must be one of/);
  });

  it("refuses a call missing a required parameter", async () => {
    const error = await refusal(stripe.paymentIntents.create({ amount: 100 } as Stripe.PaymentIntentCreateParams));
    expect(error).toMatchObject({ statusCode: 400, code: "parameter_missing", param: "currency" });
  });

  it("refuses a confirm without return_url", async () => {
    const created = await stripe.paymentIntents.create({ amount: 500, currency: "eur" });
    const error = await refusal(stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa" }));
    expect(error).toMatchObject({ statusCode: 400, param: "return_url" });
  });

  it("started on an empty database file, created the sandbox's own tables and none of the shop's", async () => {
    const client = createClient({ url: `file:${join(dir, "sandbox.db")}` });
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name");
    client.close();
    expect(tables.rows.map((row) => row.name)).toEqual(["stripe_sandbox_deliveries", "stripe_sandbox_idempotency", "stripe_sandbox_objects"]);
  });

  it("accepts any sk_test_ key and refuses a live key with 401", async () => {
    const live = new Stripe("sk_live_not_here", { host: "127.0.0.1", port: PORT, protocol: "http", maxNetworkRetries: 0 });
    await expect(live.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const other = new Stripe("sk_test_another_key", { host: "127.0.0.1", port: PORT, protocol: "http", maxNetworkRetries: 0 });
    expect((await other.customers.list()).object).toBe("list");
  });
});
