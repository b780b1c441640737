import { createClient } from "@libsql/client";
import { mkdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { syncPlanCatalog } from "../lib/plans/stripe-sync";
import { createSandboxTables, createStripeSandbox } from "../lib/stripe-sandbox";

/**
 * `npm run stripe:sandbox`: the shop's Stripe sandbox as a stand-alone HTTP server, like
 * stripe-mock, for curl, the Stripe CLI (`--api-base`) or any Stripe SDK (host/port/protocol).
 *
 *   npm run stripe:sandbox -- [--port 12111] [--webhook-url URL] [--three-d-secure-url URL] [--no-plans]
 *
 * State is kept in DATABASE_URL (default file:./data/stripe-sandbox.db); the sandbox creates its own
 * tables there at start (an empty file will do; what an earlier run stored is kept), and nothing
 * of the shop's. To share the shop's database instead, run the shop's migrations first. Any
 * `sk_test_…` key is accepted. Events go to --webhook-url (signed with STRIPE_WEBHOOK_SECRET,
 * default whsec_sandbox_local); without one they are kept and not sent. The plans' product and
 * prices are created by the stripe:sync code at start, as for a fresh account (--no-plans skips it).
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string" },
    "three-d-secure-url": { type: "string" },
    "no-plans": { type: "boolean", default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/stripe-sandbox.db";
const webhookUrl = values["webhook-url"];
const threeDSecureUrl = values["three-d-secure-url"] ?? `${process.env.APP_URL ?? "http://localhost:3000"}/checkout/3d-secure`;

async function main() {
  if (databaseUrl.startsWith("file:") && !databaseUrl.includes(":memory:")) {
    mkdirSync(dirname(resolve(databaseUrl.slice("file:".length).split("?")[0])), { recursive: true });
  }
  const client = createClient({ url: databaseUrl, authToken: process.env.DATABASE_AUTH_TOKEN });
  await createSandboxTables(client);

  const sandbox = createStripeSandbox({
    database: client,
    webhook: { url: webhookUrl ?? "http://127.0.0.1:9/not-configured", secret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_sandbox_local" },
    threeDSecureUrl,
    prepare: values["no-plans"] ? undefined : syncPlanCatalog,
    delivery: webhookUrl ? undefined : { automatic: false },
  });

  const server = createServer((request, response) => {
    void serve(sandbox.fetch, request, response);
  });
  server.listen(port, values.host, () => {
    const address = server.address();
    const bound = typeof address === "object" && address ? address.port : port;
    console.log(`Stripe sandbox listening on http://${values.host}:${bound} (database ${databaseUrl}${webhookUrl ? `, webhooks to ${webhookUrl}` : ", webhooks kept, not sent"})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function serve(handle: (input: string, init: RequestInit) => Promise<Response>, request: IncomingMessage, response: ServerResponse) {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    const answer = await handle(new URL(request.url ?? "/", `http://${request.headers.host ?? "127.0.0.1"}`).toString(), {
      method: request.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks).toString("utf8") : undefined,
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch (error) {
    console.error(`Stripe sandbox: ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
    if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { type: "api_error", message: "The Stripe sandbox hit an internal error." } }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
