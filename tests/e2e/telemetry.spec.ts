import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { uniqueEmail } from "./support/accounts";
import { e2eDataDir, mainPort, startExtraServer, type ExtraServer } from "./support/extra-server";
import { e2eServerEnv } from "./support/server-env";
import { addToCart, continueToPayment, fillShipping, payAndConfirm } from "./support/shopper";

// What an operator's collector receives from a standalone server with OTEL_EXPORTER_OTLP_ENDPOINT
// set: the spans and counters of one checkout, over OTLP/HTTP (JSON), received here in-process.
const serverPort = mainPort + 5;
const collectorPort = mainPort + 6;

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value: AnyValue };
type OtlpSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: KeyValue[] };
type OtlpDataPoint = { asInt?: number | string; asDouble?: number; attributes?: KeyValue[] };
type OtlpMetric = { name: string; sum?: { dataPoints: OtlpDataPoint[] } };
type TraceExport = { resourceSpans?: { resource?: { attributes?: KeyValue[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[] };
type MetricExport = { resourceMetrics?: { scopeMetrics?: { metrics?: OtlpMetric[] }[] }[] };

type Span = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes: Record<string, string | number | boolean> };

const flatten = (attributes: KeyValue[] = []) =>
  Object.fromEntries(
    attributes.map(({ key, value }) => [key, value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue ?? ""))]),
  );

/** An OTLP/HTTP receiver: keeps every JSON body posted to /v1/traces and /v1/metrics. */
function startCollector(port: number) {
  const traces: TraceExport[] = [];
  const metrics: MetricExport[] = [];
  const raw: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      raw.push(body);
      if (request.url === "/v1/traces") traces.push(JSON.parse(body) as TraceExport);
      if (request.url === "/v1/metrics") metrics.push(JSON.parse(body) as MetricExport);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  server.listen(port, "127.0.0.1");
  const spans = (): Span[] =>
    traces.flatMap((batch) =>
      (batch.resourceSpans ?? []).flatMap((resource) =>
        (resource.scopeSpans ?? []).flatMap((scope) =>
          (scope.spans ?? []).map((span) => ({ traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, name: span.name, attributes: flatten(span.attributes) })),
        ),
      ),
    );
  const services = () => traces.flatMap((batch) => (batch.resourceSpans ?? []).map((resource) => flatten(resource.resource?.attributes)["service.name"]));
  /** The last value of a cumulative counter, per attribute set, from the last export that has it. */
  const counter = (name: string) => {
    const points = metrics
      .flatMap((batch) => (batch.resourceMetrics ?? []).flatMap((resource) => (resource.scopeMetrics ?? []).flatMap((scope) => scope.metrics ?? [])))
      .filter((metric) => metric.name === name)
      .at(-1)?.sum?.dataPoints;
    return (points ?? []).map((point) => ({ value: Number(point.asInt ?? point.asDouble), attributes: flatten(point.attributes) }));
  };
  return { spans, services, counter, raw, listening: once(server, "listening"), close: () => new Promise((resolve) => server.close(resolve)) };
}

let collector: ReturnType<typeof startCollector>;
let server: ExtraServer | undefined;
const dataDir = join(e2eDataDir(), "telemetry");

test.beforeAll(async () => {
  collector = startCollector(collectorPort);
  await collector.listening;
  // A database of its own: no other server of the suite delivers this shop's sandbox webhooks.
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], { env: e2eServerEnv(serverPort, dataDir), encoding: "utf8" });
  expect(seeded.status, seeded.stderr).toBe(0);
  server = await startExtraServer(serverPort, {
    DATABASE_URL: `file:${join(dataDir, "e2e.db")}`,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
  });
});

test.afterAll(async () => {
  await server?.stop();
  await collector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test("with OTEL_EXPORTER_OTLP_ENDPOINT set, one checkout sends its page, route handler, database, Stripe and webhook spans and the orders-paid count", async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("traced");
  await addToCart(page, "arborio-rice", 1, server!.url);
  await fillShipping(page, email, server!.url);
  expect(await continueToPayment(page)).toBe("payment");
  const { paymentIntentId } = await payAndConfirm(page);

  const webhookSpan = () =>
    collector.spans().find((span) => span.name === "stripe webhook" && span.attributes["stripe.event.type"] === "payment_intent.succeeded");
  await expect.poll(() => webhookSpan()?.attributes["beyond_earth.webhook.outcome"], { timeout: 60_000 }).toBe("processed");
  // SIGTERM sends what is still buffered: the last spans and the counters' final values.
  await server!.stop();
  server = undefined;

  const spans = collector.spans();
  const names = spans.map((span) => span.name);
  const named = (pattern: RegExp) => spans.filter((span) => pattern.test(span.name));
  expect(new Set(collector.services())).toEqual(new Set(["beyond-earth"]));
  // Next's spans: requests, page renders, the webhook's route handler.
  expect(named(/^render route \(app\) \/\[locale\]\/checkout/), names.join("\n")).not.toHaveLength(0);
  const routeHandler = named(/^executing api route \(app\) \/api\/webhooks\/stripe$/);
  expect(routeHandler, names.join("\n")).not.toHaveLength(0);
  // The shop's own: the order written, the PaymentIntent created at (sandbox) Stripe, the webhook event.
  const insertOrder = spans.find((span) => span.name === "INSERT orders");
  expect(insertOrder?.attributes, names.join("\n")).toMatchObject({ "db.system.name": "sqlite", "db.operation.name": "INSERT", "db.collection.name": "orders" });
  const createIntent = spans.find((span) => span.name === "stripe POST /v1/payment_intents");
  expect(createIntent?.attributes, names.join("\n")).toMatchObject({ "http.request.method": "POST", "url.template": "/v1/payment_intents", "http.response.status_code": 200 });
  // The webhook event's span sits in the route handler's trace; the event is recorded processed in the
  // one transaction that marks the order paid.
  const webhook = webhookSpan()!;
  expect(webhook.attributes).toMatchObject({ "stripe.event.type": "payment_intent.succeeded", "beyond_earth.webhook.outcome": "processed" });
  expect(routeHandler.map((span) => span.traceId)).toContain(webhook.traceId);
  const inWebhookTrace = spans.filter((span) => span.traceId === webhook.traceId).map((span) => span.name);
  expect(inWebhookTrace, inWebhookTrace.join("\n")).toEqual(expect.arrayContaining(["BEGIN", "INSERT webhook_events", "UPDATE orders", "COMMIT"]));

  // One order paid (the webhook and the return page race; one wins), one webhook event processed per type.
  expect(collector.counter("beyond_earth.orders.paid")).toEqual([{ value: 1, attributes: { currency: "usd" } }]);
  expect(collector.counter("beyond_earth.webhook.events")).toEqual(
    expect.arrayContaining([{ value: 1, attributes: { "stripe.event.type": "payment_intent.succeeded", outcome: "processed" } }]),
  );
  // Nothing sent names the shopper or carries the PaymentIntent's client secret.
  const sent = collector.raw.join("\n");
  expect(sent).not.toContain(email);
  expect(sent).not.toContain(`${paymentIntentId}_secret_`);
});
