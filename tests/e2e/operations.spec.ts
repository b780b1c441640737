import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join } from "node:path";
import { uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { e2eDataDir, mainPort, startExtraServer } from "./support/extra-server";
import { E2E_AUTH_SECRET, e2eServerEnv } from "./support/server-env";
import { addToCart, fillShipping } from "./support/shopper";

// What an operator sees of a standalone server: its log lines and how it refuses to start.
const logPort = mainPort + 1;
const refusePort = mainPort + 2;
const shutdownPort = mainPort + 3;
const modelPort = mainPort + 4;
const checkoutStopPort = mainPort + 7;

test("a request's log lines are JSON with its request id and no secret, card number or email address", async () => {
  const server = await startExtraServer(logPort, { LOG_LEVEL: "info" });
  try {
    // A signed body that is no event, carrying what must never be logged: the route logs why it was ignored.
    const body = JSON.stringify({ id: "evt_x", key: "sk_test_leak123", card: "4242 4242 4242 4242", email: "jane.doe@example.com" });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac("sha256", "whsec_sandbox_local").update(`${timestamp}.${body}`).digest("hex");
    const response = await fetch(`${server.url}/api/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "ops-log-check-1", "stripe-signature": `t=${timestamp},v1=${signature}` },
      body,
    });
    expect(response.headers.get("x-request-id")).toBe("ops-log-check-1");
    await expect.poll(() => server.output().split("\n").filter((line) => line.includes("ops-log-check-1")).length, { message: server.output() }).toBeGreaterThanOrEqual(2);
    const lines = server.output().split("\n").filter((line) => line.includes("ops-log-check-1"));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of parsed) expect(line.requestId).toBe("ops-log-check-1");
    expect(parsed.map((line) => line.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^Stripe webhook ignored/), "request"]));
    expect(parsed.find((line) => line.msg === "request")).toMatchObject({ method: "POST", route: "/api/webhooks/stripe", status: 200 });
    // The home page and the shop are rewritten to their cached routes in place on a server bound to
    // 127.0.0.1: one request line each, not a second for a request the server forwarded to itself,
    // and the rewrite names no other origin (Next writes loopback addresses as "localhost").
    for (const [path, id] of [["/", "ops-log-home"], ["/shop", "ops-log-shop"], ["/shop?category=pantry", "ops-log-category"]]) {
      const page = await fetch(`${server.url}${path}`, { headers: { "x-request-id": id } });
      expect(page.status).toBe(200);
      expect(new URL(page.headers.get("x-middleware-rewrite") ?? path, server.url).origin).toBe(server.url);
      await expect.poll(() => server.output().includes(`"requestId":"${id}"`)).toBe(true);
      const served = server.output().split("\n").filter((line) => line.includes(`"requestId":"${id}"`)).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(served.filter((line) => line.msg === "request").map((line) => line.route)).toEqual([path.split("?")[0]]);
    }
    // A signed-out visit to an account page is sent to the sign-in page on this same origin.
    const account = await fetch(`${server.url}/account`, { redirect: "manual" });
    expect(account.status).toBe(307);
    expect(new URL(account.headers.get("location") ?? "", server.url).origin).toBe(server.url);
    // Nothing the server printed, for this request or any other, carries a secret or an address.
    const everything = server.output();
    for (const secret of [E2E_AUTH_SECRET, "sk_test_leak123", "4242 4242 4242 4242", "jane.doe@example.com", "whsec_sandbox_local"]) expect(everything).not.toContain(secret);
  } finally {
    await server.stop();
  }
});

test("a server given a database its migrations have not reached exits 1 with one line saying to migrate", async () => {
  const dir = join(e2eDataDir(), "unmigrated");
  rmSync(dir, { recursive: true, force: true });
  const env = { ...e2eServerEnv(refusePort, dir), PORT: String(refusePort), HOSTNAME: "127.0.0.1" };
  const child = spawn(process.execPath, ["scripts/start-standalone.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, "exit");
  expect(code, output).toBe(1);
  const line = output.split("\n").find((text) => text.includes("behind this release"));
  expect(line, output).toBeDefined();
  expect(JSON.parse(line!)).toMatchObject({ level: 60, msg: expect.stringMatching(/^The database is behind this release: \d+ migration\(s\) not applied \(0000_init, .*\); run `npm run db:migrate` before starting the server\.$/) });
  rmSync(dir, { recursive: true, force: true });
});

/** An OpenAI-compatible model that streams the start of its answer, then waits for `finish()`. */
async function heldModel() {
  const chunk = (delta: object, finish: string | null = null) => ({
    id: "chatcmpl-held-1",
    object: "chat.completion.chunk",
    created: 1767225600,
    model: "gpt-4o-mini",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const send = (response: ServerResponse, data: object) => response.write(`data: ${JSON.stringify(data)}\n\n`);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      send(response, chunk({ role: "assistant", content: "" }));
      send(response, chunk({ content: "Try the chickpea " }));
      void released.then(() => {
        send(response, chunk({ content: "curry, " }));
        send(response, chunk({ content: "it is all in stock." }));
        send(response, chunk({}, "stop"));
        response.end("data: [DONE]\n\n");
      });
    });
  });
  server.listen(modelPort, "127.0.0.1");
  await once(server, "listening");
  return { finish: release, close: () => new Promise((resolve) => server.close(resolve)) };
}

test("on SIGTERM the server stops accepting, finishes a streaming answer, saves it and exits 0", async () => {
  const model = await heldModel();
  const server = await startExtraServer(shutdownPort, {
    OPENAI_API_KEY: "sk-test-held",
    OPENAI_BASE_URL: `http://127.0.0.1:${modelPort}/v1`,
    OPENAI_MODEL: "gpt-4o-mini",
  });
  try {
    const response = await fetch(`${server.url}/api/assistant`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: { role: "user", parts: [{ type: "text", text: "What can I cook tonight?" }] } }),
    });
    expect(response.status).toBe(200);
    const threadId = response.headers.get("x-thread-id");
    expect(threadId).toBeTruthy();
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let streamed = "";
    while (!streamed.includes("Try the chickpea")) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`the answer ended early: ${streamed}`);
      streamed += value;
    }

    // Mid-answer: the operator stops the server.
    const exited = server.signal("SIGTERM");
    // New connections are refused while the answer is still streaming...
    await expect
      .poll(() => fetch(`${server.url}/api/health`).then(() => "accepted", () => "refused"), { message: server.output() })
      .toBe("refused");
    // ...and the answer under way still reaches the shopper, to its end.
    model.finish();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      streamed += value;
    }
    expect(streamed).toContain("it is all in stock.");
    expect(streamed).toContain('"type":"finish"');
    expect(await exited, server.output()).toBe(0);

    // Nothing half-written: the answer is saved whole, and the question is no longer pending.
    const { rows } = await e2eDb().execute({ sql: "select role, status, parts from chat_messages where thread_id = ? order by created_at, role desc", args: [threadId!] });
    expect(rows.map((row) => [row.role, row.status])).toEqual([
      ["user", null],
      ["assistant", null],
    ]);
    expect(String(rows[1].parts)).toContain("Try the chickpea curry, it is all in stock.");
    expect(server.output()).toMatch(/"msg":"shut down"/);
  } finally {
    model.finish();
    await server.stop();
    await model.close();
  }
});

test("on SIGTERM during a checkout the server finishes it: the order, its items and its reserved stock are written together", async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startExtraServer(checkoutStopPort);
  try {
    const { rows } = await e2eDb().execute("select id, slug from products where visible = 1 and stock >= 20 order by stock desc, id limit 1");
    const productId = Number(rows[0].id);
    const stockOf = async () => Number((await e2eDb().execute({ sql: "select stock from products where id = ?", args: [productId] })).rows[0].stock);
    const email = uniqueEmail("sigterm-checkout");
    await addToCart(page, String(rows[0].slug), 2, server.url);
    await fillShipping(page, email, server.url);
    const stockBefore = await stockOf();

    // The shipping step's server action is under way when the operator stops the server.
    const isCheckoutPost = (request: { method(): string; url(): string }) => request.method() === "POST" && new URL(request.url()).pathname === "/checkout";
    const sent = page.waitForRequest(isCheckoutPost);
    const answered = page.waitForResponse((response) => isCheckoutPost(response.request())).then(
      (response) => response.status(),
      () => null,
    );
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exited = server.signal("SIGTERM");

    expect(await answered, server.output()).toBe(200);
    expect(await exited, server.output()).toBe(0);
    const orders = await e2eDb().execute({ sql: "select id, status from orders where email = ?", args: [email] });
    expect(orders.rows.map((row) => row.status)).toEqual(["pending"]);
    const orderId = String(orders.rows[0].id);
    const [items] = (await e2eDb().execute({ sql: "select coalesce(sum(quantity), 0) as units from order_items where order_id = ?", args: [orderId] })).rows;
    const [held] = (await e2eDb().execute({ sql: "select coalesce(sum(quantity), 0) as units from stock_reservations where order_id = ? and status = 'active'", args: [orderId] })).rows;
    expect([Number(items.units), Number(held.units), stockBefore - (await stockOf())]).toEqual([2, 2, 2]);
    expect(server.output()).toMatch(/"msg":"shut down"/);
  } finally {
    await server.stop();
  }
});
