import autocannon, { type Options } from "autocannon";
import { createClient, type Client } from "@libsql/client";
import { createHmac, randomUUID } from "node:crypto";
import { BENCH_WEBHOOK_SECRET, countedRun, processCpuMs, signedDeliveries, type BenchRow, type Section } from "./support";

/**
 * Webhook ingest over HTTP against `next start`, compared with GET /api/health from the same
 * senders (issue 14: ≥ 75%). The events are the ones a shop receives most: `payment_intent.succeeded`
 * for pending orders (each marks its order paid, commits its stock and queues its receipt) and
 * events the shop records but has no handler for (`payment_intent.created`, `charge.succeeded`).
 * Each is signed as Stripe signs it, with the secret the bench server runs with, and must be
 * answered 2xx and end recorded as processed or ignored; a rejected event fails the row. Both
 * routes are warmed up first with events of their own, as bench/http.ts warms up every page.
 */

const CONNECTIONS = 50;
const PAID_ORDERS = 1_500;
/** Orders whose events warm the route up first (its code loaded and compiled), as bench/http.ts warms each page. */
const WARM_UP_ORDERS = 100;
/** Events per paid order the shop records but ignores, as Stripe sends them around a payment. */
const IGNORED_TYPES = ["payment_intent.created", "charge.succeeded"] as const;
const TARGET = 0.75;

type Event = { id: string; payload: string };

/** A `Stripe-Signature` header as Stripe makes it: `t=…,v1=HMAC-SHA256(secret, "t.payload")`. */
export function stripeSignature(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")}`;
}

function event(type: string, object: Record<string, unknown>): Event {
  const id = `evt_bench_${randomUUID().replaceAll("-", "")}`;
  const body = { id, object: "event", api_version: null, created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, type, data: { object } };
  return { id, payload: JSON.stringify(body, null, 2) };
}

/** Pending orders as checkout leaves them (one line, its stock reserved), each with its PaymentIntent's events. */
export async function prepare(db: Client, stamp: string, paidOrders = PAID_ORDERS) {
  const products = (await db.execute("select id, name, price_cents from products where visible = 1 order by id limit 10")).rows;
  if (products.length === 0) throw new Error("The bench database has no products");
  const expiresAt = Date.now() + 30 * 60_000;
  const orderIds: string[] = [];
  const succeeded: Event[] = [];
  const ignored: Event[] = [];
  const statements = [];
  for (let i = 0; i < paidOrders; i++) {
    const product = products[i % products.length];
    const quantity = 1 + (i % 3);
    const subtotal = Number(product.price_cents) * quantity;
    const total = subtotal + 499;
    const orderId = randomUUID();
    const paymentIntentId = `pi_bench_${stamp}_${i}`;
    orderIds.push(orderId);
    statements.push(
      {
        sql: `insert into orders (id, email, status, subtotal_cents, shipping_cents, total_cents, shipping_name, shipping_address, shipping_city, shipping_postal_code, shipping_country, payment_intent_id, expires_at)
              values (?, 'bench@example.com', 'pending', ?, 499, ?, 'Bench Shopper', '1 Load Street', 'Portland', '97201', 'US', ?, ?)`,
        args: [orderId, subtotal, total, paymentIntentId, expiresAt],
      },
      { sql: "insert into order_items (order_id, product_id, name, unit_price_cents, quantity) values (?, ?, ?, ?, ?)", args: [orderId, product.id, product.name, product.price_cents, quantity] },
      { sql: "insert into stock_reservations (order_id, product_id, quantity, expires_at) values (?, ?, ?, ?)", args: [orderId, product.id, quantity, expiresAt] },
      { sql: "insert into order_events (order_id, type, message) values (?, 'created', 'Order placed by the webhook bench.')", args: [orderId] },
    );
    const intent = { id: paymentIntentId, object: "payment_intent", amount: total, currency: "usd", metadata: { orderId } };
    ignored.push(event("payment_intent.created", { ...intent, status: "requires_payment_method", amount_received: 0 }));
    succeeded.push(event("payment_intent.succeeded", { ...intent, status: "succeeded", amount_received: total, latest_charge: `ch_bench_${stamp}_${i}` }));
    ignored.push(event("charge.succeeded", { id: `ch_bench_${stamp}_${i}`, object: "charge", amount: total, currency: "usd", paid: true, payment_intent: paymentIntentId, status: "succeeded" }));
  }
  for (let i = 0; i < statements.length; i += 400) await db.batch(statements.slice(i, i + 400), "write");
  // The order Stripe sends them in: created, then succeeded and the charge, interleaved across orders.
  const events: Event[] = [];
  for (let i = 0; i < paidOrders; i++) events.push(ignored[2 * i], succeeded[i], ignored[2 * i + 1]);
  return { orderIds, events, succeededIds: succeeded.map((e) => e.id), ignoredIds: ignored.map((e) => e.id) };
}

async function countIn(db: Client, sql: string, ids: string[]): Promise<number> {
  let total = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [row] = (await db.execute({ sql: sql.replace("(?)", `(${chunk.map(() => "?").join(", ")})`), args: chunk })).rows;
    total += Number(row.n);
  }
  return total;
}

export const webhookSection: Section = {
  name: "webhook",
  description: `signed Stripe webhooks over HTTP vs GET /api/health, ${CONNECTIONS} connections`,
  usesServer: true,
  async run(context) {
    const server = await context.server();
    const db = createClient({ url: server.databaseUrl, timeout: 10_000 });
    try {
      const stamp = Date.now().toString(36);
      const warmUp = await prepare(db, `${stamp}w`, WARM_UP_ORDERS);
      const batch = await prepare(db, stamp);
      // Signed just before sending (Stripe's tolerance is 5 minutes), so the senders only send.
      const signed = (events: Event[]) => events.map((item) => ({ payload: item.payload, signature: stripeSignature(item.payload, BENCH_WEBHOOK_SECRET) }));
      const requests = signed(batch.events);
      const warmUpRequests = signed(warmUp.events);
      await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, amount: warmUpRequests.length, timeout: 30 });
      await autocannon({ url: `${server.baseUrl}/api/webhooks/stripe`, connections: CONNECTIONS, amount: warmUpRequests.length, timeout: 30, requests: signedDeliveries(warmUpRequests) });

      const measured = async (options: Options & { amount: number }) => {
        const before = processCpuMs(server.pid);
        const run = await countedRun(options);
        const after = processCpuMs(server.pid);
        const total = run.result.requests.total;
        const perRequest = before !== undefined && after !== undefined && total > 0 ? Math.round(((after - before) / total) * 100) / 100 : undefined;
        return { ...run, perRequest };
      };
      const { result: health, requestsPerSecond: healthPerSecond, perRequest: healthCpuMs } = await measured({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, amount: requests.length, timeout: 30 });
      const { result: ingest, requestsPerSecond: ingestPerSecond, perRequest: ingestCpuMs } = await measured({
        url: `${server.baseUrl}/api/webhooks/stripe`,
        connections: CONNECTIONS,
        amount: requests.length,
        timeout: 30,
        requests: signedDeliveries(requests),
      });

      const paid = await countIn(db, "select count(*) as n from orders where status = 'paid' and id in (?)", batch.orderIds);
      const processed = await countIn(db, "select count(*) as n from webhook_events where status = 'processed' and id in (?)", batch.succeededIds);
      const recordedIgnored = await countIn(db, "select count(*) as n from webhook_events where status = 'ignored' and id in (?)", batch.ignoredIds);
      const receipts = await countIn(db, "select count(*) as n from order_events where type = 'paid' and order_id in (?)", batch.orderIds);

      const share = ingestPerSecond / healthPerSecond;
      const failures = ingest.non2xx + ingest.errors + ingest.timeouts;
      const allProcessed = paid === PAID_ORDERS && processed === PAID_ORDERS && receipts === PAID_ORDERS && recordedIgnored === 2 * PAID_ORDERS && failures === 0;
      const rows: BenchRow[] = [
        {
          section: "webhook",
          metric: `webhook ingest over HTTP (${requests.length} signed events) req/s vs /api/health`,
          value: Math.round(share * 100),
          unit: "%",
          target: `≥ ${TARGET * 100}%`,
          ok: share >= TARGET && allProcessed,
        },
        { section: "webhook", metric: "every event answered 2xx and recorded, every order paid once", value: allProcessed ? 1 : 0, unit: allProcessed ? "(yes)" : "(NO)", target: "yes", ok: allProcessed },
      ];
      return {
        rows,
        results: {
          connections: CONNECTIONS,
          events: requests.length,
          healthRequestsPerSecond: Math.round(healthPerSecond),
          webhookRequestsPerSecond: Math.round(ingestPerSecond),
          share: Math.round(share * 100) / 100,
          healthServerCpuMsPerRequest: healthCpuMs,
          webhookServerCpuMsPerRequest: ingestCpuMs,
          p50Ms: ingest.latency.p50,
          p99Ms: ingest.latency.p99,
          non2xx: failures,
          paidOrders: paid,
          processedEvents: processed,
          ignoredEvents: recordedIgnored,
          paidEntries: receipts,
        },
        table: {
          title: `Webhook ingest over HTTP (${CONNECTIONS} connections, ${requests.length} events: ${PAID_ORDERS} payment_intent.succeeded, ${2 * PAID_ORDERS} ${IGNORED_TYPES.join(" / ")})`,
          columns: ["route", "req/s", "p50 ms", "p99 ms", "vs health", "server CPU ms/req", "non-2xx", "target met"],
          rows: [
            ["GET /api/health", String(Math.round(healthPerSecond)), String(health.latency.p50), String(health.latency.p99), "100%", String(healthCpuMs ?? ""), String(health.non2xx + health.errors), ""],
            [
              "POST /api/webhooks/stripe",
              String(Math.round(ingestPerSecond)),
              String(ingest.latency.p50),
              String(ingest.latency.p99),
              `${Math.round(share * 100)}%`,
              String(ingestCpuMs ?? ""),
              String(failures),
              share >= TARGET && allProcessed ? "yes" : "NO",
            ],
            ["  orders paid / 'paid' entries", `${paid} / ${receipts}`, "", "", "", "", "", ""],
            ["  events processed / ignored", `${processed} / ${recordedIgnored}`, "", "", "", "", "", ""],
          ],
        },
      };
    } finally {
      db.close();
    }
  },
};
